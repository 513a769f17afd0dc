package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code momentum}: a taker that reads who is trading and which side of the book is heavier, and
 * takes liquidity when both lean the same way hard enough.
 *
 * <p>The signal, from -1 to 1, is the mean of two: the signed flow of the last {@code window}
 * ((bought - sold by takers) / traded, once {@code min-volume} has traded) and the top-of-book
 * imbalance ((bid size - ask size) / (bid size + ask size)). Past {@code threshold}, in
 * {@code mode=momentum} it buys YES at the ask when the signal is positive and buys NO (sells YES at
 * the bid) when negative; {@code mode=reversion} does the opposite. Each entry is an IOC order of
 * {@code size}, within {@code max-position}, then {@code cooldown} before the next.
 *
 * <p>Exits: when the price it could exit at (the bid for a long, the ask for a short) is
 * {@code stop-loss} against its average entry, or {@code take-profit} in its favour, it closes the
 * whole position with a reduce-only IOC order at that price, whatever the signal.
 *
 * <p><b>Why it makes money:</b> in momentum mode, when informed buyers keep arriving the price keeps
 * rising after it enters; it pays the spread and a taker fee on the way in and out and keeps the
 * rest of the move, up to {@code take-profit}. In reversion mode it earns when a burst of flow
 * overshoots and the price comes back. <b>Why it loses:</b> when the move reverses (or, in reversion,
 * continues) it is stopped out: its loss is bounded by {@code stop-loss} plus how far the book jumped
 * past it, plus the spread and fees, per contract. On balanced flow it does not trade at all.
 */
