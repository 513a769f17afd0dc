package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.strategy.AmendOrder;
import dev.kalshisim.core.strategy.CancelAllOrders;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.DecreaseOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.SubmitBatch;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.BatchCreateOrderV2Result;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.kalshisim.core.runtime.TrackedOrder.Proposal;

/**
 * Carries out a strategy's order commands through the {@link OrderGateway} and turns the answers
 * into events through the {@link OrderLedger}.
 *
 * <p>{@link #route} runs on the strategy thread, usually inside a strategy callback, so it never
 * delivers anything itself: every outcome, even a local refusal, is posted to the event loop and
 * delivered after the callback returns. A command naming an order whose create is still in
 * flight waits in that order's entry and is carried out once the venue gives the order an id.
 *
 * <p>New orders and amends (which can raise the price or size) are refused locally during a
 * blackout window and while the runner shuts down; cancels and decreases always go out.
 */
final class CommandRouter {

    /** The reason of a new order or amend refused inside a blackout window. */
    static final String BLACKOUT = "blackout";
    /** The reason of a new order or amend refused because the runner is stopping. */
    static final String SHUTTING_DOWN = "shutting down";

    private final OrderGateway gateway;
    private final OrderLedger ledger;
    private final RunStats stats;
    private final BlackoutSchedule blackout;
    private final CancelSender cancels;
    private final Poster poster;
    private boolean stopping;

