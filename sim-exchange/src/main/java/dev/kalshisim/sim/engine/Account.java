package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Settlement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A member's ledger and order index. Money in micro-dollars; {@code cash} includes the
 * {@code reserved} collateral of resting orders.
 */
final class Account {

    final String memberId;
    final Set<String> apiKeyIds = new LinkedHashSet<>();
    final Map<String, PositionState> positions = new TreeMap<>();
    /**
     * Per market ticker, the orders whose collateral is held: resting ones, and an incoming order
     * while it matches. Created through {@link Ledger#book}.
     */
    final Map<String, CollateralBook> collateralBooks = new HashMap<>();
    /**
     * The resting orders by their acceptance index, so bulk cancels visit them in the same
     * (acceptance) order as a sweep of every order would, without touching finished ones.
     */
    final NavigableMap<Integer, OrderState> restingByAcceptance = new TreeMap<>();
    /** client_order_id of each resting order. */
    final Map<String, OrderState> openByClientOrderId = new HashMap<>();
    /**
     * The member's live orders by acceptance index (oldest first): resting ones, and finished ones
     * until {@link Retention} moves them to the historical store.
     */
    final NavigableMap<Integer, OrderState> orders = new TreeMap<>();
    /** The member's live fills, oldest first; the oldest leave with their trade (see {@link Retention}). */
    final ArrayDeque<Fill> fills = new ArrayDeque<>();
    final List<Settlement> settlements = new ArrayList<>();

    /**
     * The precision fills keep this member's balance to (see {@link FeeRounding}): $0.0001 for a
     * direct member of the exchange, $0.01 otherwise.
     */
    final long balancePrecision;
    long cash;
    long reserved;
    long deposits;
    int openOrderCount;
    /** Orders ever accepted; the next one's acceptance index. */
    int acceptedOrders;
    long updatedNanos;

    Account(String memberId, boolean directMember, long nowNanos) {
        this.memberId = memberId;
        this.balancePrecision = directMember ? FeeRounding.CENTICENT : FeeRounding.CENT;
        this.updatedNanos = nowNanos;
    }

    long available() {
        return cash - reserved;
    }

    PositionState position(MarketState market) {
        return positions.computeIfAbsent(market.ticker, ticker -> new PositionState(market));
    }
}
