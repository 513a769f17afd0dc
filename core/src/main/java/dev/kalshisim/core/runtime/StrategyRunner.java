package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyCommand;
import dev.kalshisim.core.strategy.StrategyDriver;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.StrategyRuntime;
import dev.kalshisim.core.strategy.RequestBook;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link Strategy} against a {@link Venue}, on a {@link RuntimeLoop} and a {@link Clock}:
 * the runtime every way of running a strategy shares (live on the wall clock, the test kit and a
 * backtest on virtual time). It knows no HTTP: the venue's ports carry wire records, and the venue
 * adapter does the talking.
 *
 * <p>Events come in from the {@link EventStream} (books, trades, the account's orders and fills,
 * market lifecycle), commands go out through the {@link OrderGateway}, and the venue's answers come
 * back as order updates and fills. Everything reaches the strategy on the loop, in timestamp order,
 * through a {@link StrategyDriver}, so the strategy behaves the same on every venue. A failed
 * command becomes a rejected or refused order update (with the venue's typed {@link
 * dev.kalshisim.core.strategy.Rejection} when it refused); a failure in the runner itself is logged
 * and the loop goes on.
 *
 * <pre>{@code
 * StrategyRunner runner = new StrategyRunner("mid-quoter", strategy, parameters, venue,
 *         new ThreadedLoop(clock, "runner-mid-quoter"), clock, RunnerSettings.defaults());
 * runner.start();                       // reconciles, then starts the strategy; never blocks
 * clock.scheduleAfter(duration, runner::stop);
 * RunResult result = runner.termination().join();
 * }</pre>
 *
 * <p>{@link #start()} reads the balance (which checks the venue and the account), opens the
 * stream, reads positions and resting orders, then starts the strategy with those positions and
 * delivers the resting orders to it; it returns at once, with a future of that. {@link #stop()}
 * stops the strategy, cancels every order still open and waits for the cancels (at most {@link
 * RunnerSettings#shutdownTimeoutNanos()}). New orders and amends are refused locally inside {@link
 * RunnerSettings#blackout()} windows, with reason {@code "blackout"}; cancels and decreases always
 * go out.
 *
 * <p>Thread-safe: {@code start} and {@code stop} may be called from any thread.
 */
public final class StrategyRunner implements StrategyRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyRunner.class);

    private enum Phase { NEW, STARTING, RUNNING, STOPPING, STOPPED }

    private final Clock clock;
    private final RunnerSettings settings;
    private final Venue venue;
    private final StrategyDriver driver;
    private final RuntimeLoop loop;
    private final RunStats stats = new RunStats();
    private final OrderLedger ledger;
    private final CancelSender cancels;
    private final CommandRouter router;
    private final BookRequests bookRequests;
    private final BalanceKeeper balance;
    private final MarketSubscriber subscriber;
    private final Reconciler reconciler;
    private final CompletableFuture<RunResult> termination = new CompletableFuture<>();
    private final Object phaseLock = new Object();
    private Phase phase = Phase.NEW;
    private boolean strategyStarted;
    private boolean releaseScheduled;
    private volatile long startedAtNanos;
    private Clock.Timer shutdownDeadline;

    /**
     * A runner of {@code strategy}, named {@code name} in logs, with its parameters, against
     * {@code venue}, its tasks on {@code loop}, its time from {@code clock} (the loop's clock).
     */
    public StrategyRunner(String name, Strategy strategy, StrategyParameters parameters, Venue venue,
            RuntimeLoop loop, Clock clock, RunnerSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.loop = Objects.requireNonNull(loop, "loop");
        this.driver = new StrategyDriver(name, strategy, parameters, this);
        Poster poster = this::post;
        this.ledger = new OrderLedger(settings.fillHoldNanos(), stats, new FillTranslator(driver::position));
        this.cancels = new CancelSender(venue.orders(), venue.account(), ledger, stats, poster,
                settings.batchCancelSize());
        this.router = new CommandRouter(venue.orders(), ledger, stats, settings.blackout(), cancels, poster);
        this.bookRequests = new BookRequests(venue.marketReader(), poster);
        this.balance = new BalanceKeeper(venue.account(), clock, settings.balanceRefreshNanos());
        this.subscriber = new MarketSubscriber(venue.stream(), clock, () -> {
            Phase now = currentPhase();
            return now == Phase.STARTING || now == Phase.RUNNING;
        });
        this.reconciler = new Reconciler(venue.account(), ledger, driver::reconcilePosition, poster);
    }

    /**
     * Connects, reconciles and starts the strategy on the loop, without waiting for any of it: the
     * steps are chained on the venue's futures, all within {@link RunnerSettings#startTimeoutNanos()}
     * on the runner's clock.
     *
     * @return completes once the account has been read and the stream is open (the strategy's
     *         start is then queued first on the loop); fails with a {@link RunStartException}
     *         when the venue cannot be reached, refuses the account, or does not answer in time
     *         (the run then has ended: {@link #termination()} fails the same way)
     * @throws IllegalStateException when called twice
     */
    public CompletableFuture<Void> start() {
        synchronized (phaseLock) {
            if (phase != Phase.NEW) {
                throw new IllegalStateException("a strategy runner starts once; it is " + phase);
            }
            phase = Phase.STARTING;
        }
        AccountReader account = venue.account();
        StartupChain chain = new StartupChain(clock, settings.startTimeoutNanos());
        StreamEvents sink = new StreamEvents(this::post, ledger, cancels,
                driver::isSubscribed, reconciler::reconcile);
        CompletableFuture<Void> started = new CompletableFuture<>();
        chain.step(account::balance, "reading the balance")
                .thenCompose(cash -> chain.step(() -> venue.stream().open(sink), "opening the stream")
                        .thenCompose(opened -> chain.step(account::positions, "reading positions"))
                        .thenCompose(positions -> chain.step(account::restingOrders, "reading resting orders")
                                .thenAccept(resting -> running(cash, positions, resting))))
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        started.completeExceptionally(failedToStart(failure));
                    } else {
                        started.complete(null);
                    }
                });
        return started;
    }

    /** The account is read and the stream open: the strategy's start goes first on the loop. */
    private void running(Money cash, List<MarketPosition> positions, List<Order> resting) {
        startedAtNanos = clock.nowNanos();
        // The balance first: the strategy may read it in its start callback, which the loop may run at once.
        balance.start(cash);
        loop.start(() -> begin(positions, resting));
    }

    private RunStartException failedToStart(Throwable thrown) {
        Throwable cause = WireOrders.unwrap(thrown);
        RunStartException failure = cause instanceof RunStartException start ? start
                : new RunStartException("starting failed: " + WireOrders.reason(cause), cause);
        try {
            venue.stream().close();
        } finally {
            synchronized (phaseLock) {
                phase = Phase.STOPPED;
            }
            termination.completeExceptionally(failure);
        }
        return failure;
    }

    /**
     * Stops the strategy, cancels its open orders and waits for the cancels, then closes the
     * stream; returns {@link #termination()}. Calling it again, or before {@link #start()}, is
     * harmless.
     */
    public CompletableFuture<RunResult> stop() {
        synchronized (phaseLock) {
            if (phase == Phase.NEW) {
                phase = Phase.STOPPED;
                termination.complete(summary(0));
                return termination;
            }
            if (phase == Phase.STOPPED || phase == Phase.STOPPING) {
                return termination;
            }
        }
        post(this::beginShutdown);
        return termination;
    }

    /** Completes with the run's result once the runner has shut down. */
    public CompletableFuture<RunResult> termination() {
        return termination;
    }

    /** The run's result so far. */
    public RunResult summary() {
        return summary(-1);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void send(StrategyCommand command) {
        if (command instanceof SubscribeMarkets subscribe) {
            subscriber.subscribe(subscribe.tickers());
        } else if (command instanceof RequestBook read) {
            bookRequests.request(read);
        } else {
            router.route(command, command.tsNanos());
        }
    }

    @Override
    public Money balance() {
        return balance.balance();
    }

    @Override
    public void enqueue(TimerEvent timer) {
        loop.postAt(timer.tsNanos(), ts -> run(ignored -> List.of(timer), ts));
    }

    @Override
    public String clientOrderIdPrefix() {
        return settings.clientOrderIdPrefix();
    }

    @Override
    public Set<String> markets() {
        return venue.markets();
    }

    /** Queues {@code task} for the runner's thread; its events are delivered in order. */
    private void post(LongFunction<List<StrategyEvent>> task) {
        loop.post(ts -> run(task, ts));
    }

    /** Runs a task on the runner's thread: its events to the strategy, then any follow-up work. */
    private void run(LongFunction<List<StrategyEvent>> task, long tsNanos) {
        List<StrategyEvent> events = task.apply(tsNanos);
        if (strategyStarted) {
            for (StrategyEvent event : events) {
                if (event instanceof FillEvent fill) {
                    stats.filled(fill.count());
                } else if (event instanceof OrderUpdate update && update.reason() != null) {
                    LOG.info("order {} in {} {}: {}", update.id(), update.ticker(), update.state(), update.reason());
                }
                driver.deliver(event);
            }
        }
        scheduleReleaseIfHolding();
        if (currentPhase() == Phase.STOPPING && ledger.live().isEmpty()) {
            finish(false);
        }
    }

    /** The first task on the runner's thread: positions, start, then the orders already resting. */
    private void begin(List<MarketPosition> positions, List<Order> resting) {
        for (MarketPosition position : positions) {
            if (position.ticker() != null && position.positionFp() != null) {
                driver.reconcilePosition(position.ticker(), position.positionFp());
            }
        }
        synchronized (phaseLock) {
            if (phase == Phase.STARTING) {
                phase = Phase.RUNNING;
            }
        }
        driver.start();
        strategyStarted = true;
        long now = clock.nowNanos();
        for (Order order : resting) {
            if (order.orderId() != null && order.ticker() != null) {
                run(ts -> ledger.adopt(order, ts), now);
            }
        }
        LOG.info("strategy {} started with {} positions and {} resting orders; client order ids {}-N",
                driver.name(), positions.size(), resting.size(), settings.clientOrderIdPrefix());
    }

    private List<StrategyEvent> beginShutdown(long tsNanos) {
        synchronized (phaseLock) {
            if (phase == Phase.STOPPING || phase == Phase.STOPPED) {
                return List.of();
            }
            phase = Phase.STOPPING;
        }
        router.stopping();
        cancels.retryFailures();
        if (strategyStarted) {
            driver.stop();
            driver.cancelAllOpenOrders();
        }
        // Also what the driver no longer counts as working: orders whose cancel failed earlier.
        cancels.sweep(tsNanos);
        shutdownDeadline = clock.scheduleAfter(settings.shutdownTimeoutNanos(), () -> loop.post(ts -> finish(true)));
        return List.of();
    }

    private void finish(boolean timedOut) {
        synchronized (phaseLock) {
            if (phase == Phase.STOPPED) {
                return;
            }
            phase = Phase.STOPPED;
        }
        cancelTimer(shutdownDeadline);
        balance.stop();
        int left = ledger.live().size();
        if (timedOut) {
            LOG.warn("strategy {} stopped with {} orders whose cancel was not confirmed in time", driver.name(), left);
        }
        try {
            venue.stream().close();
        } finally {
            loop.shutdown();
            termination.complete(summary(left));
        }
    }

    private void scheduleReleaseIfHolding() {
        if (releaseScheduled || !ledger.holdsAnything()) {
            return;
        }
        releaseScheduled = true;
        clock.scheduleAfter(settings.fillHoldNanos(), () -> post(ts -> {
            releaseScheduled = false;
            return ledger.releaseOverdue(ts);
        }));
    }

    private RunResult summary(int openOrdersLeft) {
        VenuePacing pacing = venue.pacing();
        long elapsed = startedAtNanos == 0 ? 0 : clock.nowNanos() - startedAtNanos;
        return stats.snapshot(pacing.rateLimitedResponses(), pacing.waitNanos(), Math.max(0, openOrdersLeft),
                loop.failures(), driver.callbackFailures(), elapsed);
    }

    private Phase currentPhase() {
        synchronized (phaseLock) {
            return phase;
        }
    }

    private static void cancelTimer(Clock.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
