package dev.kalshisim.sim.engine.book;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** One member's live orders, kept by the {@link OrderRegistry}; read through its methods. */
public final class MemberOrders {

    /**
     * The resting orders in acceptance order, so bulk cancels visit them in the same order as a
     * sweep of every order would, without touching finished ones.
     */
    final RestingList restingByAcceptance = new RestingList();
    /** client_order_id of each resting order. */
    final Map<String, BookOrder> openByClientOrderId = new HashMap<>();
    /**
     * The member's live orders in acceptance order: resting ones, and finished ones until the live
     * window moves them to the historical store.
     */
    final AcceptanceList orders = new AcceptanceList();
    int openOrderCount;
    /** Orders ever accepted; the next one's acceptance index. */
    int acceptedOrders;
    /** The member's number, unique in its registry: the owner of its entries in the price-time books. */
    final int number;

    MemberOrders(int number) {
        this.number = number;
    }

    public int openOrderCount() {
        return openOrderCount;
    }

    /** The resting orders in acceptance order; a read-only view. */
    public Collection<BookOrder> resting() {
        return restingByAcceptance.view();
    }

    /** Whether a resting order of the member uses {@code clientOrderId}. */
    public boolean hasOpenClientOrderId(String clientOrderId) {
        return openByClientOrderId.containsKey(clientOrderId);
    }

    /** The live orders, newest first; a read-only view. */
    public Collection<BookOrder> newestFirst() {
        return orders.newestFirst();
    }

    /** The live orders, oldest first; a read-only view. */
    public Collection<BookOrder> oldestFirst() {
        return orders.oldestFirst();
    }
}
