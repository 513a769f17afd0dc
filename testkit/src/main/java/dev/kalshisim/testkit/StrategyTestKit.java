package dev.kalshisim.testkit;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyDriver;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.StrategyRuntime;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Drives a strategy in a unit test: events in, commands recorded, on a virtual clock, with no
 * exchange.
 *
 * <p>The strategy runs inside a real {@link StrategyDriver}, so its context behaves as in a
 * backtest or live run. The kit plays the venue: by default it acknowledges every command at once
 * (orders rest, cancels, amends and decreases succeed), delivering the answers after the callback
 * that sent the command returns, as a real runtime would; a command the test sends itself through
 * the strategy's context is answered before that call returns. Fills happen only when the test
 * calls {@link #fill}. Single-threaded, like the strategy it drives.
 *
 * <pre>{@code
 * StrategyTestKit kit = new StrategyTestKit(strategy, StrategyParameters.parse(List.of("ticker=T"))).start();
 * kit.quote("T", Price.ofCents(45), Price.ofCents(47), Count.ofContracts(10));
 * assertThat(kit.commands(SubmitOrder.class)).hasSize(2);
 * }</pre>
 */
public final class StrategyTestKit {

    /** The virtual start time unless given: 2026-01-01T00:00:00Z in epoch nanos. */
    public static final long DEFAULT_START_NANOS = 1_767_225_600_000_000_000L;

    private final VirtualClock clock;
    private final StrategyDriver driver;
    private final CommandAnswers venue = new CommandAnswers();
    private final KitTally tally = new KitTally();
    private final List<StrategyCommand> commands = new ArrayList<>();
    private final List<String> logLines = new ArrayList<>();
    private final Deque<StrategyEvent> pending = new ArrayDeque<>();
    private Money balance = Money.ofDollars(1_000);
    private Set<String> markets = Set.of();
    private boolean autoAcknowledge = true;
    private boolean draining;
    private boolean inStartOrStop;
    private long tradeNumber;
    private long startedAtNanos;

    /** A kit for {@code strategy} with no parameters. */
    public StrategyTestKit(Strategy strategy) {
        this(strategy, StrategyParameters.empty());
    }

    /** A kit for {@code strategy} with {@code parameters}, starting at {@link #DEFAULT_START_NANOS}. */
    public StrategyTestKit(Strategy strategy, StrategyParameters parameters) {
        this(strategy, parameters, DEFAULT_START_NANOS);
    }

    /** A kit for {@code strategy} with {@code parameters}, its clock at {@code startNanos}. */
    public StrategyTestKit(Strategy strategy, StrategyParameters parameters, long startNanos) {
        this.clock = new VirtualClock(startNanos);
        this.driver = new StrategyDriver("test", strategy, parameters, new Runtime());
    }

    /** Whether commands are answered at once (the default) or left for the test to answer. */
    public StrategyTestKit autoAcknowledge(boolean on) {
        this.autoAcknowledge = on;
        return this;
    }

    /** Sets the balance the strategy reads. */
    public StrategyTestKit balance(Money value) {
        this.balance = value;
        return this;
    }

    /** Sets the markets the run offers ({@code StrategyContext.markets()}); none unless set. */
    public StrategyTestKit offering(String... tickers) {
        this.markets = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(tickers)));
        return this;
    }

    /** Sets a position held before the run, for the strategy and for later fills. */
    public StrategyTestKit startingPosition(String ticker, Count position) {
        driver.reconcilePosition(ticker, position);
        venue.setPosition(ticker, position);
        return this;
    }

    /** Starts the strategy. */
    public StrategyTestKit start() {
        startedAtNanos = clock.nowNanos();
        inStartOrStop = true;
        try {
            driver.start();
        } finally {
            inStartOrStop = false;
        }
        drain();
        return this;
    }

    /** Stops the strategy and delivers the venue's answers to what it sent while stopping. */
    public void stop() {
        inStartOrStop = true;
        try {
            driver.stop();
        } finally {
            inStartOrStop = false;
        }
        drain();
    }

    /** The kit's virtual clock. */
    public VirtualClock clock() {
        return clock;
    }

    /** Moves the clock forward by {@code nanos}, delivering the timers that fall due on the way. */
    public void advanceBy(long nanos) {
        clock.advanceBy(nanos);
        drain();
    }

    /** Delivers any event, as a runner would. */
    public void deliver(StrategyEvent event) {
        pending.add(event);
        drain();
    }

    /** Delivers {@code book} as an update now; later book reads of its market answer with it. */
    public void book(BookView book) {
        // Also the book the kit answers the strategy's REST reads (requestBook) of that market with.
        venue.book(book);
        deliver(new BookUpdate(clock.nowNanos(), book));
    }

    /**
     * Delivers a one-level book now: {@code size} bid at {@code yesBid} and offered at
     * {@code yesAsk} (a NO bid at 1 - yesAsk).
     */
    public void quote(String ticker, Price yesBid, Price yesAsk, Count size) {
        book(new BookView(ticker, List.of(BookLevel.of(yesBid, size)),
                List.of(BookLevel.of(yesAsk.complement(), size))));
    }

    /** Delivers someone else's trade now. */
    public void trade(String ticker, Price yesPrice, Count count, BookSide takerSide) {
        tradeNumber++;
        deliver(new TradeEvent(clock.nowNanos(), "market-trade-" + tradeNumber, ticker, yesPrice, count, takerSide));
    }

    /** Delivers a lifecycle event of {@code kind} now. */
    public void lifecycle(String ticker, MarketLifecycleEvent.Kind kind) {
        deliver(MarketLifecycleEvent.of(clock.nowNanos(), ticker, kind));
    }

    /** The venue accepts an order the strategy sent (when not acknowledging automatically). */
    public void accept(String id) {
        deliver(venue.accept(id, clock.nowNanos()));
    }

    /** The venue rejects an order the strategy sent, for {@code reason} (no typed rejection). */
    public void reject(String id, String reason) {
        deliver(venue.reject(id, reason, null, clock.nowNanos()));
    }

    /**
     * The venue refuses an order the strategy sent with {@code rejection}, worded as the live venue
     * words it, as {@link TestVenue} refuses.
     */
    public void reject(String id, Rejection rejection) {
        deliver(venue.reject(id, TestVenue.refusal(rejection).getMessage(), rejection, clock.nowNanos()));
    }

    /** The venue cancels an order by itself, for {@code reason}. */
    public void cancelByVenue(String id, String reason) {
        deliver(venue.cancelByVenue(id, reason, clock.nowNanos()));
    }

    /** {@code count} of an accepted order trades as a maker with no fee. */
    public void fill(String id, Count count) {
        fill(id, count, Money.ZERO, false);
    }

    /** {@code count} of an accepted order trades: the fill, then the order's update. */
    public void fill(String id, Count count, Money fee, boolean taker) {
        venue.fill(id, count, fee, taker, clock.nowNanos()).forEach(pending::add);
        drain();
    }

    /** Every command the strategy has sent, oldest first. */
    public List<StrategyCommand> commands() {
        return List.copyOf(commands);
    }

    /** The commands of one kind the strategy has sent, oldest first. */
    public <T extends StrategyCommand> List<T> commands(Class<T> kind) {
        List<T> matching = new ArrayList<>();
        for (StrategyCommand command : commands) {
            if (kind.isInstance(command)) {
                matching.add(kind.cast(command));
            }
        }
        return matching;
    }

    /** Returns the commands sent so far and forgets them, so a test can look at the next step alone. */
    public List<StrategyCommand> takeCommands() {
        List<StrategyCommand> taken = List.copyOf(commands);
        commands.clear();
        return taken;
    }

    /** The strategy's open orders in {@code ticker} (all when null), as its context sees them. */
    public List<OpenOrder> openOrders(String ticker) {
        return driver.openOrders(ticker);
    }

    /** The strategy's position in {@code ticker}, as its context sees it. */
    public Count position(String ticker) {
        return driver.position(ticker);
    }

    /** The lines the strategy logged. */
    public List<String> logLines() {
        return List.copyOf(logLines);
    }

    /** How many strategy callbacks threw. */
    public long callbackFailures() {
        return driver.callbackFailures();
    }

    /**
     * What the run did so far, in the result every runtime writes: commands sent, orders placed and
     * finished, fills, the orders still working and the callbacks that threw. A kit neither paces
     * nor refuses locally, so those counters stay zero.
     */
    public RunResult result() {
        int working = (int) driver.openOrders(null).stream().filter(order -> order.isWorking()).count();
        return tally.result(working, driver.callbackFailures(), clock.nowNanos() - startedAtNanos);
    }

    /** The driver, for what the kit does not wrap. */
    public StrategyDriver driver() {
        return driver;
    }

    private void drain() {
        if (draining) {
            // Already delivering further up the stack; that loop picks up what was queued.
            return;
        }
        draining = true;
        try {
            StrategyEvent next;
            while ((next = pending.poll()) != null) {
                tally.delivered(next);
                driver.deliver(next);
            }
        } finally {
            draining = false;
        }
    }

    /** The runtime the driver sees: the kit's clock, venue and balance. */
    private final class Runtime implements StrategyRuntime {

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public void send(StrategyCommand command) {
            commands.add(command);
            tally.sent(command);
            pending.addAll(venue.receive(command, autoAcknowledge, clock.nowNanos()));
            if (!inStartOrStop) {
                // Outside a callback (drain() knows when one runs) the test itself called the
                // context: answer at once, so the test's next line sees the outcome.
                drain();
            }
        }

        @Override
        public Money balance() {
            return balance;
        }

        @Override
        public void enqueue(TimerEvent timer) {
            pending.add(timer);
            drain();
        }

        @Override
        public String clientOrderIdPrefix() {
            return "test";
        }

        @Override
        public Set<String> markets() {
            return markets;
        }

        @Override
        public void log(String strategyName, long tsNanos, String message) {
            logLines.add(message);
        }
    }
}
