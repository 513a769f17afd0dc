package dev.kalshisim.sim.engine.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * Creates a binary market in an event. Its status follows the clock: initialized before
 * {@code openTime}, active until {@code closeTime}, closed after.
 *
 * @param ticker market ticker
 * @param eventTicker an existing event
 * @param title display title
 * @param yesSubTitle display text for YES
 * @param noSubTitle display text for NO
 * @param openTime when trading starts
 * @param closeTime when trading stops
 * @param tickGrid the prices orders may use
 * @param canCloseEarly informational
 * @param rulesPrimary informational
 */
public record MarketSpec(
        String ticker, String eventTicker, String title, String yesSubTitle, String noSubTitle, Instant openTime,
        Instant closeTime, TickGrid tickGrid, boolean canCloseEarly, String rulesPrimary) {

    public MarketSpec {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(closeTime, "closeTime");
        Objects.requireNonNull(tickGrid, "tickGrid");
        if (closeTime.isBefore(openTime)) {
            throw new IllegalArgumentException("close time " + closeTime + " is before open time " + openTime);
        }
    }

    /** A whole-cent market open between the two times. */
    public static MarketSpec of(String ticker, String eventTicker, Instant openTime, Instant closeTime) {
        return new MarketSpec(ticker, eventTicker, ticker, "Yes", "No", openTime, closeTime, TickGrid.linearCent(),
                false, "");
    }

    public MarketSpec withTickGrid(TickGrid value) {
        return new MarketSpec(ticker, eventTicker, title, yesSubTitle, noSubTitle, openTime, closeTime, value,
                canCloseEarly, rulesPrimary);
    }
}
