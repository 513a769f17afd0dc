package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Count;

/**
 * The contract volume needed to earn and to keep one API usage tier
 * (Kalshi's {@code AccountApiUsageLevelVolumeGoal}).
 */
public record VolumeGoal(
        @JsonProperty("level") String level,
        @JsonProperty("earn_volume_goal_fp") Count earnVolumeGoalFp,
        @JsonProperty("keep_volume_goal_fp") Count keepVolumeGoalFp) {
}
