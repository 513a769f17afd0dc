package dev.kalshisim.kalshi.live;

import dev.kalshisim.kalshi.client.ThrottleStats;
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
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link Strategy} live against a Kalshi-compatible server (Kalshi, its demo, or the
 * simulator), on the wall clock or any other.
 *
 * <p>Events come in from the {@link EventStream} (books, trades, the account's orders and fills,
 * market lifecycle), commands go out through the {@link OrderGateway} (throttled and retried by the
 * REST client), and the venue's answers come back as order updates and fills. Everything reaches
 * the strategy on one thread, in timestamp order, through a {@link StrategyDriver}, so the strategy
 * behaves exactly as in a backtest. A failed command becomes a rejected or refused order update; a
 * failure in the runner itself is logged and the loop goes on.
 *
 * <pre>{@code
 * LiveRunner runner = new LiveRunner("mid-quoter", strategy, parameters,
 *         LiveConnection.of(restClient, webSocketClient), WallClock.instance(), LiveSettings.defaults());
 * runner.start();                       // reconciles, then starts the strategy
 * clock.scheduleAfter(duration, runner::stop);
 * LiveSummary summary = runner.termination().join();
 * }</pre>
 *
 * <p>{@link #start()} reads the balance (which checks the URL and the key), opens the stream,
 * reads positions and resting orders, then starts the strategy with those positions and delivers
 * the resting orders to it. {@link #stop()} stops the strategy, cancels every order still open
 * and waits for the cancels (at most {@link LiveSettings#shutdownTimeoutNanos()}). New orders and
 * amends are refused locally inside {@link LiveSettings#blackout()} windows, with reason
 * {@code "blackout"}; cancels and decreases always go out.
 *
 * <p>Thread-safe: {@code start} and {@code stop} may be called from any thread.
 */
public final class LiveRunner implements StrategyRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRunner.class);

    private enum Phase { NEW, STARTING, RUNNING, STOPPING, STOPPED }

    private final Clock clock;
    private final LiveSettings settings;
    private final LiveConnection connection;
    private final StrategyDriver driver;
    private final EventLoop loop;
    private final LiveStats stats = new LiveStats();
    private final OrderLedger ledger;
    private final CancelSender cancels;
    private final CommandRouter router;
    private final BalanceKeeper balance;
    private final MarketSubscriber subscriber;
    private final Reconciler reconciler;
    private final CompletableFuture<LiveSummary> termination = new CompletableFuture<>();
    private final Object phaseLock = new Object();
    private Phase phase = Phase.NEW;
    private boolean strategyStarted;
    private boolean releaseScheduled;
    private volatile long startedAtNanos;
    private Clock.Timer shutdownDeadline;

    /**
     * A runner of {@code strategy}, named {@code name} in logs, with its parameters, over
     * {@code connection}, on {@code clock}.
     */
    public LiveRunner(String name, Strategy strategy, StrategyParameters parameters, LiveConnection connection,
            Clock clock, LiveSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.loop = new EventLoop(clock, "kalshi-live-" + name);
        this.driver = new StrategyDriver(name, strategy, parameters, this);
        Poster poster = this::post;
        this.ledger = new OrderLedger(settings.fillHoldNanos(), stats, new FillTranslator(driver::position));
        this.cancels = new CancelSender(connection.orders(), connection.account(), ledger, stats, poster,
                settings.batchCancelSize());
        this.router = new CommandRouter(connection.orders(), ledger, stats, settings.blackout(), cancels, poster);
        this.balance = new BalanceKeeper(connection.account(), clock, settings.balanceRefreshNanos());
        this.subscriber = new MarketSubscriber(connection.stream(), clock, () -> {
            Phase now = currentPhase();
            return now == Phase.STARTING || now == Phase.RUNNING;
        });
        this.reconciler = new Reconciler(connection.account(), ledger, driver::reconcilePosition, poster);
    }

    /**
     * Connects, reconciles and starts the strategy on the runner's thread; returns once the
     * account has been read and the stream is open.
     *
     * @throws LiveStartException when the server cannot be reached, refuses the key, or does not
     *                            answer within {@link LiveSettings#startTimeoutNanos()}
     * @throws IllegalStateException when called twice
     */
    public void start() {
        synchronized (phaseLock) {
            if (phase != Phase.NEW) {
                throw new IllegalStateException("a live runner starts once; it is " + phase);
            }
            phase = Phase.STARTING;
        }
        AccountReader account = connection.account();
        Money cash;
        List<MarketPosition> positions;
        List<Order> resting;
        try {
            StartupWait wait = new StartupWait(clock, settings.startTimeoutNanos());
            cash = wait.await(account.balance(), "reading the balance");
            StreamEvents sink = new StreamEvents(this::post, ledger, cancels,
                    ticker -> driver.subscriptions().contains(ticker), reconciler::reconcile);
            wait.await(connection.stream().open(sink), "opening the stream");
            positions = wait.await(account.positions(), "reading positions");
            resting = wait.await(account.restingOrders(), "reading resting orders");
        } catch (RuntimeException thrown) {
            LiveStartException failure = thrown instanceof LiveStartException start ? start
                    : new LiveStartException("starting failed: " + WireOrders.reason(thrown), thrown);
            connection.stream().close();
            synchronized (phaseLock) {
                phase = Phase.STOPPED;
            }
            termination.completeExceptionally(failure);
            throw failure;
        }
        startedAtNanos = clock.nowNanos();
        loop.start(() -> begin(positions, resting));
        balance.start(cash);
    }

    /**
     * Stops the strategy, cancels its open orders and waits for the cancels, then closes the
     * stream; returns {@link #termination()}. Calling it again, or before {@link #start()}, is
     * harmless.
     */
    public CompletableFuture<LiveSummary> stop() {
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

    /** Completes with the run's summary once the runner has shut down. */
    public CompletableFuture<LiveSummary> termination() {
        return termination;
    }

    /** The run's counters so far. */
    public LiveSummary summary() {
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
        LOG.info("strategy {} started live with {} positions and {} resting orders; client order ids {}-N",
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
            connection.stream().close();
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

    private LiveSummary summary(int openOrdersLeft) {
        ThrottleStats throttle = connection.throttleStats().get();
        long elapsed = startedAtNanos == 0 ? 0 : clock.nowNanos() - startedAtNanos;
        return stats.snapshot(throttle == null ? 0 : throttle.rateLimitedResponses(),
                throttle == null ? 0 : throttle.totalWaitNanos(), Math.max(0, openOrdersLeft), loop.failures(),
                driver.callbackFailures(), elapsed);
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
