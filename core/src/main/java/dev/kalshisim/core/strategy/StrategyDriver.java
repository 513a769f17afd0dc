package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one {@link Strategy} for a runner: delivers events, implements its
 * {@link StrategyContext}, and keeps the bookkeeping every runtime shares (last books, positions,
 * open orders, timers, client order ids), so that a backtest and a live run treat the strategy
 * identically.
 *
 * <p><b>How a runner drives it.</b> Implement {@link StrategyRuntime}; build the driver; call
 * {@link #reconcilePosition} for positions the account already holds and deliver an
 * {@link OrderUpdate} for each order it already has open; call {@link #start()}; then, on one thread,
 * {@link #deliver} every event in timestamp order (market data of the subscribed markets, order
 * updates and fills, and the timer events handed to {@link StrategyRuntime#enqueue}); finally call
 * {@link #stop()} and, for a clean shutdown, {@link #cancelAllOpenOrders()}. For each fill deliver
 * the {@link FillEvent} and then the {@link OrderUpdate} with the order's new counts.
 *
 * <p><b>Threading.</b> Confined to the thread that called {@link #start()}: every method and every
 * context call made by the strategy must come from it ({@link IllegalStateException} otherwise).
 * {@link #deliver} must not be called from inside a strategy callback, which is what a runtime
 * would do if it answered a command synchronously.
 *
 * <p><b>Failures.</b> A callback that throws an exception is logged (with the event) at WARN, counted in
 * {@link #callbackFailures()}, and the strategy goes on receiving events.
 */
public final class StrategyDriver {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyDriver.class);

    private enum Phase { NEW, RUNNING, STOPPING, STOPPED }

    private final String name;
    private final Strategy strategy;
    private final StrategyRuntime runtime;
    private final OrderTracker orders = new OrderTracker();
    private final Map<String, BookView> books = new HashMap<>();
    private final Set<String> subscriptions = new LinkedHashSet<>();
    private final TimerRegistry timers;
    private final DriverContext context;
    private final String clientOrderIdPrefix;
    private Phase phase = Phase.NEW;
    private Thread owner;
    private boolean inCallback;
    private long callbackFailures;
    private long clientOrderNumber;

    /**
     * A driver for {@code strategy}, named {@code name} in logs and client order ids, with its
     * parameters and the runner's runtime.
     */
    public StrategyDriver(String name, Strategy strategy, StrategyParameters parameters, StrategyRuntime runtime) {
        if (name == null || name.isBlank() || strategy == null || parameters == null || runtime == null) {
            throw new IllegalArgumentException("a driver needs a name, strategy, parameters and runtime");
        }
        this.name = name;
        this.strategy = strategy;
        this.runtime = runtime;
        this.clientOrderIdPrefix = runtime.clientOrderIdPrefix();
        if (clientOrderIdPrefix == null || clientOrderIdPrefix.isBlank()) {
            throw new IllegalArgumentException("the runtime must give a client order id prefix");
        }
        this.timers = new TimerRegistry(runtime);
        this.context = new DriverContext(this, parameters, runtime, orders, books, timers);
    }

    /** The strategy's name. */
    public String name() {
        return name;
    }

    /** Calls {@link Strategy#onStart}; the calling thread becomes the strategy's thread. */
    public void start() {
        if (phase != Phase.NEW) {
            throw new IllegalStateException("strategy " + name + " was already started");
        }
        owner = Thread.currentThread();
        phase = Phase.RUNNING;
        invoke("onStart", null, () -> strategy.onStart(context));
    }

    /**
     * Applies {@code event} to the bookkeeping and hands it to the strategy. After {@link #stop()}
     * it is still applied (so a runner can see its cancels confirmed) but not handed over. A timer
     * event that was replaced or cancelled meanwhile is dropped.
     */
    public void deliver(StrategyEvent event) {
        checkThread();
        if (phase == Phase.NEW) {
            throw new IllegalStateException("strategy " + name + " gets events only after start()");
        }
        if (inCallback) {
            throw new IllegalStateException("deliver() was called from inside a callback of strategy " + name
                    + "; a runtime must queue outcomes and deliver them after the callback returns");
        }
        if (!apply(event) || phase != Phase.RUNNING) {
            return;
        }
        invoke(event.getClass().getSimpleName(), event, () -> event.deliverTo(strategy));
    }

    /** Calls {@link Strategy#onStop} and cancels its timers; the context refuses commands afterwards. */
    public void stop() {
        checkThread();
        if (phase != Phase.RUNNING) {
            throw new IllegalStateException("strategy " + name + " is not running");
        }
        phase = Phase.STOPPING;
        try {
            invoke("onStop", null, strategy::onStop);
        } finally {
            timers.cancelAll();
            phase = Phase.STOPPED;
        }
    }

    /**
     * Sends one {@link CancelAllOrders} for every open order not already being cancelled, and
     * returns how many; for a runner's clean shutdown after {@link #stop()}.
     */
    public int cancelAllOpenOrders() {
        checkThread();
        return context.cancelOpen(null);
    }

    /** Sets a position the runner learned from the venue, at start or when reconciling. */
    public void reconcilePosition(String ticker, Count position) {
        checkThread();
        orders.setPosition(ticker, position);
    }

    /** The strategy's open orders in {@code ticker}, or in all markets when null. */
    public List<OpenOrder> openOrders(String ticker) {
        return orders.open(ticker);
    }

    /** The strategy's position in {@code ticker}. */
    public Count position(String ticker) {
        return orders.position(ticker);
    }

    /** The markets the strategy has subscribed to, in the order it asked. */
    public Set<String> subscriptions() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(subscriptions));
    }

    /** Whether the strategy subscribed to {@code ticker}: asked for every market message, so it copies nothing. */
    public boolean isSubscribed(String ticker) {
        return subscriptions.contains(ticker);
    }

    /** How many callbacks have thrown. */
    public long callbackFailures() {
        return callbackFailures;
    }

    /** The next client order id of this run: the runtime's prefix and a sequence number. */
    String nextClientOrderId() {
        clientOrderNumber++;
        return clientOrderIdPrefix + "-" + clientOrderNumber;
    }

    /** Records a subscription; returns whether it is new. */
    boolean addSubscription(String ticker) {
        return subscriptions.add(ticker);
    }

    void checkThread() {
        if (owner != null && Thread.currentThread() != owner) {
            throw new IllegalStateException("strategy " + name + " runs on thread " + owner.getName()
                    + "; it was called from " + Thread.currentThread().getName());
        }
    }

    void checkCommandsAllowed() {
        checkThread();
        if (phase != Phase.RUNNING && phase != Phase.STOPPING) {
            throw new IllegalStateException("strategy " + name + " may send commands only between start and stop");
        }
    }

    void log(String message) {
        runtime.log(name, runtime.clock().nowNanos(), message);
    }

    private boolean apply(StrategyEvent event) {
        if (event instanceof BookUpdate update) {
            books.put(update.ticker(), update.book());
        } else if (event instanceof OrderUpdate update) {
            orders.apply(update);
        } else if (event instanceof FillEvent fill) {
            orders.apply(fill);
        } else if (event instanceof TimerEvent timer) {
            return timers.accept(timer);
        }
        return true;
    }

    private void invoke(String callback, StrategyEvent event, Runnable call) {
        inCallback = true;
        try {
            call.run();
        } catch (RuntimeException failure) {
            callbackFailures++;
            LOG.warn("strategy {} failed in {} ({}); it keeps running", name, callback, event, failure);
        } finally {
            inCallback = false;
        }
    }
}
