package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.sim.engine.catalog.MarketState;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The orders holding a member's collateral in one market, kept sorted per side with running sums so
 * the reserve follows each change in O(log k). Each order's worst-case fee is computed when it
 * enters (or is re-synced), not on every refresh.
 *
 * <p>The trees hold snapshots: whoever changes a held order's price, count or priority must call
 * {@link #update} before asking for {@link #required}.
 */
public final class CollateralBook {

    private final Collateral collateral;
    private final MarketState market;
    /** Insertion order, as the set this replaces iterated. */
    private final Map<HeldOrder, ReserveTree.Node> nodes = new LinkedHashMap<>();
    private final ReserveTree yes = new ReserveTree();
    private final ReserveTree no = new ReserveTree();
    private final ReserveTree.OpeningCost openingCost;

    CollateralBook(Collateral collateral, MarketState market) {
        this.collateral = collateral;
        this.market = market;
        this.openingCost = (order, priceUnits, opening) -> collateral.openingCost(market, priceUnits, opening);
    }

    /** The market whose orders this book holds. */
    MarketState market() {
        return market;
    }

    /** @return whether the order was not held yet */
    public boolean add(HeldOrder order) {
        if (nodes.containsKey(order)) {
            return false;
        }
        ReserveTree.Node node = node(order);
        nodes.put(order, node);
        tree(order).insert(node);
        return true;
    }

    /** @return whether the order was held */
    public boolean remove(HeldOrder order) {
        ReserveTree.Node node = nodes.remove(order);
        if (node == null) {
            return false;
        }
        tree(order).remove(node);
        return true;
    }

    /** Re-reads a held order's price, count and priority after they changed; ignores others. */
    public void update(HeldOrder order) {
        ReserveTree.Node old = nodes.get(order);
        if (old == null) {
            return;
        }
        ReserveTree tree = tree(order);
        tree.remove(old);
        ReserveTree.Node node = node(order);
        nodes.put(order, node);
        tree.insert(node);
    }

    /**
     * What {@link #required} would be if held {@code order} were at {@code priceUnits} with
     * {@code remaining} hundredths (same priority), computed without touching the order; the
     * book is as before when this returns or throws.
     */
    public long requiredIfChanged(HeldOrder order, long priceUnits, long remaining, long position) {
        ReserveTree.Node old = nodes.get(order);
        if (old == null) {
            throw new IllegalStateException("order not held: " + order);
        }
        ReserveTree.Node probe = new ReserveTree.Node(order, priceUnits, remaining,
                collateral.openingCost(market, priceUnits, remaining));
        ReserveTree tree = tree(order);
        tree.remove(old);
        tree.insert(probe);
        try {
            return required(position);
        } finally {
            tree.remove(probe);
            tree.insert(old);
        }
    }

    /** The remaining hundredths of the held orders buying {@code side}. */
    public long heldCount(OutcomeSide side) {
        return (side == OutcomeSide.YES ? yes : no).count();
    }

    public boolean contains(HeldOrder order) {
        return nodes.containsKey(order);
    }

    /** The held orders, in the order they were added; a read-only live view. */
    public Collection<HeldOrder> orders() {
        return Collections.unmodifiableSet(nodes.keySet());
    }

    /** Same value as {@link Collateral#required} over {@link #orders()}, without sorting. */
    public long required(long position) {
        // Buying YES closes a NO position (negative count), and buying NO closes a YES one.
        return Math.addExact(yes.required(Math.max(0, -position), openingCost),
                no.required(Math.max(0, position), openingCost));
    }

    private ReserveTree.Node node(HeldOrder order) {
        return new ReserveTree.Node(order, collateral.openingCost(market, order.priceUnits(), order.remainingCount()));
    }

    private ReserveTree tree(HeldOrder order) {
        return order.side() == OutcomeSide.YES ? yes : no;
    }
}
