package dev.kalshisim.core.runtime;

import dev.kalshisim.core.time.Clock;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes the stream to the strategy's markets, trying again every second while the runner is
 * running: a subscribe sent while the stream reconnects fails, and only subscriptions that were
 * open are restored after a reconnect.
 */
final class MarketSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(MarketSubscriber.class);
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final EventStream stream;
    private final Clock clock;
    private final BooleanSupplier running;

    MarketSubscriber(EventStream stream, Clock clock, BooleanSupplier running) {
        this.stream = stream;
        this.clock = clock;
        this.running = running;
    }

    /** Subscribes to {@code tickers} until it succeeds or the runner stops. */
    void subscribe(Set<String> tickers) {
        attempt(tickers, 1);
    }

    private void attempt(Set<String> tickers, int number) {
        stream.subscribe(tickers).whenComplete((ignored, failure) -> {
            if (failure == null) {
                return;
            }
            LOG.warn("subscribing to {} failed (attempt {}): {}", tickers, number, WireOrders.reason(failure));
            if (running.getAsBoolean()) {
                clock.scheduleAfter(RETRY_NANOS, () -> attempt(tickers, number + 1));
            }
        });
    }
}
