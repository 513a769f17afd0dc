package dev.kalshisim.testkit.runner;

import static org.assertj.core.api.Assertions.fail;

import dev.kalshisim.core.time.WallClock;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition the runner's thread will make true, with a deadline on the wall clock, instead
 * of sleeping for a guessed time.
 */
final class Eventually {

    private static final long TIMEOUT_NANOS = 10_000_000_000L;
    private static final long POLL_NANOS = 1_000_000L;

    private Eventually() {
    }

    static void until(BooleanSupplier condition, Supplier<String> description) {
        long deadline = WallClock.instance().nowNanos() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (WallClock.instance().nowNanos() - deadline > 0) {
                fail("not within 10 s: " + description.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
