package dev.kalshisim.core.strategy;

import dev.kalshisim.core.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A strategy's named timers. Confined to the strategy's thread, except the clock tasks it
 * schedules, which only hand a ready-made event to the runtime.
 *
 * <p>Each scheduling builds its {@link TimerEvent} up front and remembers that very instance; an
 * event delivered later is honoured only if it is still the remembered one. That is how a timer
 * replaced or cancelled after its event was already queued stays silent, without the clock's
 * thread touching any state.
 */
final class TimerRegistry {

    private final Clock clock;
    private final StrategyRuntime runtime;
    private final Map<String, Entry> active = new HashMap<>();

    TimerRegistry(StrategyRuntime runtime) {
        this.runtime = runtime;
        this.clock = runtime.clock();
    }

    void scheduleAt(String name, long atNanos) {
        schedule(name, atNanos, 0L);
    }

    void scheduleEvery(String name, long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("a timer period must be positive: " + periodNanos + " ns for " + name);
        }
        schedule(name, Math.addExact(clock.nowNanos(), periodNanos), periodNanos);
    }

    boolean cancel(String name) {
        Entry entry = active.remove(name);
        if (entry == null) {
            return false;
        }
        entry.handle.cancel();
        return true;
    }

    void cancelAll() {
        for (Entry entry : active.values()) {
            entry.handle.cancel();
        }
        active.clear();
    }

    /**
     * Accepts a timer event for delivery: true if it is the one currently scheduled under its name,
     * in which case a periodic timer is scheduled again and a one-shot timer is forgotten.
     */
    boolean accept(TimerEvent event) {
        Entry entry = active.get(event.name());
        if (entry == null || entry.event != event) {
            return false;
        }
        if (entry.periodNanos == 0) {
            active.remove(event.name());
        } else {
            schedule(event.name(), nextDue(event.tsNanos(), entry.periodNanos), entry.periodNanos);
        }
        return true;
    }

    /** The first period boundary after now, counted from the last due time, so timers do not drift. */
    private long nextDue(long lastDueNanos, long periodNanos) {
        long next = Math.addExact(lastDueNanos, periodNanos);
        long now = clock.nowNanos();
        if (next <= now) {
            long missed = (now - next) / periodNanos + 1;
            next = Math.addExact(next, Math.multiplyExact(missed, periodNanos));
        }
        return next;
    }

    private void schedule(String name, long atNanos, long periodNanos) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a timer needs a name");
        }
        cancel(name);
        TimerEvent event = new TimerEvent(atNanos, name);
        Clock.Timer handle = clock.schedule(atNanos, () -> runtime.enqueue(event));
        active.put(name, new Entry(event, periodNanos, handle));
    }

    private record Entry(TimerEvent event, long periodNanos, Clock.Timer handle) {
    }
}
