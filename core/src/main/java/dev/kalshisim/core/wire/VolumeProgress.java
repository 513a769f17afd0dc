package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/**
 * Trailing 30-day volume against the tier goals (Kalshi's {@code AccountApiUsageLevelVolumeProgress}).
 *
 * @param computedTs when this was computed, Unix seconds
 */
public record VolumeProgress(
        @JsonProperty("computed_ts") long computedTs,
        @JsonProperty("trailing_30d_volume_fp") Count trailing30dVolumeFp,
        @JsonProperty("goals") List<VolumeGoal> goals) {

    public VolumeProgress {
        goals = Immutable.list(goals);
    }
}
