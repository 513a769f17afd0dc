package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.strategy.OrderState;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runner's counters. Written on the strategy thread, read from any thread for a
 * {@link RunResult}.
 */
final class RunStats {

    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong blackoutRejected = new AtomicLong();
    private final AtomicLong cancelsSent = new AtomicLong();
    private final AtomicLong canceled = new AtomicLong();
    private final AtomicLong filledOrders = new AtomicLong();
    private final AtomicLong fills = new AtomicLong();
    private final AtomicLong contractsFilledHundredths = new AtomicLong();
    private final AtomicLong amends = new AtomicLong();
    private final AtomicLong decreases = new AtomicLong();
    private final AtomicLong commandFailures = new AtomicLong();

    /** An order create (or one item of a batch) went to the venue. */
    void submitted() {
        submitted.incrementAndGet();
    }

    /** The venue accepted a create. */
    void placed() {
        placed.incrementAndGet();
    }

    /** A new order or amend was refused locally because of the blackout. */
    void blackoutRejected() {
        blackoutRejected.incrementAndGet();
    }

    /** A cancel of one order went to the venue. */
    void cancelSent() {
        cancelsSent.incrementAndGet();
    }

    void amendSent() {
        amends.incrementAndGet();
    }

    void decreaseSent() {
        decreases.incrementAndGet();
    }

    /** A cancel, amend or decrease failed and left the order as it was. */
    void commandFailed() {
        commandFailures.incrementAndGet();
    }

    /** The strategy was told of a fill of {@code count}. */
    void filled(Count count) {
        fills.incrementAndGet();
        contractsFilledHundredths.addAndGet(count.hundredths());
    }

    /** The strategy was told an order finished in {@code state}. */
    void finished(OrderState state) {
        switch (state) {
            case CANCELED -> canceled.incrementAndGet();
            case FILLED -> filledOrders.incrementAndGet();
            case REJECTED -> rejected.incrementAndGet();
            default -> {
                // Not terminal: nothing finished.
            }
        }
    }

    /** The counters now, with the throttle's figures and what is still open. */
    RunResult snapshot(long rateLimitedResponses, long throttleWaitNanos, int openOrdersLeft, long loopFailures,
            long callbackFailures, long elapsedNanos) {
        return new RunResult(submitted.get(), placed.get(), rejected.get(), blackoutRejected.get(), cancelsSent.get(),
                canceled.get(), filledOrders.get(), fills.get(), Count.ofHundredths(contractsFilledHundredths.get()),
                amends.get(), decreases.get(), commandFailures.get(), rateLimitedResponses, throttleWaitNanos,
                openOrdersLeft, loopFailures, callbackFailures, elapsedNanos);
    }
}
