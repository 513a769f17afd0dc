package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The 201 body of {@code POST /api_keys/generate}.
 *
 * @param privateKey the new key's RSA private key as PEM; shown once, never again
 */
public record GenerateApiKeyResponse(
        @JsonProperty("api_key_id") String apiKeyId,
        @JsonProperty("private_key") String privateKey) {
}
