package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /api_keys/generate}: the exchange makes the RSA pair.
 *
 * @param scopes the scopes to grant; null for full access ({@code read}, {@code write})
 * @param subaccount the one subaccount to restrict the key to; null for none
 */
public record GenerateApiKeyRequest(
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("subaccount") Integer subaccount) {
}
