package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /api_keys}: a name and the caller's own RSA public key (PEM).
 *
 * @param scopes the scopes to grant; null for full access ({@code read}, {@code write})
 * @param subaccount the one subaccount to restrict the key to; null for none
 */
public record CreateApiKeyRequest(
        @JsonProperty("name") String name,
        @JsonProperty("public_key") String publicKey,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("subaccount") Integer subaccount) {
}
