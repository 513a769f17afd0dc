package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code market-maker}: quotes a post-only bid and ask in each of its markets around a fair value,
 * skewed against its inventory, within a position limit and a write budget.
 *
 * <p><b>Why it makes money:</b> when takers arrive on both sides in balance, each contract it buys
 * at the bid is sold again at the ask, earning the spread minus the maker fees. <b>Why it loses:</b>
 * when the price moves one way, the takers who hit its bid know more than it does (adverse
 * selection): it keeps buying while the value falls below what it paid. The skew lowers both quotes
 * as it gets long, so it buys less and sells sooner; the position limit caps the damage.
 *
 * <ul>
 *   <li>Fair value: the microprice of the book without its own quotes, or a trade-weighted EMA of
 *       prints (the microprice until the first print). {@link MakerPricer} prices the quotes.</li>
 *   <li>A book update costs nothing unless the centre moved by {@code requote-threshold} or
 *       something changed (a fill, a confirmed cancel, a refusal): then each side is kept if its
 *       price is within the threshold of the wanted one and its size within the limit, and
 *       cancelled otherwise.</li>
 *   <li>Cancel before replace: a side's new quote goes out only once the old one's cancel is
 *       confirmed (or it filled), so there are never two of its quotes on a side, not even while
 *       a cancel and a create cross at the venue. When both sides are replaced, both cancels go in
 *       one batch cancel and both quotes in one batch create: the cost table charges batches the
 *       same tokens per item, and they halve the requests (and their latency).</li>
 *   <li>Creates are limited by {@link WriteBudget}; quotes that must wait are sent when the budget
 *       allows, by a timer, never by spinning.</li>
 *   <li>Refusals: an order refused locally inside a blackout window pulls every quote, and nothing
 *       is sent again for {@code blackout-retry}; a 429 stops creates for its retry-after (a
 *       second without one); any other refusal, or a venue cancel it did not ask for, backs that
 *       market off for 1 s, doubling up to 60 s while refusals continue.</li>
 *   <li>Inventory is the context's position. Orders in its markets it did not place (left by an
 *       earlier run) are cancelled: they would break the one-quote-per-side rule and the limit.</li>
 *   <li>A market that pauses, closes or is determined has its quotes cancelled until it is
 *       activated again; on stop every order is cancelled.</li>
 * </ul>
 */
