package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.time.VirtualClock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives a {@link VirtualClock} until a client future completes: whenever a timer is pending
 * (a backoff or throttle wait) time jumps straight to it; otherwise the test waits for the real
 * HTTP exchange in flight. No sleeping: waits are bounded gets on the future itself.
 */
final class VirtualTime {

    private VirtualTime() {
    }

    /** The future's value, or its unwrapped failure rethrown. */
    static <T> T drive(VirtualClock clock, CompletableFuture<T> future) {
        while (!future.isDone()) {
            long due = clock.nextDueNanos();
            if (due != Long.MAX_VALUE) {
                clock.advanceTo(Math.max(due, clock.nowNanos()));
                continue;
            }
            try {
                future.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillInFlight) {
                // An HTTP exchange is in flight, or a timer is about to be scheduled by it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                break;
            }
        }
        return RestCaller.await(future);
    }
}
