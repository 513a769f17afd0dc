package dev.kalshisim.data.synthetic;

import java.util.List;
import java.util.Objects;

/**
 * A synthetic event with its series, as the manifest's metadata will describe it.
 *
 * @param mutuallyExclusive whether exactly one market resolves YES: its markets are bins of one factor
 */
public record EventSpec(String eventTicker, String seriesTicker, String title, String subTitle, String category,
        String frequency, boolean mutuallyExclusive, List<MarketSpec> markets) {

    public EventSpec {
        Objects.requireNonNull(eventTicker, "eventTicker");
        Objects.requireNonNull(seriesTicker, "seriesTicker");
        markets = List.copyOf(markets);
        if (markets.isEmpty()) {
            throw new IllegalArgumentException(eventTicker + " has no markets");
        }
    }
}
