package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.result.CancelReason;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's live orders: by id, per member, and the finished ones in the order they finished
 * (the live window's queue). Hands out order ids and time-priority stamps, and publishes every
 * change of an order, so it is the one place that sees every finish.
 */
public final class OrderRegistry {

    private final Clock clock;
    private final EventSink sink;
    private final IdSource ids;
    /** Live orders by id: resting ones, and finished ones until the live window moves them. */
    private final Map<String, BookOrder> orders = new HashMap<>();
    private final Map<String, MemberOrders> members = new HashMap<>();
    /** Live orders that are canceled or executed, in the order they finished. */
    private final ArrayDeque<BookOrder> finished = new ArrayDeque<>();
    private long nextPriority;

    public OrderRegistry(Clock clock, EventSink sink, IdSource ids) {
        this.clock = clock;
        this.sink = sink;
        this.ids = ids;
    }

    /** A new time-priority stamp, later than every earlier one. */
    public long nextPriority() {
        return ++nextPriority;
    }

    /** The live order {@code orderId}, or null. */
    public BookOrder order(String orderId) {
        return orders.get(orderId);
    }

    /** How many orders are live. */
    public int size() {
        return orders.size();
    }

    /** Whether {@code order} is still the engine's live order under its id. */
    public boolean isLive(BookOrder order) {
        return orders.get(order.id) == order;
    }

    /** The member's live orders, or null if it never placed one. */
    public MemberOrders member(String memberId) {
        return members.get(memberId);
    }

    /** Gives an accepted order its id and its place in the member's order list. */
    public void accept(BookOrder order) {
        order.id = ids.next();
        MemberOrders member = members.get(order.memberId());
        if (member == null) {
            member = new MemberOrders(members.size());
            members.put(order.memberId(), member);
        }
        order.memberNumber = member.number;
        order.acceptanceIndex = member.acceptedOrders++;
        member.orders.add(order);
        orders.put(order.id, order);
    }

    /** Gives a resting order the new {@code clientOrderId} (null keeps the current one). */
    public void renameClientOrderId(BookOrder order, String clientOrderId) {
        if (clientOrderId == null || clientOrderId.equals(order.clientOrderId)) {
            return;
        }
        MemberOrders member = members.get(order.memberId());
        if (order.clientOrderId != null) {
            member.openByClientOrderId.remove(order.clientOrderId);
        }
        order.clientOrderId = clientOrderId;
        member.openByClientOrderId.put(clientOrderId, order);
    }

    /**
     * Publishes the order's new state; a finished order joins the live window's queue.
     *
     * @return the order's record as published, for a result that reports the same state
     */
    public Order publish(BookOrder order) {
        if (!order.isResting() && !order.finishedQueued) {
            order.finishedQueued = true;
            finished.addLast(order);
        }
        CancelReason reason = order.status() == OrderStatus.CANCELED ? order.cancelReason : null;
        Order record = WireRecords.order(order);
        sink.emit(new ExchangeEvent.OrderUpdated(sink.nextSequence(), clock.nowNanos(), order.memberId(), record,
                reason));
        return record;
    }

    /** The finished live orders, oldest finish first; a read-only view. */
    public Collection<BookOrder> finishedOrders() {
        return Collections.unmodifiableCollection(finished);
    }

    /** The oldest finished live order, or null. */
    public BookOrder oldestFinished() {
        return finished.peekFirst();
    }

    /** How many finished orders are live. */
    public int finishedCount() {
        return finished.size();
    }

    /** Forgets the oldest finished order, {@code order}, which moved to the historical store. */
    public void forgetOldestFinished(BookOrder order) {
        if (finished.peekFirst() != order) {
            throw new IllegalStateException(order + " is not the oldest finished order");
        }
        finished.pollFirst();
        if (orders.get(order.id) == order) {
            orders.remove(order.id);
            members.get(order.memberId()).orders.remove(order);
        }
    }

    /**
     * Gives an order that is being repriced, and so stays in its member's open-order index, the new
     * {@code clientOrderId}: the old one leaves the index (if it maps to this order), the new one joins.
     */
    void moveClientOrderId(BookOrder order, String clientOrderId) {
        MemberOrders member = members.get(order.memberId());
        if (order.clientOrderId != null && member.openByClientOrderId.get(order.clientOrderId) == order) {
            member.openByClientOrderId.remove(order.clientOrderId);
        }
        order.clientOrderId = clientOrderId;
        member.openByClientOrderId.put(clientOrderId, order);
    }

    /** Enters a resting order in its member's open-order index (once: it may be there already). */
    void rested(BookOrder order) {
        if (order.indexedResting) {
            // A repriced order never left the index (see RestingOrders#reprice).
            return;
        }
        order.indexedResting = true;
        MemberOrders member = members.get(order.memberId());
        member.openOrderCount++;
        member.restingByAcceptance.add(order);
        if (order.clientOrderId != null) {
            member.openByClientOrderId.put(order.clientOrderId, order);
        }
    }

    /** Takes an order that stopped resting out of its member's open-order index, if it is there. */
    void unrested(BookOrder order) {
        if (!order.indexedResting) {
            return;
        }
        order.indexedResting = false;
        MemberOrders member = members.get(order.memberId());
        member.openOrderCount--;
        member.restingByAcceptance.remove(order);
        if (order.clientOrderId != null && member.openByClientOrderId.get(order.clientOrderId) == order) {
            member.openByClientOrderId.remove(order.clientOrderId);
        }
    }
}
