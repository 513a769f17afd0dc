package dev.kalshisim.kalshi.live;

import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.ThrottleStats;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Everything a {@link LiveRunner} talks to: commands out, account reads, events in, and the
 * throttle's counters for the run's summary.
 *
 * @param orders        where order commands go
 * @param account       where positions, resting orders and the balance are read
 * @param stream        where market data and the account's order and fill news come from
 * @param throttleStats the REST client's throttle counters now, or a supplier of null when unknown
 */
public record LiveConnection(OrderGateway orders, AccountReader account, EventStream stream,
        Supplier<ThrottleStats> throttleStats) {

    public LiveConnection {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(throttleStats, "throttleStats");
    }

    /**
     * The connection of a REST client and a WebSocket client of the same account. The runner
     * closes the WebSocket client when it stops; the REST client stays the caller's to close.
     */
    public static LiveConnection of(KalshiClient client, KalshiWebSocketClient webSocket) {
        return new LiveConnection(new ClientOrderGateway(client), new ClientAccountReader(client, daemonPerTask()),
                new WebSocketEventStream(webSocket), client::throttleStats);
    }

    /** Runs each (rare, blocking) account read on its own daemon thread, so no pool needs closing. */
    private static Executor daemonPerTask() {
        return task -> {
            Thread thread = new Thread(task, "kalshi-live-account-read");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
