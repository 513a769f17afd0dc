package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.AccountReader;
import dev.kalshisim.core.runtime.EventStream;
import dev.kalshisim.core.runtime.MarketReader;
import dev.kalshisim.core.runtime.OrderGateway;
import dev.kalshisim.core.runtime.Venue;
import dev.kalshisim.core.runtime.VenuePacing;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.ThrottleStats;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The live venue: Kalshi (its demo, or the simulator) behind the runtime's ports, through a REST
 * client and a WebSocket client of the same account. Commands are paced by the client's throttle
 * and retried by its retrier; refusals reach the runner as typed rejections.
 */
public final class KalshiVenue implements Venue {

    private final KalshiClient client;
    private final OrderGateway orders;
    private final AccountReader account;
    private final EventStream stream;
    private final MarketReader markets;

    private KalshiVenue(KalshiClient client, KalshiWebSocketClient webSocket) {
        this.client = Objects.requireNonNull(client, "client");
        this.orders = new ClientOrderGateway(client);
        Executor blocking = daemonPerTask();
        this.account = new ClientAccountReader(client, blocking);
        this.markets = new ClientMarketReader(client, blocking);
        this.stream = new WebSocketEventStream(Objects.requireNonNull(webSocket, "webSocket"));
    }

    /**
     * The venue of a REST client and a WebSocket client (not connected yet) of the same account.
     * The runner closes the WebSocket client when it stops; the REST client stays the caller's to
     * close.
     */
    public static KalshiVenue of(KalshiClient client, KalshiWebSocketClient webSocket) {
        return new KalshiVenue(client, webSocket);
    }

    @Override
    public OrderGateway orders() {
        return orders;
    }

    @Override
    public AccountReader account() {
        return account;
    }

    @Override
    public EventStream stream() {
        return stream;
    }

    @Override
    public MarketReader marketReader() {
        return markets;
    }

    /** The client throttle's 429s and queueing time so far. */
    @Override
    public VenuePacing pacing() {
        ThrottleStats throttle = client.throttleStats();
        return throttle == null ? VenuePacing.NONE
                : new VenuePacing(throttle.rateLimitedResponses(), throttle.totalWaitNanos());
    }

    /** Runs each blocking read (account pages, order books) on its own daemon thread, so no pool needs closing. */
    private static Executor daemonPerTask() {
        return task -> {
            Thread thread = new Thread(task, "kalshi-live-read");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
