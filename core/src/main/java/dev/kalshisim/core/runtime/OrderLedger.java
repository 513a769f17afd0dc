package dev.kalshisim.core.runtime;

import dev.kalshisim.core.runtime.TrackedOrder.Proposal;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runner's record of every order of the run, turning what the venue says (REST answers,
 * {@code user_order} and {@code fill} messages) into the strategy's order updates and fills.
 *
 * <p>The same news reaches the runner more than once and out of order: a create's REST answer may
 * come after the order's {@code user_order} message, a fill before the answer that names the
 * order. So an update is dropped when it reports fewer fills than already told, repeats what was
 * told, or arrives after the order finished. An update reporting fills the strategy has not seen
 * yet is held until those fills arrive (the strategy API promises the fill first, then the
 * update), and a fill whose order is not known yet is held until the order is; either is released
 * after {@code holdNanos} regardless, so lost messages cannot stall the strategy.
 *
 * <p>Confined to the strategy thread.
 */
final class OrderLedger {

    /** How many finished orders are remembered, so late news about them is recognised and dropped. */
    private static final int FINISHED_MEMORY = 10_000;

    private final long holdNanos;
    private final RunStats stats;
    private final FillTranslator fills;
    private final Map<String, TrackedOrder> byKey = new LinkedHashMap<>();
    private final Map<String, String> keyByOrderId = new HashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();
    /**
     * The entries not finished yet, first seen first: what {@link #live()} and {@link #holdsAnything()}
     * walk after every task, so a long run's remembered finished orders cost them nothing.
     */
    private final Map<String, TrackedOrder> unfinished = new LinkedHashMap<>();

    OrderLedger(long holdNanos, RunStats stats, FillTranslator fills) {
        this.holdNanos = holdNanos;
        this.stats = stats;
        this.fills = fills;
    }

    /** Records an order the strategy is sending. */
    TrackedOrder submitted(OrderRequest request) {
        TrackedOrder entry = new TrackedOrder(request.clientOrderId(), null, request.ticker(), request.side(),
                request.yesPrice(), Count.ZERO, request.count(), OrderState.SUBMITTED);
        byKey.put(entry.key(), entry);
        unfinished.put(entry.key(), entry);
        return entry;
    }

    /** Records an order the account already had open at start; returns the update to deliver. */
    List<StrategyEvent> adopt(Order order, long tsNanos) {
        BookSide side = order.bookSide() != null ? order.bookSide()
                : order.outcomeSide() == null ? BookSide.BID : order.outcomeSide().bookSideWhenBuying();
        // Kalshi writes "" for an order placed without a client order id; keying on it would merge such orders.
        String clientOrderId = order.clientOrderId() == null || order.clientOrderId().isEmpty() ? null
                : order.clientOrderId();
        TrackedOrder entry = new TrackedOrder(clientOrderId, order.orderId(), order.ticker(), side,
                order.yesPriceDollars(), orZero(order.fillCountFp()), orZero(order.remainingCountFp()),
                OrderState.ACCEPTED);
        byKey.put(entry.key(), entry);
        unfinished.put(entry.key(), entry);
        keyByOrderId.put(order.orderId(), entry.key());
        return propose(entry, Proposal.fromStatus(order.status(), entry, order.fillCountFp(), order.remainingCountFp(),
                order.yesPriceDollars()), tsNanos);
    }

    /** The order with this client order id or venue order id, finished or not, or null. */
    TrackedOrder find(String id) {
        if (id == null) {
            return null;
        }
        TrackedOrder entry = byKey.get(id);
        if (entry != null) {
            return entry;
        }
        String key = keyByOrderId.get(id);
        return key == null ? null : byKey.get(key);
    }

    /** Orders not finished, in the order first seen. */
    List<TrackedOrder> live() {
        List<TrackedOrder> open = new ArrayList<>();
        for (TrackedOrder entry : unfinished.values()) {
            if (!entry.isTerminal()) {
                open.add(entry);
            }
        }
        return open;
    }

