package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A member's money: cash, collateral and positions. Money in micro-dollars; {@code cash} includes the
 * {@code reserved} collateral of resting orders. Changed only by the ledger's services; the
 * member's orders and fills are kept by their own owners on the book side.
 */
public final class Account {

    final String memberId;
    /** 0 for the member's primary ledger, 1-63 for a numbered subaccount (each a ledger of its own). */
    final int subaccount;
    final Set<String> apiKeyIds = new LinkedHashSet<>();
    final Map<String, PositionState> positions = new TreeMap<>();
    /**
     * Per market ticker, the orders whose collateral is held: resting ones, and an incoming order
     * while it matches. Created through {@link Ledger#book}.
     */
    final Map<String, CollateralBook> collateralBooks = new HashMap<>();
    final List<Settlement> settlements = new ArrayList<>();

    /**
     * The precision fills keep this member's balance to (see {@link FeeRounding}): $0.0001 for a
     * direct member of the exchange, $0.01 otherwise.
     */
    final long balancePrecision;
    /**
     * The simulator's own liquidity (a replayed recording's book): not bound by the per-market
     * position limit or the open-order cap, which exist for members, not for the market itself.
     */
    final boolean liquidity;
    long cash;
    long reserved;
    long deposits;
    long updatedNanos;
    /** The subaccount's netting setting (kept and reported; see docs/fidelity.md, subaccounts). */
    boolean nettingEnabled = true;
    /** Locked for settlement advance: resting orders were canceled and new ones are refused. */
    boolean locked;

    Account(String memberId, boolean directMember, long nowNanos) {
        this(memberId, directMember, false, nowNanos);
    }

    Account(String memberId, boolean directMember, boolean liquidity, long nowNanos) {
        this(memberId, 0, directMember ? FeeRounding.CENTICENT : FeeRounding.CENT, liquidity, nowNanos);
    }

    /** A numbered subaccount of {@code primary}: same member and balance precision, empty ledger. */
    Account(Account primary, int subaccount, long nowNanos) {
        this(primary.memberId, subaccount, primary.balancePrecision, false, nowNanos);
    }

    private Account(String memberId, int subaccount, long balancePrecision, boolean liquidity, long nowNanos) {
        this.memberId = memberId;
        this.subaccount = subaccount;
        this.balancePrecision = balancePrecision;
        this.liquidity = liquidity;
        this.updatedNanos = nowNanos;
    }

    public String memberId() {
        return memberId;
    }

    /** 0 for the primary ledger, 1-63 for a numbered subaccount. */
    public int subaccount() {
        return subaccount;
    }

    public boolean nettingEnabled() {
        return nettingEnabled;
    }

    /** Whether the ledger is locked for settlement advance (no trading). */
    public boolean isLocked() {
        return locked;
    }

    public long cash() {
        return cash;
    }

    public long reserved() {
        return reserved;
    }

    public long deposits() {
        return deposits;
    }

    public long balancePrecision() {
        return balancePrecision;
    }

    /** Whether this is the simulator's own liquidity, exempt from the position limit and open-order cap. */
    public boolean isLiquidity() {
        return liquidity;
    }

    public long available() {
        return cash - reserved;
    }

    /** The member's position in {@code market}, opened empty on first use. */
    public PositionState position(MarketState market) {
        return positions.computeIfAbsent(market.ticker(), ticker -> new PositionState(market));
    }

    /** The member's position in the market {@code ticker}, or null if it never had one. */
    public PositionState existingPosition(String ticker) {
        return positions.get(ticker);
    }

    /** Positions by ticker; a read-only view. */
    public Collection<PositionState> positions() {
        return Collections.unmodifiableCollection(positions.values());
    }

    /** The collateral books of every market the member has held orders in; a read-only view. */
    public Collection<CollateralBook> collateralBooks() {
        return Collections.unmodifiableCollection(collateralBooks.values());
    }

    /** The member's settlement records, oldest first; a read-only view. */
    public List<Settlement> settlements() {
        return Collections.unmodifiableList(settlements);
    }

    /** Keeps the record of a settlement paid to this member. */
    public void recordSettlement(Settlement settlement) {
        settlements.add(settlement);
    }

    /** Forgets the position and collateral book of a market that left for the historical store. */
    public void forgetMarket(String ticker) {
        positions.remove(ticker);
        collateralBooks.remove(ticker);
    }
}
