package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A player, team or other entity markets are written about, as Kalshi's {@code StructuredTarget}. */
public record StructuredTarget(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("source_ids") Map<String, String> sourceIds,
        @JsonProperty("last_updated_ts") Instant lastUpdatedTs) {

    /** The details keys Kalshi's {@code competition} filter matches against. */
    private static final List<String> COMPETITION_KEYS = List.of("league", "conference", "division", "tour");

    public StructuredTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        details = Ordered.map(details);
        sourceIds = sourceIds == null ? null : Ordered.map(sourceIds);
    }

    /** Whether the league, conference, division or tour in the details, or an entry of {@code leagues}, is {@code competition}. */
    public boolean inCompetition(String competition) {
        for (String key : COMPETITION_KEYS) {
            if (competition.equals(details.get(key))) {
                return true;
            }
        }
        return details.get("leagues") instanceof List<?> leagues && leagues.contains(competition);
    }
}