    /** The venue accepted a create: the order has an id, and may have filled on arrival. */
    List<StrategyEvent> accepted(TrackedOrder entry, String orderId, Count fillCount, Count remainingCount,
            long tsNanos) {
        stats.placed();
        List<StrategyEvent> events = new ArrayList<>(learnOrderId(entry, orderId, tsNanos));
        Count requested = entry.filled.plus(entry.remaining);
        Count filled = Count.max(entry.filled, orZero(fillCount));
        Count unfilled = Count.max(Count.ZERO, requested.minus(filled));
        // An answer written before fills the stream already reported overstates what remains.
        Count remaining = remainingCount != null ? Count.min(remainingCount, unfilled) : unfilled;
        Proposal proposal;
        if (remaining.isZero() && filled.compareTo(requested) < 0) {
            // Immediate-or-cancel leftovers, or a post-only order that would have crossed.
            proposal = new Proposal(OrderState.CANCELED, entry.yesPrice, filled, remaining, null);
        } else {
            proposal = Proposal.working(entry.yesPrice, filled, remaining);
        }
        events.addAll(propose(entry, proposal, tsNanos));
        return events;
    }

    /**
     * The venue refused a create ({@code rejection} says how), or it was refused locally or got no
     * answer ({@code rejection} null).
     */
    List<StrategyEvent> rejected(TrackedOrder entry, String reason, Rejection rejection, long tsNanos) {
        entry.parked.clear();
        return propose(entry,
                new Proposal(OrderState.REJECTED, entry.yesPrice, entry.filled, Count.ZERO, reason, rejection),
                tsNanos);
    }

    /** The venue confirmed a cancel. */
    List<StrategyEvent> canceled(TrackedOrder entry, String reason, long tsNanos) {
        entry.cancelInFlight = false;
        Count filled = entry.held != null ? Count.max(entry.filled, entry.held.filled()) : entry.filled;
        return propose(entry, new Proposal(OrderState.CANCELED, entry.yesPrice, filled, Count.ZERO, reason), tsNanos);
    }

    /** The venue changed an order's price, count or remaining count (amend, decrease). */
    List<StrategyEvent> changed(TrackedOrder entry, Proposal proposal, long tsNanos) {
        return propose(entry, proposal, tsNanos);
    }

    /**
     * A command about an order was refused (by the venue when {@code rejection} is not null) or
     * failed; the order is otherwise unchanged.
     */
    List<StrategyEvent> refused(TrackedOrder entry, String reason, Rejection rejection, long tsNanos) {
        if (entry.isTerminal()) {
            return List.of();
        }
        return List.of(entry.apply(entry.unchanged(reason, rejection), tsNanos));
    }

    /** The order as the venue reports it over REST (after a cancel went unanswered). */
    List<StrategyEvent> looked(TrackedOrder entry, Order order, long tsNanos) {
        List<StrategyEvent> events = new ArrayList<>(learnOrderId(entry, order.orderId(), tsNanos));
        events.addAll(propose(entry, Proposal.fromStatus(order.status(), entry, order.fillCountFp(), order.remainingCountFp(),
                order.yesPriceDollars()), tsNanos));
        return events;
    }

    /** A {@code user_order} message; orders this run does not know are ignored. */
    List<StrategyEvent> userOrder(UserOrderUpdate message, long tsNanos) {
        TrackedOrder entry = find(message.orderId());
        if (entry == null) {
            entry = find(message.clientOrderId());
        }
        if (entry == null) {
            return List.of();
        }
        long updatedMillis = message.lastUpdatedTsMs() != null ? message.lastUpdatedTsMs() : 0L;
        if (updatedMillis != 0 && updatedMillis < entry.venueUpdatedMillis) {
            return List.of();
        }
        entry.venueUpdatedMillis = Math.max(entry.venueUpdatedMillis, updatedMillis);
        List<StrategyEvent> events = new ArrayList<>(learnOrderId(entry, message.orderId(), tsNanos));
        events.addAll(propose(entry, Proposal.fromStatus(message.status(), entry, message.fillCountFp(),
                message.remainingCountFp(), message.yesPriceDollars()), tsNanos));
        return events;
    }

    /** A {@code fill} message: the fill, then the order's new state. */
    List<StrategyEvent> fill(FillUpdate message, long tsNanos) {
        if (!fills.firstTime(message)) {
            return List.of();
        }
        TrackedOrder entry = find(message.orderId());
        if (entry == null) {
            entry = find(message.clientOrderId());
        }
        if (entry == null) {
            fills.hold(message, tsNanos);
            return List.of();
        }
        List<StrategyEvent> events = new ArrayList<>(learnOrderId(entry, message.orderId(), tsNanos));
        events.addAll(applyFill(entry, message, tsNanos));
        return events;
    }

