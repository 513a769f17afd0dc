package dev.kalshisim.core.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Immutable;
import java.util.List;

/** The body of {@code GET /portfolio/subaccounts/netting}. */
public record GetSubaccountNettingResponse(
        @JsonProperty("netting_configs") List<SubaccountNettingConfig> nettingConfigs) {

    public GetSubaccountNettingResponse {
        nettingConfigs = Immutable.list(nettingConfigs);
    }
}
