package dev.kalshisim.sim.engine.reference;

import dev.kalshisim.core.model.SettlementSource;
import java.util.List;
import java.util.Map;

/**
 * What the control plane set on an event's metadata; each null field keeps the value computed
 * from the catalog.
 *
 * @param marketColors color codes by market ticker
 */
public record EventMetadataOverride(String imageUrl, String featuredImageUrl, List<SettlementSource> settlementSources,
        String competition, String competitionScope, Map<String, String> marketColors) {

    public EventMetadataOverride {
        settlementSources = settlementSources == null ? null : List.copyOf(settlementSources);
        marketColors = marketColors == null ? Map.of() : Map.copyOf(marketColors);
    }
}