    /** Whether anything is held back waiting for news. */
    boolean holdsAnything() {
        if (fills.holdsAnything()) {
            return true;
        }
        // Asked after every task the runner runs: a plain loop, no stream, nothing allocated when empty.
        for (TrackedOrder entry : unfinished.values()) {
            if (entry.held != null) {
                return true;
            }
        }
        return false;
    }

    /** Releases what has been held for {@code holdNanos} or longer, as it is. */
    List<StrategyEvent> releaseOverdue(long nowNanos) {
        List<StrategyEvent> events = new ArrayList<>();
        for (FillUpdate orphan : fills.overdue(nowNanos - holdNanos)) {
            events.addAll(fills.toEvents(null, orphan, nowNanos));
        }
        for (TrackedOrder entry : List.copyOf(unfinished.values())) {
            if (entry.held != null && nowNanos - entry.heldSinceNanos >= holdNanos) {
                Proposal held = entry.held;
                entry.held = null;
                events.addAll(emit(entry, held, nowNanos));
            }
        }
        return events;
    }

    private List<StrategyEvent> applyFill(TrackedOrder entry, FillUpdate message, long tsNanos) {
        List<StrategyEvent> events = new ArrayList<>(fills.toEvents(entry, message, tsNanos));
        if (events.isEmpty()) {
            return events;
        }
        entry.fillsSeen = entry.fillsSeen.plus(message.countFp());
        if (entry.held != null && entry.held.filled().compareTo(entry.fillsSeen) <= 0) {
            Proposal held = entry.held;
            entry.held = null;
            events.addAll(emit(entry, held, tsNanos));
        } else if (!entry.isTerminal() && entry.fillsSeen.compareTo(entry.filled) > 0) {
            Count more = entry.fillsSeen.minus(entry.filled);
            Count remaining = Count.max(Count.ZERO, entry.remaining.minus(more));
            events.addAll(emit(entry, Proposal.working(entry.yesPrice, entry.fillsSeen, remaining), tsNanos));
        }
        return events;
    }

    /** Learns the venue's id of an order, then applies the fills that were waiting for it. */
    private List<StrategyEvent> learnOrderId(TrackedOrder entry, String orderId, long tsNanos) {
        if (orderId == null || entry.orderId != null) {
            return List.of();
        }
        entry.orderId = orderId;
        keyByOrderId.put(orderId, entry.key());
        List<StrategyEvent> events = new ArrayList<>();
        for (FillUpdate waiting : fills.claim(orderId, entry.clientOrderId)) {
            events.addAll(applyFill(entry, waiting, tsNanos));
        }
        return events;
    }

    private List<StrategyEvent> propose(TrackedOrder entry, Proposal proposal, long tsNanos) {
        if (entry.isTerminal() || proposal.filled().compareTo(entry.filled) < 0) {
            return List.of();
        }
        if (proposal.filled().compareTo(entry.fillsSeen) > 0) {
            if (entry.held == null) {
                entry.heldSinceNanos = tsNanos;
            }
            if (entry.held == null || proposal.filled().compareTo(entry.held.filled()) >= 0) {
                entry.held = proposal;
            }
            return List.of();
        }
        return emit(entry, proposal, tsNanos);
    }

    private List<StrategyEvent> emit(TrackedOrder entry, Proposal proposal, long tsNanos) {
        if (entry.isTerminal() || entry.matches(proposal)) {
            return List.of();
        }
        List<StrategyEvent> events = new ArrayList<>(2);
        events.add(entry.apply(proposal, tsNanos));
        if (entry.isTerminal()) {
            finish(entry);
        } else if (entry.held != null && entry.held.filled().compareTo(entry.fillsSeen) <= 0) {
            Proposal held = entry.held;
            entry.held = null;
            events.addAll(emit(entry, held, tsNanos));
        }
        return events;
    }

    private void finish(TrackedOrder entry) {
        entry.parked.clear();
        entry.held = null;
        entry.cancelInFlight = false;
        stats.finished(entry.state);
        unfinished.remove(entry.key());
        finished.addLast(entry.key());
        while (finished.size() > FINISHED_MEMORY) {
            TrackedOrder forgotten = byKey.remove(finished.removeFirst());
            if (forgotten != null && forgotten.orderId != null) {
                keyByOrderId.remove(forgotten.orderId);
            }
        }
    }

    private static Count orZero(Count count) {
        return count != null ? count : Count.ZERO;
    }
}
