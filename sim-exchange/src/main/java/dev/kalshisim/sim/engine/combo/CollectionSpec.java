package dev.kalshisim.sim.engine.combo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Defines a multivariate event collection over existing events: combos created in it belong to
 * {@code seriesTicker} and take between {@code sizeMin} and {@code sizeMax} legs.
 *
 * @param isOrdered whether the order of the legs makes a different combo
 */
public record CollectionSpec(String collectionTicker, String seriesTicker, String title, String description,
                             Instant openTime, Instant closeTime, List<EventRule> events, int sizeMin, int sizeMax,
                             boolean isOrdered) {

    /**
     * One associated event.
     *
     * @param yesOnly legs from it may only select YES
     * @param sizeMin fewest legs from it, null for none
     * @param sizeMax most legs from it, null for no limit
     */
    public record EventRule(String eventTicker, boolean yesOnly, Integer sizeMin, Integer sizeMax) {

        public EventRule {
            Objects.requireNonNull(eventTicker, "eventTicker");
        }
    }

    public CollectionSpec {
        Objects.requireNonNull(collectionTicker, "collectionTicker");
        Objects.requireNonNull(seriesTicker, "seriesTicker");
        Objects.requireNonNull(openTime, "openTime");
        Objects.requireNonNull(closeTime, "closeTime");
        events = List.copyOf(events);
        title = title == null ? collectionTicker : title;
        description = description == null ? "" : description;
    }
}
