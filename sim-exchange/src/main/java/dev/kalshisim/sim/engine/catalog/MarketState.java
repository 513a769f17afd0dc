package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.MveSelectedLeg;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.sim.engine.fee.FeeTerms;
import java.util.List;

/**
 * A market's mutable state: lifecycle and public activity. Only touched under the exchange lock.
 *
 * <p>The catalog owns it: status and times change only through {@link MarketLifecycle}; the other
 * services read it and report trades ({@link #recordTrade}) and open interest
 * ({@link #moveOpenInterest}) through its methods. Its order book is kept by the book's owner.
 */
public final class MarketState {

    final String ticker;
    final EventState event;
    final MarketSpec spec;
    final FeeTerms feeTerms;
    final long createdNanos;
    /** Contracts traded per minute over the last day, for the market's 24-hour volume. */
    private final RollingVolume recentVolume = new RollingVolume();

    long openNanos;
    long closeNanos;
    long updatedNanos;
    MarketStatus status;
    MarketResult result = MarketResult.NONE;
    /** When payouts were made; 0 until settled. */
    long settledNanos;
    /** YES price of the last trade, 0 before any. */
    private long lastPriceUnits;
    private long volume;
    /** Sum of members' YES positions and of their NO positions; always equal. */
    private long yesOpenInterest;
    private long noOpenInterest;

    /** For a combo market (created in a multivariate collection): its collection and legs; null otherwise. */
    private String mveCollectionTicker;
    private List<MveSelectedLeg> mveLegs;

    MarketState(MarketSpec spec, EventState event, long openNanos, long closeNanos, long nowNanos) {
        this.ticker = spec.ticker();
        this.spec = spec;
        this.event = event;
        this.feeTerms = event.feeTerms();
        this.openNanos = openNanos;
        this.closeNanos = closeNanos;
        this.createdNanos = nowNanos;
        this.updatedNanos = nowNanos;
        this.status = MarketStatus.INITIALIZED;
    }

    /** Marks this market as the combo of {@code collectionTicker} over {@code legs}. */
    public void markCombo(String collectionTicker, List<MveSelectedLeg> legs) {
        this.mveCollectionTicker = collectionTicker;
        this.mveLegs = List.copyOf(legs);
    }

    /** The combo's collection ticker, or null for an ordinary market. */
    public String mveCollectionTicker() {
        return mveCollectionTicker;
    }

    /** The combo's legs, or null for an ordinary market. */
    public List<MveSelectedLeg> mveLegs() {
        return mveLegs;
    }

    public String ticker() {
        return ticker;
    }

    public EventState event() {
        return event;
    }

    public MarketSpec spec() {
        return spec;
    }

    public FeeTerms feeTerms() {
        return feeTerms;
    }

    public long createdNanos() {
        return createdNanos;
    }

    public long openNanos() {
        return openNanos;
    }

    public long closeNanos() {
        return closeNanos;
    }

    public long updatedNanos() {
        return updatedNanos;
    }

    public MarketStatus status() {
        return status;
    }

    public MarketResult result() {
        return result;
    }

    public long settledNanos() {
        return settledNanos;
    }

    public long lastPriceUnits() {
        return lastPriceUnits;
    }

    public long volume() {
        return volume;
    }

    public long yesOpenInterest() {
        return yesOpenInterest;
    }

    public long noOpenInterest() {
        return noOpenInterest;
    }

    public TickGrid grid() {
        return spec.tickGrid();
    }

    /** Whether the market is past trading for good: closed, determined or settled. */
    public boolean isClosedOrLater() {
        return status == MarketStatus.CLOSED || status.isDetermined();
    }

    /** Records a trade of {@code count} hundredths at YES price {@code yesPriceUnits}. */
    public void recordTrade(long yesPriceUnits, long count, long nowNanos) {
        lastPriceUnits = yesPriceUnits;
        volume = Math.addExact(volume, count);
        updatedNanos = nowNanos;
        recentVolume.add(nowNanos, count);
    }

    /** Contracts traded from the minute holding {@code sinceNanos} on (see {@link RollingVolume}). */
    public long volumeSince(long sinceNanos) {
        return recentVolume.since(sinceNanos);
    }

    /** Follows a member's position here moving from {@code before} to {@code after} (+YES, -NO). */
    public void moveOpenInterest(long before, long after) {
        yesOpenInterest += Math.max(0, after) - Math.max(0, before);
        noOpenInterest += Math.max(0, -after) - Math.max(0, -before);
    }
}
