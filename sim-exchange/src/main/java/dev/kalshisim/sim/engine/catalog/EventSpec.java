package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.FeeType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Creates an event in a series.
 *
 * @param eventTicker e.g. "KXHIGHNY-26AUG22"
 * @param seriesTicker an existing series
 * @param title display title
 * @param subTitle display subtitle
 * @param mutuallyExclusive whether at most one of its markets resolves YES (informational)
 * @param feeTypeOverride overrides the series' fee type; null for none
 * @param feeMultiplierOverride overrides the series' multiplier; null for none
 */
public record EventSpec(
        String eventTicker, String seriesTicker, String title, String subTitle, boolean mutuallyExclusive,
        FeeType feeTypeOverride, BigDecimal feeMultiplierOverride) {

    public EventSpec {
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(seriesTicker, "seriesTicker");
    }

    public static EventSpec of(String eventTicker, String seriesTicker) {
        return new EventSpec(eventTicker, seriesTicker, eventTicker, "", false, null, null);
    }
}
