package dev.kalshisim.strategies;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link LoadStrategy} sent and what came back, by kind of request: the figures a load test
 * reports. A snapshot; {@link LoadStrategy#stats()} makes a new one each call.
 *
 * @param byKind      the counts of each kind, every kind present
 * @param substituted requests sent as another kind than the mix planned: a create or batch at the
 *                    resting cap sent as a cancel, a cancel with nothing to cancel sent as a create
 * @param skipped     planned requests not sent at all: at the cap with nothing to cancel, or with no
 *                    markets
 * @param missedSlots slots of the rate that passed while the strategy was not called (a late timer);
 *                    the strategy does not send them later in a burst
 */
public record LoadStats(Map<LoadKind, Counts> byKind, long substituted, long skipped, long missedSlots) {

    public LoadStats {
        byKind = Map.copyOf(new EnumMap<>(byKind));
        for (LoadKind kind : LoadKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalArgumentException("no counts for " + kind);
            }
        }
    }

    /** The counts of one kind. */
    public Counts of(LoadKind kind) {
        return byKind.get(kind);
    }

    /** Requests sent, of every kind. */
    public long issued() {
        return byKind.values().stream().mapToLong(Counts::issued).sum();
    }

    /** Requests answered 429, of every kind. */
    public long rateLimited() {
        return byKind.values().stream().mapToLong(Counts::rateLimited).sum();
    }

    /** One line for a log: each kind's issued/ok/429/rejected, then the rest. */
    public String line() {
        StringBuilder text = new StringBuilder();
        for (LoadKind kind : LoadKind.values()) {
            Counts counts = of(kind);
            text.append(kind.parameter()).append(" issued=").append(counts.issued()).append(" ok=")
                    .append(counts.ok()).append(" 429=").append(counts.rateLimited()).append(" rejected=")
                    .append(counts.rejected()).append("; ");
        }
        return text.append("substituted=").append(substituted).append(" skipped=").append(skipped)
                .append(" missed_slots=").append(missedSlots).toString();
    }

    /**
     * One kind's requests. A batch counts once, as one request: ok when the venue answered it (even
     * if it refused some of its orders), 429 or rejected when it refused the whole batch.
     *
     * @param issued      sent
     * @param ok          answered: a book read, an order accepted (whatever it did next), a cancel done
     * @param rateLimited answered 429
     * @param rejected    refused otherwise (another status, locally by the runtime, no answer), or,
     *                    for a cancel, its order finished another way (filled) before the cancel took
     */
    public record Counts(long issued, long ok, long rateLimited, long rejected) {

        /** Sent and not answered yet. */
        public long pending() {
            return issued - ok - rateLimited - rejected;
        }
    }
}
