package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An API key as {@code GET /api_keys} lists it (Kalshi's {@code ApiKey}); never its key material.
 *
 * @param scopes e.g. {@code read}, {@code write}, {@code write::trade}
 * @param subaccount the one subaccount the key is restricted to, or null when unrestricted
 */
public record ApiKey(
        @JsonProperty("api_key_id") String apiKeyId,
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("subaccount") Integer subaccount) {

    public ApiKey {
        scopes = Immutable.list(scopes);
    }
}
