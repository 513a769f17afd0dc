package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.ApiKey;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /api_keys}. */
public record GetApiKeysResponse(@JsonProperty("api_keys") List<ApiKey> apiKeys) {

    public GetApiKeysResponse {
        apiKeys = Immutable.list(apiKeys);
    }
}
