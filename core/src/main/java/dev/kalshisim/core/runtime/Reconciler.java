package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.strategy.StrategyEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches up after the stream dropped and reconnected: messages sent meanwhile (fills, cancels,
 * expiries) are lost, so positions and the run's open orders are read again over REST.
 *
 * <p>A position read this way may be a moment older than a fill already delivered after the
 * reconnect; the next fill's post-position corrects it. An open order the venue no longer lists
 * as resting is looked up one by one, and its final state delivered.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final AccountReader account;
    private final OrderLedger ledger;
    private final BiConsumer<String, Count> positions;
    private final Poster poster;

    /** @param positions sets a market's position on the strategy thread (the driver's reconcile) */
    Reconciler(AccountReader account, OrderLedger ledger, BiConsumer<String, Count> positions, Poster poster) {
        this.account = account;
        this.ledger = ledger;
        this.positions = positions;
        this.poster = poster;
    }

    /** Reads the account and settles what changed; callable from any thread. */
    void reconcile() {
        account.positions().thenCombine(account.restingOrders(), Snapshot::new).whenComplete((snapshot, failure) -> {
            if (failure != null) {
                LOG.warn("could not reconcile after the stream reconnected: {}", WireOrders.reason(failure));
            } else {
                poster.post(ts -> apply(snapshot, ts));
            }
        });
    }

    private List<StrategyEvent> apply(Snapshot snapshot, long tsNanos) {
        for (MarketPosition position : snapshot.positions()) {
            if (position.ticker() != null && position.positionFp() != null) {
                positions.accept(position.ticker(), position.positionFp());
            }
        }
        List<StrategyEvent> events = new ArrayList<>();
        Set<String> resting = new HashSet<>();
        for (Order order : snapshot.resting()) {
            resting.add(order.orderId());
            TrackedOrder entry = ledger.find(order.orderId());
            if (entry != null) {
                events.addAll(ledger.looked(entry, order, tsNanos));
            }
        }
        for (TrackedOrder entry : ledger.live()) {
            if (entry.orderId != null && !entry.cancelInFlight && !resting.contains(entry.orderId)) {
                lookUp(entry);
            }
        }
        return events;
    }

    private void lookUp(TrackedOrder entry) {
        account.order(entry.orderId).whenComplete((order, failure) -> {
            if (order != null) {
                poster.post(ts -> ledger.looked(entry, order, ts));
            } else {
                LOG.warn("could not look up order {} after the stream reconnected: {}", entry.orderId,
                        WireOrders.reason(failure));
            }
        });
    }

    private record Snapshot(List<MarketPosition> positions, List<Order> resting) {
    }
}
