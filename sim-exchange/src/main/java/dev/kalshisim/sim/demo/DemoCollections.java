package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.combo.CollectionSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's multivariate event collection: parlays of one market from each demo event that is not
 * mutually exclusive with itself, in a series of its own with Kalshi's combo maker fees. Combo
 * markets appear once a member creates one ({@code POST /multivariate_event_collections/KXMVEDEMO}).
 */
final class DemoCollections {

    static final String SERIES = "KXMVEDEMO";
    static final String COLLECTION = "KXMVEDEMO";

    private DemoCollections() {
    }

    /** Defines the collection over {@code events}; needs two of them. */
    static void install(Exchange exchange, List<DemoEvent> events, Instant now) {
        if (events.size() < 2) {
            return;
        }
        required(exchange.createSeries(new SeriesSpec(SERIES, "Demo parlays", "Parlays", "custom", List.of("Parlays"),
                FeeType.QUADRATIC_WITH_COMBO_MAKER_FEES, BigDecimal.ONE)).isOk(), "series " + SERIES);
        List<CollectionSpec.EventRule> rules = new ArrayList<>();
        for (DemoEvent event : events) {
            rules.add(new CollectionSpec.EventRule(event.eventTicker(), false, null, 1));
        }
        CollectionSpec spec = new CollectionSpec(COLLECTION, SERIES, "Demo parlays",
                "One market from each of two to four demo events; Yes when every selected leg resolves as selected.",
                now, now.plus(Duration.ofDays(30)), rules, 2, Math.min(4, rules.size()), false);
        required(exchange.combos().defineCollection(spec).isOk(), "collection " + COLLECTION);
    }

    private static void required(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("the exchange refused the demo's " + what);
        }
    }
}
