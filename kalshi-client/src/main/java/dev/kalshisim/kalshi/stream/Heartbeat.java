package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.time.Clock;

/**
 * Keeps one connection honest: pings every interval, and declares it dead when nothing at all
 * (message, ping or pong) has arrived for the idle timeout. Kalshi pings every 10 s, so a healthy
 * connection is never idle for long even between messages. Timers run on the clock; thread-safe.
 */
final class Heartbeat {

    private final Clock clock;
    private final long intervalNanos;
    private final long idleTimeoutNanos;
    private final Runnable ping;
    private final Runnable idle;
    private volatile long lastActivityNanos;
    private Clock.Timer timer;
    private boolean stopped;

    Heartbeat(Clock clock, long intervalNanos, long idleTimeoutNanos, Runnable ping, Runnable idle) {
        this.clock = clock;
        this.intervalNanos = intervalNanos;
        this.idleTimeoutNanos = idleTimeoutNanos;
        this.ping = ping;
        this.idle = idle;
    }

    synchronized void start() {
        lastActivityNanos = clock.nowNanos();
        timer = clock.scheduleAfter(intervalNanos, this::tick);
    }

    /** Something arrived on the connection. */
    void activity() {
        lastActivityNanos = clock.nowNanos();
    }

    synchronized void stop() {
        stopped = true;
        if (timer != null) {
            timer.cancel();
        }
    }

    private void tick() {
        boolean dead;
        synchronized (this) {
            if (stopped) {
                return;
            }
            dead = clock.nowNanos() - lastActivityNanos >= idleTimeoutNanos;
            if (dead) {
                stopped = true;
            } else {
                timer = clock.scheduleAfter(intervalNanos, this::tick);
            }
        }
        // Outside the lock: both callbacks reach into the client, which has locks of its own.
        if (dead) {
            idle.run();
        } else {
            ping.run();
        }
    }
}
