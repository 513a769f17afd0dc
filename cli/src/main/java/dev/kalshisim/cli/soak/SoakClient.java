package dev.kalshisim.cli.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.StreamConfig;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One soak client: a funded member that, over signed REST, keeps a few bids resting on the demo
 * markets, cancels the oldest, now and then takes liquidity with an IOC order and reads its orders,
 * fills, the trades, a book and the historical cutoff; and over the WebSocket follows the books,
 * trades and its fills. Counts requests, 5xx answers and stream messages.
 */
final class SoakClient implements AutoCloseable {

    private static final ObjectMapper JSON = KalshiJson.mapper();
    private static final int MAX_RESTING = 5;

    private final String base;
    private final Credentials credentials;
    private final List<String> tickers;
    private final SplittableRandom random;
    private final long pauseMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ArrayDeque<String> resting = new ArrayDeque<>();
    private final AtomicLong requests;
    private final AtomicLong errors5xx;
    private final AtomicLong streamMessages;
    private KalshiWebSocketClient stream;

    SoakClient(String base, Credentials credentials, List<String> tickers, long seed, long pauseMillis,
            AtomicLong requests, AtomicLong errors5xx, AtomicLong streamMessages) {
        this.base = base;
        this.credentials = credentials;
        this.tickers = tickers;
        this.random = new SplittableRandom(seed);
        this.pauseMillis = pauseMillis;
        this.requests = requests;
        this.errors5xx = errors5xx;
        this.streamMessages = streamMessages;
    }

    /** Opens the stream and subscribes to books, trades and fills. */
    void connect() throws Exception {
        stream = KalshiWebSocketClient.create(StreamConfig.forRestBase(base + "/trade-api/v2", credentials));
        stream.onMessage(message -> streamMessages.incrementAndGet());
        stream.connect().get(10, TimeUnit.SECONDS);
        stream.subscribe(SubscribeParams.orderbook(tickers, false)).get(10, TimeUnit.SECONDS);
        stream.subscribe(SubscribeParams.markets(tickers, Channel.TRADE)).get(10, TimeUnit.SECONDS);
        stream.subscribe(SubscribeParams.allMarkets(Channel.FILL)).get(10, TimeUnit.SECONDS);
    }

    /** Runs requests until interrupted. */
    void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                step();
                Thread.sleep(pauseMillis);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException transport) {
                // A refused or reset connection is not an answer; the next step tries again.
                sleepQuietly();
            }
        }
    }

    private void step() throws IOException, InterruptedException {
        String ticker = tickers.get(random.nextInt(tickers.size()));
        int action = random.nextInt(100);
        if (action < 35) {
            place(ticker);
        } else if (action < 55) {
            cancelOldest();
        } else if (action < 62) {
            take(ticker);
        } else if (action < 72) {
            send("GET", "/portfolio/orders?limit=50", null);
        } else if (action < 80) {
            send("GET", "/portfolio/fills?limit=50", null);
        } else if (action < 88) {
            send("GET", "/markets/trades?limit=100&ticker=" + ticker, null);
        } else if (action < 95) {
            send("GET", "/markets/" + ticker + "/orderbook", null);
        } else if (action < 98) {
            send("GET", "/historical/fills?limit=20", null);
        } else {
            send("GET", "/historical/cutoff", null);
        }
    }

    /** A one-contract bid well below the market, so it rests. */
    private void place(String ticker) throws IOException, InterruptedException {
        if (resting.size() >= MAX_RESTING) {
            cancelOldest();
            return;
        }
        CreateOrderV2Request bid = CreateOrderV2Request.gtc(ticker, BookSide.BID, Count.ofContracts(1),
                Price.ofCents(1 + random.nextInt(5)));
        JsonNode answer = send("POST", "/portfolio/events/orders", JSON.writeValueAsString(bid));
        if (answer != null && answer.hasNonNull("order_id")) {
            resting.addLast(answer.get("order_id").asText());
        }
    }

    /** An IOC order that crosses at a generous price: one contract against the demo makers. */
    private void take(String ticker) throws IOException, InterruptedException {
        boolean buy = random.nextBoolean();
        CreateOrderV2Request ioc = new CreateOrderV2Request(ticker, null, buy ? BookSide.BID : BookSide.ASK,
                Count.ofContracts(1), Price.ofCents(buy ? 99 : 1), null, TimeInForce.IMMEDIATE_OR_CANCEL, null, null,
                null, null, null, null, null);
        send("POST", "/portfolio/events/orders", JSON.writeValueAsString(ioc));
    }

    private void cancelOldest() throws IOException, InterruptedException {
        String id = resting.pollFirst();
        if (id != null) {
            send("DELETE", "/portfolio/events/orders/" + id, null);
        }
    }

    /** One signed request; returns the body of a 2xx answer, null otherwise. */
    private JsonNode send(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        String path = "/trade-api/v2" + pathAndQuery;
        KalshiAuthHeaders auth = KalshiAuthHeaders.sign(credentials, WallClock.instance(), method, path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        auth.asMap().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (response.statusCode() >= 500) {
            errors5xx.incrementAndGet();
        }
        return response.statusCode() / 100 == 2 && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