public final class Momentum implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "momentum";

    static final String WAKE_TIMER = "momentum-wake";

    private final MomentumConfig config;
    private final Map<String, MomentumMarket> markets = new LinkedHashMap<>();
    private StrategyContext context;
    private WriteBudget budget;
    private boolean waking;
    private boolean stopped;

    /** A momentum (or reversion) taker with these settings. */
    public Momentum(MomentumConfig config) {
        this.config = config;
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "takes liquidity when signed trade flow and book imbalance lean one way (mode=momentum follows,"
                        + " mode=reversion fades), with stop loss, take profit, a position limit and a cooldown",
                MomentumConfig.PARAMETERS, parameters -> new Momentum(MomentumConfig.from(parameters)));
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
            markets.put(ticker, new MomentumMarket(ticker, config.windowNanos()));
        }
        context.subscribe(tickers);
        context.log("trading " + tickers.size() + " markets, mode " + config.mode() + ": threshold "
                + config.threshold() + " size " + config.size() + " max position " + config.maxPosition()
                + " stop " + config.stopLoss() + " take " + config.takeProfit());
    }

    @Override
    public void onTrade(TradeEvent trade) {
        MomentumMarket market = markets.get(trade.ticker());
        if (market != null) {
            market.flow.add(trade.tsNanos(), trade.count().hundredths(), trade.takerBookSide() == BookSide.BID);
            decide(market);
        }
    }

    @Override
    public void onBook(BookUpdate update) {
        MomentumMarket market = markets.get(update.ticker());
        if (market != null) {
            decide(market);
        }
    }

    @Override
    public void onFill(FillEvent fill) {
        MomentumMarket market = markets.get(fill.ticker());
        if (market != null) {
            market.filled(fill.signedCount().hundredths(), fill.yesPrice().units(), fill.postPosition().hundredths());
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        MomentumMarket market = markets.get(update.ticker());
        if (market != null && update.id().equals(market.inFlight) && update.state().isTerminal()) {
            market.inFlight = null;
            if (update.reason() != null && !update.filled().isPositive()) {
                context.log(update.ticker() + " order finished unfilled: " + update.reason());
            }
        }
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (WAKE_TIMER.equals(timer.name())) {
            waking = false;
            markets.values().forEach(this::decide);
        }
    }

    @Override
    public void onStop() {
        stopped = true;
        context.cancelAll(null);
    }

    /** Exits if a stop or target is hit; otherwise enters if the signal says so and it may. */
    private void decide(MomentumMarket market) {
        if (stopped || market.inFlight != null) {
            return;
        }
        BookView book = context.book(market.ticker);
        long position = context.position(market.ticker).hundredths();
        if (position != 0) {
            if (exitIfDue(market, book, position)) {
                return;
            }
        }
        long now = now();
        if (now < market.enterNotBeforeNanos) {
            return;
        }
        market.flow.age(now);
        int direction = direction(market, book);
        if (direction == 0) {
            return;
        }
        // Never against the position held: only add to it, or open one.
        if (position != 0 && Long.signum(position) != direction) {
            return;
        }
        Optional<BookLevel> take = direction > 0 ? book.bestYesAsk() : book.bestYesBid();
        if (take.isEmpty()) {
            return;
        }
        long room = config.maxPosition().hundredths() - Math.abs(position);
        long hundredths = Math.min(Math.min(config.size().hundredths(), room), take.get().size().hundredths());
        hundredths = hundredths / Count.SCALE * Count.SCALE;
        if (hundredths <= 0 || !spend(now)) {
            return;
        }
        Price price = take.get().price();
        OrderRequest order = direction > 0 ? OrderRequest.bid(market.ticker, price, Count.ofHundredths(hundredths))
                : OrderRequest.ask(market.ticker, price, Count.ofHundredths(hundredths));
        market.inFlight = context.submit(order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL));
        market.enterNotBeforeNanos = now + config.cooldownNanos();
        context.log("entering " + (direction > 0 ? "long " : "short ") + Count.ofHundredths(hundredths) + " of "
                + market.ticker + " at " + price);
    }

    /**
     * +1 to buy YES, -1 to buy NO, 0 to do nothing: the signal against the threshold, turned by
     * the mode. Both halves need their inputs: enough volume in the window, and both sides of the book.
     */
    private int direction(MomentumMarket market, BookView book) {
        long traded = market.flow.total();
        if (traded <= 0 || traded < config.minVolume().hundredths()) {
            return 0;
        }
        Optional<BookLevel> bid = book.bestYesBid();
        Optional<BookLevel> ask = book.bestYesAsk();
        if (bid.isEmpty() || ask.isEmpty()) {
            return 0;
        }
        long bidSize = bid.get().size().hundredths();
        long askSize = ask.get().size().hundredths();
        // Both in 1/10,000 of the unit range, the threshold's scale; the signal is their mean.
        long flow = Math.multiplyExact(market.flow.signed(), Price.SCALE) / traded;
        long imbalance = Math.multiplyExact(bidSize - askSize, Price.SCALE) / (bidSize + askSize);
        long signal = (flow + imbalance) / 2;
        if (Math.abs(signal) < config.threshold().units()) {
            return 0;
        }
        int sign = Long.signum(signal);
        return config.mode() == MomentumConfig.Mode.MOMENTUM ? sign : -sign;
    }

    /** Closes the whole position when the exit price is past the stop or the target; returns whether it did. */
    private boolean exitIfDue(MomentumMarket market, BookView book, long position) {
        if (market.averageEntryUnits == MarketMaker.NONE) {
            return false;
        }
        boolean isLong = position > 0;
        Optional<BookLevel> exit = isLong ? book.bestYesBid() : book.bestYesAsk();
        if (exit.isEmpty()) {
            return false;
        }
        long exitUnits = exit.get().price().units();
        long gain = isLong ? exitUnits - market.averageEntryUnits : market.averageEntryUnits - exitUnits;
        boolean stop = gain <= -config.stopLoss().units();
        boolean target = gain >= config.takeProfit().units();
        if (!stop && !target) {
            return false;
        }
        long now = now();
        if (!spend(now)) {
            return true;
        }
        Count count = Count.ofHundredths(Math.abs(position));
        Price price = exit.get().price();
        OrderRequest order = isLong ? OrderRequest.ask(market.ticker, price, count)
                : OrderRequest.bid(market.ticker, price, count);
        market.inFlight = context.submit(order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL).withReduceOnly(true));
        market.enterNotBeforeNanos = now + config.cooldownNanos();
        context.log((stop ? "stop loss: " : "take profit: ") + "closing " + count + " of " + market.ticker + " at "
                + price + ", entered at " + Price.ofUnits(market.averageEntryUnits));
        return true;
    }

    /** Takes one create from the budget, or schedules a wake for when it has one. */
    private boolean spend(long now) {
        if (budget.tryTake(1, now)) {
            return true;
        }
        if (!waking) {
            waking = true;
            context.scheduleTimer(WAKE_TIMER, now + budget.nanosUntil(1, now));
        }
        return false;
    }

    private long now() {
        return context.clock().nowNanos();
    }
}