    CommandRouter(OrderGateway gateway, OrderLedger ledger, RunStats stats, BlackoutSchedule blackout,
            CancelSender cancels, Poster poster) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.stats = stats;
        this.blackout = blackout;
        this.cancels = cancels;
        this.poster = poster;
    }

    /** From now on new orders and amends are refused with {@link #SHUTTING_DOWN}. */
    void stopping() {
        stopping = true;
    }

    /** Carries out an order command; subscriptions are not this class's job. */
    void route(StrategyCommand command, long nowNanos) {
        if (command instanceof SubmitOrder submit) {
            submit(submit.request(), nowNanos);
        } else if (command instanceof SubmitBatch batch) {
            submitBatch(batch.requests(), nowNanos);
        } else if (command instanceof CancelOrder cancel) {
            cancel(cancel.id(), command);
        } else if (command instanceof CancelAllOrders cancelAll) {
            cancelAll(cancelAll, nowNanos);
        } else if (command instanceof AmendOrder amend) {
            amend(amend, nowNanos);
        } else if (command instanceof DecreaseOrder decrease) {
            decrease(decrease);
        } else {
            throw new IllegalArgumentException("not an order command: " + command);
        }
    }

    private void submit(OrderRequest request, long nowNanos) {
        TrackedOrder entry = ledger.submitted(request);
        String refusal = refusal(nowNanos);
        if (refusal != null) {
            poster.post(ts -> ledger.rejected(entry, refusal, null, ts));
            return;
        }
        stats.submitted();
        gateway.create(WireOrders.create(request)).whenComplete((created, failure) -> poster.post(ts -> {
            if (failure != null || created.orderId() == null) {
                return failure != null
                        ? ledger.rejected(entry, WireOrders.reason(failure), WireOrders.rejection(failure), ts)
                        : ledger.rejected(entry, "no order id in the answer", null, ts);
            }
            return accepted(entry, created.orderId(), created.fillCount(), created.remainingCount(), ts);
        }));
    }

    private void submitBatch(List<OrderRequest> requests, long nowNanos) {
        List<TrackedOrder> entries = new ArrayList<>(requests.size());
        List<CreateOrderV2Request> bodies = new ArrayList<>(requests.size());
        for (OrderRequest request : requests) {
            entries.add(ledger.submitted(request));
            bodies.add(WireOrders.create(request));
        }
        String refusal = refusal(nowNanos);
        if (refusal != null) {
            poster.post(ts -> rejectAll(entries, refusal, null, ts));
            return;
        }
        entries.forEach(entry -> stats.submitted());
        gateway.batchCreate(bodies).whenComplete((answer, failure) -> poster.post(ts -> failure != null
                ? rejectAll(entries, WireOrders.reason(failure), WireOrders.rejection(failure), ts)
                : batchAnswered(entries, answer, ts)));
    }

    private List<StrategyEvent> batchAnswered(List<TrackedOrder> entries, BatchCreateOrdersV2Response answer, long ts) {
        Map<String, BatchCreateOrderV2Result> byClientId = new HashMap<>();
        List<BatchCreateOrderV2Result> results = answer.orders() == null ? List.of() : answer.orders();
        for (BatchCreateOrderV2Result result : results) {
            if (result.clientOrderId() != null) {
                byClientId.put(result.clientOrderId(), result);
            }
        }
        List<StrategyEvent> events = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TrackedOrder entry = entries.get(i);
            BatchCreateOrderV2Result result = byClientId.get(entry.clientOrderId);
            if (result == null && i < results.size() && results.get(i).clientOrderId() == null) {
                // Results are in request order; an item without an id can still be matched by position.
                result = results.get(i);
            }
            if (result == null) {
                events.addAll(ledger.rejected(entry, "no result for this order in the batch answer", null, ts));
            } else if (result.error() != null) {
                events.addAll(ledger.rejected(entry, describe(result), itemRejection(result), ts));
            } else if (result.orderId() == null) {
                events.addAll(ledger.rejected(entry, "no order id", null, ts));
            } else {
                events.addAll(accepted(entry, result.orderId(), result.fillCount(), result.remainingCount(), ts));
            }
        }
        return events;
    }

    /** The create's outcome, then the commands that were waiting for the order's id. */
    private List<StrategyEvent> accepted(TrackedOrder entry, String orderId, Count fillCount, Count remaining,
            long ts) {
        List<StrategyEvent> events = ledger.accepted(entry, orderId, fillCount, remaining, ts);
        List<StrategyCommand> waiting = List.copyOf(entry.parked);
        entry.parked.clear();
        for (StrategyCommand command : waiting) {
            route(command, ts);
        }
        return events;
    }

    private void cancel(String id, StrategyCommand command) {
        TrackedOrder entry = ledger.find(id);
        if (entry != null && entry.cancelInFlight) {
            return;
        }
        TrackedOrder named = onceNamed(entry, command);
        if (named != null) {
            cancels.send(List.of(named));
        }
    }

    /**
     * The entry {@code command} can act on now: null when the order is unknown or finished, or
     * when the venue has not named it yet, in which case the command is parked until it does.
     */
    private static TrackedOrder onceNamed(TrackedOrder entry, StrategyCommand command) {
        if (entry == null || entry.isTerminal()) {
            return null;
        }
        if (entry.orderId == null) {
            entry.parked.add(command);
            return null;
        }
        return entry;
    }

    private void cancelAll(CancelAllOrders command, long nowNanos) {
        List<TrackedOrder> ready = new ArrayList<>();
        for (String id : command.ids()) {
            TrackedOrder entry = ledger.find(id);
            if (entry == null || entry.isTerminal() || entry.cancelInFlight) {
                continue;
            }
            if (entry.orderId == null) {
                entry.parked.add(new CancelOrder(nowNanos, id, entry.ticker));
            } else {
                ready.add(entry);
            }
        }
        cancels.send(ready);
    }

    private void amend(AmendOrder command, long nowNanos) {
        TrackedOrder entry = onceNamed(ledger.find(command.id()), command);
        if (entry == null) {
            return;
        }
        String refusal = refusal(nowNanos);
        if (refusal != null) {
            poster.post(ts -> ledger.refused(entry, refusal, null, ts));
            return;
        }
        stats.amendSent();
        AmendOrderV2Request body = new AmendOrderV2Request(entry.ticker, command.side(), command.yesPrice(),
                command.totalCount(), entry.clientOrderId, null, null, null);
        gateway.amend(entry.orderId, body).whenComplete((amended, failure) -> poster.post(ts -> {
            if (failure != null) {
                stats.commandFailed();
                return ledger.refused(entry, "amend failed: " + WireOrders.reason(failure),
                        WireOrders.rejection(failure), ts);
            }
            // The new total is filled plus remaining, so the fills so far follow from the remaining count.
            Count remaining = amended.remainingCount() != null ? amended.remainingCount()
                    : Count.max(Count.ZERO, command.totalCount().minus(entry.filled));
            Count filled = Count.max(entry.filled, command.totalCount().minus(remaining));
            return ledger.changed(entry, Proposal.working(command.yesPrice(), filled, remaining), ts);
        }));
    }

    private void decrease(DecreaseOrder command) {
        TrackedOrder entry = onceNamed(ledger.find(command.id()), command);
        if (entry == null) {
            return;
        }
        stats.decreaseSent();
        DecreaseOrderV2Request body = new DecreaseOrderV2Request(command.reduceBy(), command.reduceTo(), null,
                entry.ticker);
        gateway.decrease(entry.orderId, body).whenComplete((decreased, failure) -> poster.post(ts -> {
            if (failure != null) {
                stats.commandFailed();
                return ledger.refused(entry, "decrease failed: " + WireOrders.reason(failure),
                        WireOrders.rejection(failure), ts);
            }
            Count remaining = decreased.remainingCount() != null ? decreased.remainingCount()
                    : command.reduceTo() != null ? Count.min(command.reduceTo(), entry.remaining)
                    : Count.max(Count.ZERO, entry.remaining.minus(command.reduceBy()));
            Proposal proposal = remaining.isZero()
                    ? new Proposal(OrderState.CANCELED, entry.yesPrice, entry.filled, remaining, "decreased to zero")
                    : Proposal.working(entry.yesPrice, entry.filled, remaining);
            return ledger.changed(entry, proposal, ts);
        }));
    }

    private List<StrategyEvent> rejectAll(List<TrackedOrder> entries, String reason, Rejection rejection, long ts) {
        List<StrategyEvent> events = new ArrayList<>();
        for (TrackedOrder entry : entries) {
            events.addAll(ledger.rejected(entry, reason, rejection, ts));
        }
        return events;
    }

    /** Why new risk may not be added at {@code nowNanos}, or null when it may. */
    private String refusal(long nowNanos) {
        if (stopping) {
            return SHUTTING_DOWN;
        }
        if (blackout.isBlackedOut(nowNanos)) {
            stats.blackoutRejected();
            return BLACKOUT;
        }
        return null;
    }

    /** The typed refusal of one batch item: the batch's answer carries no status per item. */
    private static Rejection itemRejection(BatchCreateOrderV2Result result) {
        return Rejection.of(result.error().code(), Rejection.NO_STATUS, result.error().message());
    }

    private static String describe(BatchCreateOrderV2Result result) {
        String code = result.error().code();
        String message = result.error().message();
        return code == null ? String.valueOf(message) : message == null ? code : code + ": " + message;
    }
}