public final class MarketMaker implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "market-maker";

    /** "No value" for prices and centres kept as longs. */
    static final long NONE = Long.MIN_VALUE;

    static final String WAKE_TIMER = "market-maker-wake";
    /** The runner's reason for an order refused inside a blackout window. */
    static final String BLACKOUT = "blackout";
    /** The runner's reason for an order refused while it stops. */
    static final String SHUTTING_DOWN = "shutting down";

    private static final long SECOND = 1_000_000_000L;
    private static final long MAX_BACKOFF_NANOS = 60 * SECOND;

    private final MarketMakerConfig config;
    private final MakerPricer pricer;
    private final long thresholdUnits;
    private final Map<String, MakerMarket> markets = new LinkedHashMap<>();
    private final MakerPricer.Target target = new MakerPricer.Target();
    private StrategyContext context;
    private WriteBudget budget;
    /** No create anywhere before this: a blackout or a 429. */
    private long pausedUntilNanos;
    private long wakeAtNanos = NONE;
    private boolean stopped;

    /** A market maker with these settings. */
    public MarketMaker(MarketMakerConfig config) {
        this.config = config;
        this.pricer = new MakerPricer(config.spread(), config.skew(), config.size(), config.maxPosition());
        this.thresholdUnits = config.requoteThreshold().units();
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "quotes both sides around the microprice or a trade EMA, skewed by inventory, within a position"
                        + " limit and a write budget",
                MarketMakerConfig.PARAMETERS, parameters -> new MarketMaker(MarketMakerConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        this.budget = new WriteBudget(config.maxWritesPerSecond(), now());
        Set<String> tickers = config.markets().resolveOrSayWhy(context);
        if (tickers.isEmpty()) {
            return;
        }
        for (String ticker : tickers) {
            markets.put(ticker, new MakerMarket(ticker, config.emaHalfLifeNanos()));
        }
        context.subscribe(tickers);
        context.log("making " + tickers.size() + " markets: spread " + config.spread() + " size " + config.size()
                + " fair " + config.fair() + " skew " + config.skew() + " max position " + config.maxPosition()
                + " up to " + config.maxWritesPerSecond() + " creates/s");
    }

    @Override
    public void onBook(BookUpdate update) {
        MakerMarket market = markets.get(update.ticker());
        if (market == null) {
            return;
        }
        market.top.read(update.book(), market.bid, market.ask);
        refreshIfMoved(market);
    }

    @Override
    public void onTrade(TradeEvent trade) {
        MakerMarket market = markets.get(trade.ticker());
        if (market == null || config.fair() != MarketMakerConfig.Fair.EMA) {
            return;
        }
        market.ema.add(trade.yesPrice().units(), trade.count().hundredths(), trade.tsNanos());
        refreshIfMoved(market);
    }

    @Override
    public void onFill(FillEvent fill) {
        MakerMarket market = markets.get(fill.ticker());
        if (market != null) {
            // The position, and so the skew and the room under the limit, changed; the order's update follows.
            market.dirty = true;
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        MakerMarket market = markets.get(update.ticker());
        if (market == null) {
            return;
        }
        QuoteSlot slot = market.slotOf(update.id());
        if (slot == null) {
            if (!update.state().isTerminal() && !stopped) {
                cancelForeign(update);
            }
            return;
        }
        if (update.state().isTerminal()) {
            finished(market, slot, update);
        } else {
            working(market, slot, update);
        }
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (!WAKE_TIMER.equals(timer.name())) {
            return;
        }
        wakeAtNanos = NONE;
        for (MakerMarket market : markets.values()) {
            if (market.dirty || market.bid.cancelFailed || market.ask.cancelFailed) {
                refresh(market);
            }
        }
    }

    @Override
    public void onMarketLifecycle(MarketLifecycleEvent event) {
        MakerMarket market = markets.get(event.ticker());
        if (market == null) {
            return;
        }
        if (event.kind().haltsTrading()) {
            market.halted = true;
            cancelSides(market, market.bid.working(), market.ask.working());
            context.log(market.ticker + " " + event.kind() + ": quotes pulled");
        } else if (event.kind() == MarketLifecycleEvent.Kind.ACTIVATED && market.halted) {
            market.halted = false;
            market.dirty = true;
            context.log(market.ticker + " activated: quoting again");
            refresh(market);
        }
    }

    @Override
    public void onStop() {
        stopped = true;
        context.cancelAll(null);
    }

    // ---- deciding -------------------------------------------------------------------------------

    /** The cheap check on every book update and print: requote only if the centre moved enough. */
    private void refreshIfMoved(MakerMarket market) {
        if (stopped || market.halted) {
            return;
        }
        if (!market.dirty) {
            long centre = centre(market);
            if (centre == NONE ? market.quotedCentre == NONE
                    : market.quotedCentre != NONE && Math.abs(centre - market.quotedCentre) < thresholdUnits) {
                return;
            }
        }
        refresh(market);
    }

    /**
     * Brings the market's quotes to what the fair value, position and limit want: cancels what no
     * longer fits, then, once no cancel is in flight, places what is missing within the budget.
     */
    private void refresh(MakerMarket market) {
        if (stopped || market.halted) {
            return;
        }
        long now = now();
        long blockedUntil = Math.max(pausedUntilNanos, market.notBeforeNanos);
        if (blockedUntil > now) {
            market.dirty = true;
            wakeAt(blockedUntil);
            return;
        }
        market.dirty = false;
        resendFailedCancels(market);
        long centre = centre(market);
        if (centre == NONE) {
            // No two-sided market (or a book that cannot be trusted): no fair value, no quotes.
            target.none();
        } else {
            pricer.price(centre, market.top, position(market), target);
        }
        market.quotedCentre = centre;
        boolean cancelBid = market.bid.working() && !fits(market.bid, target.bidUnits, target.bidSize);
        boolean cancelAsk = market.ask.working() && !fits(market.ask, target.askUnits, target.askSize);
        cancelSides(market, cancelBid, cancelAsk);
        if (market.bid.cancelling() || market.ask.cancelling()) {
            // Placed once the cancels are confirmed, together.
            return;
        }
        boolean placeBid = !market.bid.rests() && target.bidUnits != 0;
        boolean placeAsk = !market.ask.rests() && target.askUnits != 0;
        int writes = (placeBid ? 1 : 0) + (placeAsk ? 1 : 0);
        if (writes == 0) {
            return;
        }
        if (!budget.tryTake(writes, now)) {
            market.dirty = true;
            wakeAt(now + budget.nanosUntil(writes, now));
            return;
        }
        place(market, placeBid, placeAsk);
    }

    /** Whether a working quote may stay: near enough the wanted price, and within the limit's size. */
    private boolean fits(QuoteSlot slot, long wantedUnits, long wantedSize) {
        return wantedUnits != 0 && Math.abs(slot.priceUnits - wantedUnits) < thresholdUnits
                && slot.remaining <= wantedSize;
    }

    private void place(MakerMarket market, boolean bid, boolean ask) {
        OrderRequest bidOrder = bid ? quote(market.ticker, BookSide.BID, target.bidUnits, target.bidSize) : null;
        OrderRequest askOrder = ask ? quote(market.ticker, BookSide.ASK, target.askUnits, target.askSize) : null;
        if (bid && ask) {
            List<String> ids = context.submitBatch(List.of(bidOrder, askOrder));
            market.bid.sent(ids.get(0), target.bidUnits, target.bidSize);
            market.ask.sent(ids.get(1), target.askUnits, target.askSize);
        } else if (bid) {
            market.bid.sent(context.submit(bidOrder), target.bidUnits, target.bidSize);
        } else {
            market.ask.sent(context.submit(askOrder), target.askUnits, target.askSize);
        }
    }

    private static OrderRequest quote(String ticker, BookSide side, long priceUnits, long hundredths) {
        Price price = Price.ofUnits(priceUnits);
        Count count = Count.ofHundredths(hundredths);
        OrderRequest order = side == BookSide.BID ? OrderRequest.bid(ticker, price, count)
                : OrderRequest.ask(ticker, price, count);
        return order.withPostOnly(true);
    }

    /** Cancels the chosen working sides: both in one batch cancel, one alone. */
    private void cancelSides(MakerMarket market, boolean bid, boolean ask) {
        if (bid && ask) {
            // The strategy's only orders in the market are its two quotes (others are cancelled on sight).
            context.cancelAll(market.ticker);
            market.bid.phase = QuoteSlot.Phase.CANCELLING;
            market.ask.phase = QuoteSlot.Phase.CANCELLING;
        } else if (bid) {
            cancel(market.bid);
        } else if (ask) {
            cancel(market.ask);
        }
    }

    /** Cancels an open order in one of its markets that is not one of its quotes, once. */
    private void cancelForeign(OrderUpdate update) {
        for (OpenOrder order : context.openOrders(update.ticker())) {
            if (order.hasId(update.id()) && order.isWorking() && context.cancel(order.id())) {
                context.log("cancelled order " + order.id() + " in " + update.ticker() + ": not one of this run's quotes");
            }
        }
    }

    private void cancel(QuoteSlot slot) {
        slot.cancelFailed = false;
        if (context.cancel(slot.id)) {
            slot.phase = QuoteSlot.Phase.CANCELLING;
        } else {
            // The order is no longer open (its end crossed with this); nothing is left to wait for.
            slot.clear();
        }
    }

    private void resendFailedCancels(MakerMarket market) {
        if (market.bid.cancelFailed) {
            cancel(market.bid);
        }
        if (market.ask.cancelFailed) {
            cancel(market.ask);
        }
    }

    // ---- the venue's news ------------------------------------------------------------------

    private void working(MakerMarket market, QuoteSlot slot, OrderUpdate update) {
        slot.remaining = update.remaining().hundredths();
        slot.priceUnits = update.yesPrice().units();
        if (slot.phase == QuoteSlot.Phase.PENDING) {
            slot.phase = QuoteSlot.Phase.LIVE;
            market.refusals = 0;
        }
        if (slot.cancelling() && update.reason() != null) {
            // The cancel was refused and the order still works: send it again after a pause.
            slot.cancelFailed = true;
            pauseFor(update.rejection(), market);
            wakeAt(Math.max(pausedUntilNanos, market.notBeforeNanos));
            return;
        }
        if (update.state() == OrderState.PARTIALLY_FILLED) {
            refresh(market);
        }
    }

    private void finished(MakerMarket market, QuoteSlot slot, OrderUpdate update) {
        QuoteSlot.Phase was = slot.phase;
        slot.clear();
        if (update.state() == OrderState.REJECTED) {
            refused(market, update);
        } else if (update.state() == OrderState.CANCELED && was != QuoteSlot.Phase.CANCELLING) {
            // Cancelled by the venue (expiry, self-trade prevention, a pause): back off as for a refusal.
            backOff(market);
        }
        market.dirty = true;
        refresh(market);
    }

    private void refused(MakerMarket market, OrderUpdate update) {
        long now = now();
        if (SHUTTING_DOWN.equals(update.reason())) {
            stopped = true;
        } else if (BLACKOUT.equals(update.reason()) && update.rejection() == null) {
            boolean entering = pausedUntilNanos <= now;
            pausedUntilNanos = Math.max(pausedUntilNanos, now + config.blackoutRetryNanos());
            // Quotes cannot be kept fresh inside the window, so none is left to go stale.
            for (MakerMarket each : markets.values()) {
                cancelSides(each, each.bid.working(), each.ask.working());
                each.dirty = true;
            }
            if (entering) {
                context.log("blackout: new orders refused; quotes pulled, trying again in "
                        + config.blackoutRetryNanos() / 1_000_000 + " ms");
            }
        } else if (update.rejection() != null && update.rejection().isRateLimited()) {
            pauseFor(update.rejection(), market);
        } else {
            backOff(market);
            context.log("quote refused in " + market.ticker + " (" + update.reason() + "); backing off "
                    + (market.notBeforeNanos - now) / 1_000_000 + " ms");
        }
    }

    /** After a refusal: a 429 stops creates everywhere for its wait; anything else backs this market off. */
    private void pauseFor(Rejection rejection, MakerMarket market) {
        if (rejection != null && rejection.isRateLimited()) {
            long wait = rejection.retryAfterNanos().orElse(SECOND);
            pausedUntilNanos = Math.max(pausedUntilNanos, now() + wait);
        } else {
            backOff(market);
        }
    }

    private void backOff(MakerMarket market) {
        if (market.notBeforeNanos > now()) {
            // Already backing off: the other item of the same batch, or news of the same cause.
            return;
        }
        market.refusals = Math.min(market.refusals + 1, 30);
        long backoff = Math.min(MAX_BACKOFF_NANOS, SECOND << Math.min(market.refusals - 1, 6));
        market.notBeforeNanos = now() + backoff;
    }

    // ---- small things -------------------------------------------------------------------------

    /** The fair value less the inventory skew, in Price units; {@link #NONE} without a fair value. */
    private long centre(MakerMarket market) {
        long fair = market.top.micropriceUnits();
        if (config.fair() == MarketMakerConfig.Fair.EMA) {
            long ema = market.ema.fairUnits();
            if (ema != NONE) {
                fair = ema;
            }
        }
        return fair == NONE ? NONE : pricer.centre(fair, position(market));
    }

    private long position(MakerMarket market) {
        return context.position(market.ticker).hundredths();
    }

    /** Makes sure the wake timer fires by {@code atNanos}. */
    private void wakeAt(long atNanos) {
        if (wakeAtNanos != NONE && wakeAtNanos <= atNanos) {
            // One is due no later; it wakes every market that still waits.
            return;
        }
        wakeAtNanos = atNanos;
        context.scheduleTimer(WAKE_TIMER, atNanos);
    }

    private long now() {
        return context.clock().nowNanos();
    }
}
