package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded background order flow on a set of events: makers quoting ladders around drifting fair
 * values, occasional IOC takers and now and then an announcement-style jump. Everything goes
 * through the {@link Exchange} facade from background members, so the flow obeys every rule a
 * user's bot obeys and shows up in books, trades and feeds like anyone's orders.
 *
 * <p>Each event ticks on its own timer of the injected {@link Clock}, every
 * {@link SyntheticFlowConfig#tickInterval()} plus a seeded jitter: in real time on a wall clock,
 * as a test advances it on a virtual clock. With the same seed, catalog and clock start, and no other
 * orders, a virtual-clock run produces the same orders and trades every time.
 *
 * <p>Thread-safe: ticks, {@link #start()}, {@link #stop()} and {@link #jump} run under one lock, so
 * once {@code stop()} returns no tick is running or will run. The flow never calls the exchange from
 * a listener, so it cannot deadlock with one.
 */
public final class SyntheticFlow {

    private final Object lock = new Object();
    private final Clock clock;
    private final List<EventFlow> events;
    private final Map<String, Location> byTicker = new LinkedHashMap<>();
    private final Clock.Timer[] timers;
    private boolean running;
    /** Bumped by start and stop, so a tick scheduled by an earlier run never acts after a restart. */
    private long generation;

    private SyntheticFlow(Clock clock, List<EventFlow> events) {
        this.clock = clock;
        this.events = List.copyOf(events);
        this.timers = new Clock.Timer[events.size()];
        for (int e = 0; e < events.size(); e++) {
            List<DemoMarket> markets = events.get(e).event().markets();
            for (int m = 0; m < markets.size(); m++) {
                byTicker.put(markets.get(m).ticker(), new Location(e, m));
            }
        }
    }

    /**
     * Opens the background members on {@code exchange} and prepares the flow over {@code events};
     * nothing trades until {@link #start()}.
     *
     * @throws IllegalStateException if a background member exists already on this exchange
     */
    public static SyntheticFlow create(Exchange exchange, Clock clock, List<DemoEvent> events,
            SyntheticFlowConfig config) {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(config, "config");
        BackgroundMembers members = BackgroundMembers.open(new Funding(exchange));
        SplittableRandom seeds = new SplittableRandom(config.seed());
        List<EventFlow> flows = new ArrayList<>();
        for (DemoEvent event : events) {
            // One stream per event, split in catalog order: each event's draws are independent of the others'.
            flows.add(new EventFlow(exchange, event, config, seeds.split(), members));
        }
        return new SyntheticFlow(clock, flows);
    }

    /** Starts ticking every event; the first quotes arrive within one tick interval plus jitter. No-op if running. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            generation++;
            for (int e = 0; e < events.size(); e++) {
                schedule(e, generation);
            }
        }
    }

    /**
     * Stops all activity: cancels every pending tick and waits for a running one to finish. Resting
     * quotes stay on the books, as a maker's orders would if its process stopped. No-op if stopped.
     */
    public void stop() {
        synchronized (lock) {
            running = false;
            generation++;
            for (int e = 0; e < timers.length; e++) {
                if (timers[e] != null) {
                    timers[e].cancel();
                    timers[e] = null;
                }
            }
        }
    }

    public boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    /**
     * Makes an announcement now: {@code ticker}'s fair value jumps, takers sweep stale quotes and the
     * makers re-quote, as a random jump does. Works whether or not the flow is running.
     *
     * @throws IllegalArgumentException if the flow does not trade {@code ticker}
     */
    public void jump(String ticker) {
        synchronized (lock) {
            Location at = locate(ticker);
            events.get(at.event).jump(at.market);
        }
    }

    /**
     * The fair value the makers of {@code ticker} quote around now.
     *
     * @throws IllegalArgumentException if the flow does not trade {@code ticker}
     */
    public Price fairValue(String ticker) {
        synchronized (lock) {
            Location at = locate(ticker);
            return events.get(at.event).fairValue(at.market);
        }
    }

    /** The events the flow trades, in catalog order. */
    public List<DemoEvent> events() {
        return events.stream().map(EventFlow::event).toList();
    }

    private void schedule(int event, long runGeneration) {
        timers[event] = clock.scheduleAfter(events.get(event).nextDelayNanos(), () -> onTick(event, runGeneration));
    }

    private void onTick(int event, long runGeneration) {
        synchronized (lock) {
            if (!running || runGeneration != generation) {
                return;
            }
            // Schedule first: a tick that throws is reported by the clock and the flow keeps going.
            schedule(event, runGeneration);
            events.get(event).tick();
        }
    }

    private Location locate(String ticker) {
        Location at = byTicker.get(ticker);
        if (at == null) {
            throw new IllegalArgumentException("the synthetic flow does not trade " + ticker + "; it trades "
                    + byTicker.keySet());
        }
        return at;
    }

    /** Where a market sits: its event's index and its index within that event. */
    private record Location(int event, int market) {
    }
}
