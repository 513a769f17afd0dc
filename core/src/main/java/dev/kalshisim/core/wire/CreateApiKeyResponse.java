package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 body of {@code POST /api_keys}. */
public record CreateApiKeyResponse(@JsonProperty("api_key_id") String apiKeyId) {
}
