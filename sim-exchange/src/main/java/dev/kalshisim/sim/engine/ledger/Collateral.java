package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import dev.kalshisim.sim.engine.fee.FeeSchedule;
import dev.kalshisim.sim.engine.fee.Liquidity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a member's orders in one market must have reserved: for each contract that would open new
 * exposure, its price plus a worst-case taker fee. Contracts that would close an opposite position
 * need nothing: buying YES while holding NO pays p and frees $1, a net gain even after the fee.
 *
 * <p>Which orders get that closing credit is not known in advance, so the credit goes to the
 * cheapest contracts first, leaving the dearest ones fully covered: the reserve then covers any fill
 * order. The fee bound uses the price in (0, limit] with the largest p(1-p), since a taker may fill
 * below its limit; it is rounded up once per order, so per-fill rounding can exceed it by $0.0001 a
 * fill. Nothing is reserved for Kalshi's balance rounding ({@link FeeRounding}: up to $0.0099 a fill,
 * at most $0.01 an order net of rebates): it is paid from free cash, and {@link Ledger} waives what
 * free cash cannot pay; the reserve stays price plus worst-case fee, with no cent added per order.
 */
public final class Collateral {

    private static final Comparator<HeldOrder> CHEAPEST_FIRST =
            Comparator.<HeldOrder>comparingLong(o -> o.priceUnits()).thenComparingLong(o -> o.priority());

    private final FeeSchedule fees;

    public Collateral(FeeSchedule fees) {
        this.fees = fees;
    }

    /**
     * The reserve for {@code orders} (all in {@code market}) given the signed {@code position},
     * computed from scratch. The engine keeps the same figure incrementally in {@link CollateralBook};
     * this is the reference the engine's invariant check compares it with.
     */
    public long required(MarketState market, Collection<HeldOrder> orders, long position) {
        List<HeldOrder> yes = new ArrayList<>();
        List<HeldOrder> no = new ArrayList<>();
        for (HeldOrder order : orders) {
            (order.side() == OutcomeSide.YES ? yes : no).add(order);
        }
        // Buying YES closes a NO position (negative count), and buying NO closes a YES one.
        return Math.addExact(side(market, yes, Math.max(0, -position)), side(market, no, Math.max(0, position)));
    }

    private long side(MarketState market, List<HeldOrder> orders, long closingCredit) {
        orders.sort(CHEAPEST_FIRST);
        long credit = closingCredit;
        long total = 0;
        for (HeldOrder order : orders) {
            long closing = Math.min(order.remainingCount(), credit);
            credit -= closing;
            long opening = order.remainingCount() - closing;
            total = Math.addExact(total, openingCost(market, order.priceUnits(), opening));
        }
        return total;
    }

    /** What {@code opening} uncovered contracts at {@code limitUnits} reserve: price plus worst fee. */
    long openingCost(MarketState market, long limitUnits, long opening) {
        if (opening <= 0) {
            return 0;
        }
        return Math.addExact(Math.multiplyExact(limitUnits, opening), worstFee(market, limitUnits, opening));
    }

    /** The largest taker fee {@code count} could pay when filling at or below {@code limitUnits}. */
    long worstFee(MarketState market, long limitUnits, long count) {
        long worstPrice = Math.min(limitUnits, Price.SCALE / 2);
        return fees.fee(market.feeTerms(), Liquidity.TAKER, Price.ofUnits(worstPrice), Count.ofHundredths(count))
                .micros();
    }
}
