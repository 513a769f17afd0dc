package dev.kalshisim.sim.demo;

import java.util.List;
import java.util.Objects;

/**
 * An event the synthetic flow trades in: its markets move together and, when the event is mutually
 * exclusive, their fair values are kept summing to about $1.
 *
 * @param eventTicker e.g. {@code KXFEDDECISION-26OCT}
 * @param seriesTicker e.g. {@code KXFEDDECISION}
 * @param mutuallyExclusive whether exactly one market resolves YES
 * @param markets at least one, in catalog order
 */
public record DemoEvent(String eventTicker, String seriesTicker, boolean mutuallyExclusive, List<DemoMarket> markets) {

    public DemoEvent {
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(seriesTicker, "seriesTicker");
        markets = List.copyOf(markets);
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("event " + eventTicker + " has no markets");
        }
    }
}
