package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/**
 * The body of {@code GET /account/api_usage_level/volume_progress}. ({@code POST
 * /account/api_usage_level/upgrade} answers 201 with no body.)
 */
public record GetApiUsageLevelVolumeProgressResponse(
        @JsonProperty("volume_progress") List<VolumeProgress> volumeProgress) {

    public GetApiUsageLevelVolumeProgressResponse {
        volumeProgress = Immutable.list(volumeProgress);
    }
}
