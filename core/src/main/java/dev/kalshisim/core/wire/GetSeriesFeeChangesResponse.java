package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import dev.kalshisim.core.model.SeriesFeeChange;
import java.util.List;

/** The body of {@code GET /series/fee_changes} (no cursor). */
public record GetSeriesFeeChangesResponse(
        @JsonProperty("series_fee_change_arr") List<SeriesFeeChange> seriesFeeChanges) {

    public GetSeriesFeeChangesResponse {
        seriesFeeChanges = Immutable.list(seriesFeeChanges);
    }
}
