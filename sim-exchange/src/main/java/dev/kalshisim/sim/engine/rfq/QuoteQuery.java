package dev.kalshisim.sim.engine.rfq;

import java.time.Instant;

/**
 * Filters of {@code GET /communications/quotes}; null fields do not filter. A member only ever sees
 * quotes it made or quotes on its own RFQs.
 *
 * @param onlyOwnQuotes quotes the caller made ({@code user_filter=self})
 * @param onlyOnOwnRfqs quotes on the caller's RFQs ({@code rfq_user_filter=self})
 * @param minUpdated only quotes last updated after this
 * @param maxUpdated only quotes last updated before this
 */
public record QuoteQuery(String rfqId, String status, boolean onlyOwnQuotes, boolean onlyOnOwnRfqs,
                         Instant minUpdated, Instant maxUpdated) {

    public static QuoteQuery all() {
        return new QuoteQuery(null, null, false, false, null, null);
    }
}
