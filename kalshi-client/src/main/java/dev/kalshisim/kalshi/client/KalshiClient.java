package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A Kalshi Trade API v2 REST client for production, demo or a simulator: signed, throttled by the
 * account's own token buckets, and retrying without ever doubling an order.
 *
 * <p>Endpoints are grouped in views: {@link #exchange()}, {@link #markets()}, {@link #portfolio()},
 * {@link #orders()}, {@link #account()}, plus {@link #metadata()} for cached details. Each call
 * has a blocking form and an {@code Async} form returning a {@code CompletableFuture}; failures
 * are {@link KalshiApiException} (the server said no), {@link RateLimitedException} (429, after
 * retries), {@link KalshiTransportException} (no usable answer) or
 * {@link OrderOutcomeUnknownException}.
 *
 * <p>Every request passes retry, error decoding, the {@link ThrottleStats throttle}, signing and
 * the {@code java.net.http} transport, in that order. Waits (throttle, backoff) are timers on the
 * {@link Clock}, so no thread blocks while a request waits, and a virtual clock drives them in tests.
 *
 * <pre>{@code
 * try (KalshiClient client = KalshiClient.builder(KalshiClient.DEMO_BASE_URL)
 *         .credentials(Credentials.fromEnvironment(System.getenv()))
 *         .build()) {
 *     Balance balance = client.portfolio().balance();
 * }
 * }</pre>
 *
 * <p>Thread-safe; share one client per account. {@link #close()} stops the client's own threads.
 */
public final class KalshiClient implements AutoCloseable {

    /** Kalshi production. */
    public static final String PRODUCTION_BASE_URL = "https://external-api.kalshi.com/trade-api/v2";
    /** Kalshi's demo environment (separate keys). */
    public static final String DEMO_BASE_URL = "https://external-api.demo.kalshi.co/trade-api/v2";

    private final BaseUrl baseUrl;
    private final Throttle throttle;
    private final ExecutorService ownedExecutor;
    private final ExchangeApi exchange;
    private final MarketDataApi markets;
    private final PortfolioApi portfolio;
    private final OrdersApi orders;
    private final AccountApi account;
    private final CachedMetadata metadata;
    private final RawReads raw;

    private KalshiClient(Builder builder) {
        this.baseUrl = BaseUrl.parse(builder.baseUrl);
        this.ownedExecutor = builder.executor == null ? newDaemonPool() : null;
        Executor executor = builder.executor != null ? builder.executor : ownedExecutor;
        Stage transport = builder.transport != null ? builder.transport
                : new HttpTransport(builder.httpClient != null ? builder.httpClient : defaultHttpClient(), baseUrl,
                        builder.requestTimeout);
        Stage signed = builder.credentials == null ? transport
                : new RequestSigning(builder.credentials, builder.clock, baseUrl, transport);
        boolean authenticated = builder.credentials != null;
        RateLimitsLoader loader = new RateLimitsLoader(new ErrorDecoding(builder.clock, signed), authenticated,
                builder.tierTable, builder.fallbackTier);
        this.throttle = new Throttle(builder.throttle, loader, authenticated, builder.clock, executor,
                builder.throttleRefreshInterval.toNanos(), signed);
        Retrier retrier = new Retrier(builder.retryPolicy, builder.retryPolicy.backoff(), builder.random, builder.clock,
                executor, builder.throttle, builder.retryListener);
        RestCaller caller = new RestCaller(new ErrorDecoding(builder.clock, throttle), retrier);
        this.exchange = new ExchangeApi(caller);
        this.markets = new MarketDataApi(caller);
        this.portfolio = new PortfolioApi(caller);
        this.orders = new OrdersApi(caller,
                new OrderCreateGuard(caller, new OrderLookup(caller), builder.clock, builder.clientOrderIds));
        this.account = new AccountApi(caller);
        this.metadata = new CachedMetadata(markets, builder.clock, builder.metadataTtl.toNanos());
        this.raw = new RawReads(caller);
    }

    /** A builder for a client of {@code baseUrl}, e.g. {@link #DEMO_BASE_URL} or {@link #simulatorBaseUrl(int)}. */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The base URL of a simulator on this machine: {@code http://127.0.0.1:PORT/trade-api/v2}. */
    public static String simulatorBaseUrl(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
        return "http://127.0.0.1:" + port + "/trade-api/v2";
    }

    /** Exchange status, schedule and portfolio staleness. */
    public ExchangeApi exchange() {
        return exchange;
    }

    /** Markets, order books, trades, candlesticks, events and series. */
    public MarketDataApi markets() {
        return markets;
    }

    /** Balance, positions, orders, fills, settlements and queue positions. */
    public PortfolioApi portfolio() {
        return portfolio;
    }

    /** Order entry: create, cancel, amend, decrease, batches, cancel all. */
    public OrdersApi orders() {
        return orders;
    }

    /** Limits, endpoint costs and the usage-level upgrade. */
    public AccountApi account() {
        return account;
    }

    /** Market, event and series details cached with a time-to-live. */
    public CachedMetadata metadata() {
        return metadata;
    }

    /** GETs answered as the exact text the server sent, for recorders and backfills. */
    public RawReads raw() {
        return raw;
    }

    /** The throttle's counters now: tokens and requests per bucket, waiting time, 429s. */
    public ThrottleStats throttleStats() {
        return throttle.stats();
    }

    /** The base URL this client talks to. */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /** Stops the client's own worker threads (not an executor supplied to the builder). */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    @Override
    public String toString() {
        return "KalshiClient[" + baseUrl + "]";
    }

    private static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static ExecutorService newDaemonPool() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "kalshi-client-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Settings of a {@link KalshiClient}. Defaults: no credentials (public endpoints only), the
     * wall clock, throttle on with a 5-minute refresh and the basic tier as fallback,
     * {@link RetryPolicy#DEFAULT}, an unseeded random source, a 5-minute metadata TTL, a 10 s
     * request timeout, random UUID client order ids.
     */
    public static final class Builder {
        private final String baseUrl;
        private Credentials credentials;
        private Clock clock = WallClock.instance();
        private HttpClient httpClient;
        private Duration requestTimeout = Duration.ofSeconds(10);
        private boolean throttle = true;
        private Duration throttleRefreshInterval = Duration.ofMinutes(5);
        private TierTable tierTable = TierTable.defaults();
        private Tier fallbackTier = Tier.BASIC;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Random random = new Random();
        private Duration metadataTtl = Duration.ofMinutes(5);
        private Executor executor;
        private Supplier<String> clientOrderIds = () -> UUID.randomUUID().toString();
        private Retrier.RetryListener retryListener = Retrier.RetryListener.NONE;
        private Stage transport;

        private Builder(String baseUrl) {
            BaseUrl.parse(baseUrl);
            this.baseUrl = baseUrl;
        }

        /** Signs every request with this key. Without credentials only public endpoints work. */
        public Builder credentials(Credentials value) {
            this.credentials = value;
            return this;
        }

        /** The clock for signing timestamps, throttle refills, backoff waits and cache expiry. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The HTTP client to send with (proxy, TLS, connect timeout). */
        public Builder httpClient(HttpClient value) {
            this.httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /** How long one attempt waits for its response before it counts as an ambiguous failure. */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        /** Whether to pace requests by the account's token buckets (on by default). */
        public Builder throttle(boolean enabled) {
            this.throttle = enabled;
            return this;
        }

        /** How often the throttle reloads {@code /account/limits} and {@code /account/endpoint_costs}. */
        public Builder throttleRefreshInterval(Duration value) {
            this.throttleRefreshInterval = positive(value, "throttleRefreshInterval");
            return this;
        }

        /** The tier table and tier to pace by when {@code GET /account/limits} is unavailable. */
        public Builder fallbackLimits(TierTable table, Tier tier) {
            this.tierTable = Objects.requireNonNull(table, "table");
            this.fallbackTier = Objects.requireNonNull(tier, "tier");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** The source of backoff jitter; seed it for repeatable waits. */
        public Builder random(Random value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** How long {@link KalshiClient#metadata()} keeps an entry. */
        public Builder metadataTtl(Duration value) {
            this.metadataTtl = Objects.requireNonNull(value, "metadataTtl");
            return this;
        }

        /** Where continuations run after a wait; by default the client's own daemon threads. */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /** Generates client order ids for orders created without one (random UUIDs by default). */
        public Builder clientOrderIds(Supplier<String> value) {
            this.clientOrderIds = Objects.requireNonNull(value, "clientOrderIds");
            return this;
        }

        /** Replaces the HTTP transport (tests). */
        Builder transport(Stage value) {
            this.transport = value;
            return this;
        }

        /** Observes retries (tests, statistics). */
        Builder retryListener(Retrier.RetryListener value) {
            this.retryListener = value;
            return this;
        }

        public KalshiClient build() {
            return new KalshiClient(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
