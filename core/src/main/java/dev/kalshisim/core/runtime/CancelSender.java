package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrderV2Result;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends cancels, one at a time or in batches, and settles their outcome: a confirmed cancel ends
 * the order; a failed one is checked against the venue's own record of the order, since a cancel
 * that "failed" has often lost a race with a fill or an earlier cancel.
 *
 * <p>Runs on the strategy thread; answers are posted back to it.
 */
final class CancelSender implements StreamEvents.OrphanCanceller {

    private static final Logger LOG = LoggerFactory.getLogger(CancelSender.class);

    /** How often a shutdown tries to cancel one order before leaving it open. */
    static final int MAX_ATTEMPTS = 3;

    private final OrderGateway gateway;
    private final AccountReader account;
    private final OrderLedger ledger;
    private final RunStats stats;
    private final Poster poster;
    private final int batchSize;
    private boolean retrying;

    CancelSender(OrderGateway gateway, AccountReader account, OrderLedger ledger, RunStats stats, Poster poster,
            int batchSize) {
        this.gateway = gateway;
        this.account = account;
        this.ledger = ledger;
        this.stats = stats;
        this.poster = poster;
        this.batchSize = batchSize;
    }

    /** From now on (a shutdown) a failed cancel of an order still open is tried again. */
    void retryFailures() {
        retrying = true;
    }

    /**
     * Cancels every open order not already being cancelled; an order whose create is in flight gets
     * its cancel when the venue answers. Returns how many cancels were sent or queued.
     */
    int sweep(long nowNanos) {
        List<TrackedOrder> ready = new ArrayList<>();
        int queued = 0;
        for (TrackedOrder entry : ledger.live()) {
            if (entry.cancelInFlight || entry.cancelAttempts >= MAX_ATTEMPTS) {
                continue;
            }
            if (entry.orderId != null) {
                ready.add(entry);
            } else if (entry.parked.stream().noneMatch(CancelOrder.class::isInstance)) {
                entry.parked.add(new CancelOrder(nowNanos, entry.key(), entry.ticker));
                queued++;
            }
        }
        send(ready);
        return ready.size() + queued;
    }

    /** Cancels these orders, which all have venue ids and no cancel in flight. */
    void send(List<TrackedOrder> entries) {
        for (TrackedOrder entry : entries) {
            entry.cancelInFlight = true;
            entry.cancelAttempts++;
            stats.cancelSent();
        }
        for (int from = 0; from < entries.size(); from += batchSize) {
            List<TrackedOrder> chunk = List.copyOf(entries.subList(from, Math.min(entries.size(), from + batchSize)));
            if (chunk.size() == 1) {
                sendOne(chunk.get(0));
            } else {
                sendBatch(chunk);
            }
        }
    }

    private void sendOne(TrackedOrder entry) {
        gateway.cancel(entry.orderId, entry.ticker).whenComplete((canceled, failure) -> {
            if (failure != null) {
                failed(entry, WireOrders.reason(failure), WireOrders.rejection(failure));
            } else {
                poster.post(ts -> ledger.canceled(entry, null, ts));
            }
        });
    }

    private void sendBatch(List<TrackedOrder> chunk) {
        List<BatchCancelOrderV2Item> items = new ArrayList<>(chunk.size());
        for (TrackedOrder entry : chunk) {
            items.add(new BatchCancelOrderV2Item(entry.orderId, null, null, entry.ticker));
        }
        gateway.batchCancel(items).whenComplete((answer, failure) -> {
            if (failure != null) {
                String reason = WireOrders.reason(failure);
                Rejection rejection = WireOrders.rejection(failure);
                chunk.forEach(entry -> failed(entry, reason, rejection));
            } else {
                settleBatch(chunk, answer);
            }
        });
    }

    private void settleBatch(List<TrackedOrder> chunk, BatchCancelOrdersV2Response answer) {
        Map<String, BatchCancelOrderV2Result> byOrderId = new HashMap<>();
        for (BatchCancelOrderV2Result result : answer.orders()) {
            if (result.orderId() != null) {
                byOrderId.put(result.orderId(), result);
            }
        }
        for (TrackedOrder entry : chunk) {
            BatchCancelOrderV2Result result = byOrderId.get(entry.orderId);
            if (result == null) {
                failed(entry, "no result for this order in the batch answer", null);
            } else if (result.error() != null) {
                failed(entry, result.error().code() + ": " + result.error().message(),
                        Rejection.of(result.error().code(), Rejection.NO_STATUS, result.error().message()));
            } else {
                poster.post(ts -> ledger.canceled(entry, null, ts));
            }
        }
    }

    /**
     * Cancels an order the strategy was told had failed but that rests at the venue after all (its
     * create's outcome was unknown). Nothing tells the strategy; the order was never its to manage.
     */
    @Override
    public void cancelOrphan(String orderId, String ticker) {
        stats.cancelSent();
        gateway.cancel(orderId, ticker).whenComplete((canceled, failure) -> {
            if (failure != null) {
                LOG.warn("could not cancel order {} in {}, placed by a create thought failed: {}", orderId, ticker,
                        WireOrders.reason(failure));
            }
        });
    }

    /** Called on any thread: looks the order up, then settles on the strategy thread. */
    private void failed(TrackedOrder entry, String reason, Rejection rejection) {
        String orderId = entry.orderId;
        account.order(orderId).whenComplete((order, lookupFailure) -> poster.post(ts -> {
            entry.cancelInFlight = false;
            List<StrategyEvent> events = new ArrayList<>();
            if (order != null) {
                events.addAll(ledger.looked(entry, order, ts));
            }
            if (!entry.isTerminal()) {
                // Only a cancel that left the order working failed; one that lost a race with a fill did not.
                stats.commandFailed();
                events.addAll(ledger.refused(entry, "cancel failed: " + reason, rejection, ts));
                if (retrying && entry.cancelAttempts < MAX_ATTEMPTS) {
                    send(List.of(entry));
                }
            }
            return events;
        }));
    }
}
