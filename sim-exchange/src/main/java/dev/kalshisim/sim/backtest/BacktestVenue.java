package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.AccountReader;
import dev.kalshisim.core.runtime.EventStream;
import dev.kalshisim.core.runtime.MarketReader;
import dev.kalshisim.core.runtime.OrderGateway;
import dev.kalshisim.core.runtime.Venue;
import dev.kalshisim.core.runtime.VenuePacing;
import dev.kalshisim.core.runtime.VenueRejectedException;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrderV2Result;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import dev.kalshisim.core.wire.BatchCreateOrderV2Result;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.limits.Charge;
import dev.kalshisim.sim.limits.RateLimiter;
import dev.kalshisim.sim.limits.TierGrants;
import dev.kalshisim.sim.limits.UnsignedLimit;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.wire.MarketPayloads;
import dev.kalshisim.sim.wire.MemberPayloads;
import dev.kalshisim.sim.wire.OrderAnswers;
import dev.kalshisim.sim.wire.OrderCommands;
import dev.kalshisim.sim.wire.Rejections;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The backtest's venue behind the runtime's ports: the replay exchange reached through latency and
 * the account's rate limits, answering in Kalshi's V2 wire records with the simulator's own mappings
 * ({@code sim.wire}), so the runner cannot tell it from the live venue.
 *
 * <p>Every request is priced by the same cost table as the simulator's router. With pacing on it
 * first waits for tokens in core's {@link Pacer}, exactly as the live client's throttle does; then
 * it travels for the entry latency; at the exchange the simulator's own {@link RateLimiter} charges
 * the account's bucket and answers 429 with the wait when it is short (with pacing on that cannot
 * happen, which the tests show); the answer travels back for the acknowledgement latency.
 *
 * <p>Single-threaded: everything runs on the thread advancing the virtual clock.
 */
final class BacktestVenue implements Venue, OrderGateway, AccountReader, EventStream, MarketReader {

    private static final String API = "/trade-api/v2";
    private static final String ORDERS = API + "/portfolio/events/orders";
    private static final String ORDER = ORDERS + "/{order_id}";
    private static final String BATCH = ORDERS + "/batched";
    private static final String AMEND = ORDER + "/amend";
    private static final String DECREASE = ORDER + "/decrease";
    private static final String POSITIONS = API + "/portfolio/positions";
    private static final String RESTING = API + "/portfolio/orders";
    private static final String ONE_ORDER = API + "/portfolio/orders/{order_id}";
    private static final String BALANCE = API + "/portfolio/balance";
    private static final String ORDERBOOK = API + "/markets/{ticker}/orderbook";
    private static final String API_KEY = "backtest-key";

    private final VirtualClock clock;
    private final BacktestExchange exchange;
    private final ReplayLog log;
    private final Latencies latencies;
    private final BacktestJournal journal;
    private final EndpointCosts costs;
    private final Pacer pacer;
    private final RateLimiter limiter;
    private final ViewBooks views;
    private final BookSource[] sources;
    private final Set<String> subscribed = new HashSet<>();
    private final Set<String> markets;
    private final boolean[] subscribedIndex;
    private final Map<String, Long> tokensByBucket = new TreeMap<>();
    private final Map<String, Long> tokensByEndpoint = new TreeMap<>();
    private final List<Runnable> held = new ArrayList<>();
    private Sink sink;
    private boolean closed;
    private boolean answering;
    private long rejections;
    private long rejections429;
    private long waitNanos;
    private long ordersAccepted;
    private long fills;
    private Money fees = Money.ZERO;
    private Money lastCash;

    BacktestVenue(VirtualClock clock, BacktestExchange exchange, ReplayLog log, Latencies latencies,
            BacktestJournal journal, Tier tier, boolean pacing) {
        this.clock = clock;
        this.exchange = exchange;
        this.log = log;
        this.latencies = latencies;
        this.journal = journal;
        this.costs = EndpointCosts.defaults();
        TierTable tiers = TierTable.defaults();
        this.pacer = pacing ? new Pacer(tiers.limits(tier), clock, Runnable::run) : null;
        TierGrants grants = new TierGrants();
        grants.set(BacktestExchange.STRATEGY, tier);
        this.limiter = new RateLimiter(clock, tiers, costs, grants, UnsignedLimit.NONE);
        this.views = new ViewBooks(log.marketCount(), exchange.model(), exchange.orders());
        exchange.orders().onLevelChange(views::refresh);
        exchange.onTaken(views::refresh);
        this.sources = new BookSource[log.marketCount()];
        for (int i = 0; i < sources.length; i++) {
            int market = i;
            String ticker = log.ticker(i);
            sources[i] = () -> views.view(market, ticker);
        }
        this.subscribedIndex = new boolean[log.marketCount()];
        this.markets = Collections.unmodifiableSet(new LinkedHashSet<>(log.tickers()));
        this.lastCash = cash();
        exchange.addListener(this::onExchangeEvent);
    }

    // ---- the ports ---------------------------------------------------------------------------------

    @Override
    public OrderGateway orders() {
        return this;
    }

    @Override
    public AccountReader account() {
        return this;
    }

    @Override
    public EventStream stream() {
        return this;
    }

    /** Every market of the recording. */
    @Override
    public Set<String> markets() {
        return markets;
    }

    @Override
    public VenuePacing pacing() {
        return new VenuePacing(rejections429, waitNanos);
    }

    // ---- orders -------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order) {
        return request("POST", ORDERS, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, order.clientOrderId(),
                order.ticker(), "create", () -> {
                    PlaceOrder command = OrderCommands.place(BacktestExchange.STRATEGY, order,
                            exchange.engine().limits());
                    OrderResult result = exchange.place(command);
                    if (!result.isAccepted()) {
                        throw Rejections.toException(result.reject(), result.message());
                    }
                    ordersAccepted++;
                    return OrderAnswers.created(result);
                });
    }

    @Override
    public CompletableFuture<BatchCreateOrdersV2Response> batchCreate(List<CreateOrderV2Request> orders) {
        return request("POST", BATCH, orders.size(), PacedBucket.Priority.NORMAL, null, null, "batch_create", () -> {
            // An empty or oversized batch is refused whole, as the REST route refuses it.
            OrderCommands.batchItems(orders, exchange.engine().limits());
            List<BatchCreateOrderV2Result> results = new ArrayList<>(orders.size());
            for (CreateOrderV2Request item : orders) {
                if (item == null) {
                    results.add(BatchCreateOrderV2Result.failed(null,
                            ApiException.invalid("order must be an object").toError()));
                    continue;
                }
                try {
                    PlaceOrder command = OrderCommands.place(BacktestExchange.STRATEGY, item, exchange.engine().limits());
                    OrderResult result = exchange.place(command);
                    if (result.isAccepted()) {
                        ordersAccepted++;
                        results.add(BatchCreateOrderV2Result.of(OrderAnswers.created(result)));
                    } else {
                        refused(item.clientOrderId(), item.ticker(), "batch_create",
                                Rejections.toException(result.reject(), result.message()));
                        results.add(BatchCreateOrderV2Result.failed(item.clientOrderId(),
                                Rejections.toError(result.reject(), result.message())));
                    }
                } catch (ApiException invalid) {
                    refused(item.clientOrderId(), item.ticker(), "batch_create", invalid);
                    results.add(BatchCreateOrderV2Result.failed(item.clientOrderId(), invalid.toError()));
                }
            }
            return new BatchCreateOrdersV2Response(results);
        });
    }

    @Override
    public CompletableFuture<CancelOrderV2Response> cancel(String orderId, String ticker) {
        return request("DELETE", ORDER, EndpointPrice.SINGLE, PacedBucket.Priority.CANCEL, null, ticker, "cancel", () -> {
            CancelResult result = exchange.cancel(orderId);
            if (!result.isAccepted()) {
                throw Rejections.toException(result.reject(), result.message());
            }
            return OrderAnswers.canceled(result);
        });
    }

    @Override
    public CompletableFuture<BatchCancelOrdersV2Response> batchCancel(List<BatchCancelOrderV2Item> orders) {
        return request("DELETE", BATCH, orders.size(), PacedBucket.Priority.CANCEL, null, null, "batch_cancel", () -> {
            List<String> ids = OrderCommands.cancelIds(OrderCommands.batchItems(orders, exchange.engine().limits()));
            List<BatchCancelOrderV2Result> results = new ArrayList<>(ids.size());
            for (CancelResult result : exchange.cancelAll(ids)) {
                results.add(OrderAnswers.canceledItem(result));
            }
            return new BatchCancelOrdersV2Response(results);
        });
    }

    @Override
    public CompletableFuture<AmendOrderV2Response> amend(String orderId, AmendOrderV2Request amend) {
        return request("POST", AMEND, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, amend.clientOrderId(),
                amend.ticker(), "amend", () -> {
                    OrderResult result = exchange.amend(OrderCommands.amend(BacktestExchange.STRATEGY, orderId, amend,
                            exchange.engine().limits()));
                    if (!result.isAccepted()) {
                        throw Rejections.toException(result.reject(), result.message());
                    }
                    return OrderAnswers.amended(result);
                });
    }

    @Override
    public CompletableFuture<DecreaseOrderV2Response> decrease(String orderId, DecreaseOrderV2Request decrease) {
        return request("POST", DECREASE, EndpointPrice.SINGLE, PacedBucket.Priority.CANCEL, null, null, "decrease",
                () -> {
                    CancelResult result = exchange.decrease(OrderCommands.decrease(BacktestExchange.STRATEGY, orderId,
                            decrease, exchange.engine().limits()));
                    if (!result.isAccepted()) {
                        throw Rejections.toException(result.reject(), result.message());
                    }
                    return OrderAnswers.decreased(result);
                });
    }

    // ---- account reads ------------------------------------------------------------------------------

    @Override
    public CompletableFuture<List<MarketPosition>> positions() {
        return request("GET", POSITIONS, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, null, null, "positions",
                () -> exchange.engine().positions(BacktestExchange.STRATEGY, PositionQuery.all()));
    }

    @Override
    public CompletableFuture<List<Order>> restingOrders() {
        return request("GET", RESTING, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, null, null, "orders",
                () -> exchange.engine().orders(BacktestExchange.STRATEGY, OrderQuery.all().withStatus(OrderStatus.RESTING)));
    }

    @Override
    public CompletableFuture<Money> balance() {
        return request("GET", BALANCE, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, null, null, "balance",
                this::cash);
    }

    @Override
    public CompletableFuture<Order> order(String orderId) {
        return request("GET", ONE_ORDER, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, null, null, "order",
                () -> Rejections.orThrow(exchange.engine().order(BacktestExchange.STRATEGY, orderId)));
    }

    @Override
    public MarketReader marketReader() {
        return this;
    }

    /**
     * {@code GET /markets/{ticker}/orderbook}: paced and charged like every other read (the read
     * bucket, the cost table's price), answered with the book the stream would show at that moment.
     */
    @Override
    public CompletableFuture<BookView> orderbook(String ticker) {
        return request("GET", ORDERBOOK, EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL, null, ticker, "orderbook",
                () -> {
                    int market = exchange.markets().indexOf(ticker);
                    if (market < 0) {
                        throw new ApiException(404, "not_found", "market " + ticker + " not found");
                    }
                    return views.view(market, ticker);
                });
    }

    // ---- the stream ---------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> open(Sink sink) {
        this.sink = sink;
        CompletableFuture<Void> opened = new CompletableFuture<>();
        clock.schedule(latencies.ack(latencies.entry(clock.nowNanos())), () -> opened.complete(null));
        return opened;
    }

    @Override
    public CompletableFuture<Void> subscribe(Set<String> tickers) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long at = latencies.ack(latencies.entry(clock.nowNanos()));
        clock.schedule(at, () -> {
            for (String ticker : tickers) {
                subscribed.add(ticker);
                int market = exchange.markets().indexOf(ticker);
                if (market >= 0) {
                    subscribedIndex[market] = true;
                    if (sink != null && !closed) {
                        // A subscription starts with a snapshot of the book as it is.
                        sink.onBook(ticker, sources[market]);
                    }
                }
            }
            done.complete(null);
        });
        return done;
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * Market data reaching the strategy: the view cursor's current record, at its delivery time.
     * Called by the driver on the clock's thread.
     */
    void deliver(ReplayCursor record) {
        int kind = record.kind();
        if (kind == ReplayKind.TRADE) {
            int market = record.marketIndex();
            if (sink != null && !closed && subscribedIndex[market]) {
                sink.onTrade(trade(record, market));
            }
            return;
        }
        if (kind == ReplayKind.TICKER || kind == ReplayKind.STATUS) {
            return;
        }
        if (views.apply(record)) {
            int market = record.marketIndex();
            if (sink != null && !closed && subscribedIndex[market]) {
                sink.onBook(log.ticker(market), sources[market]);
            }
        }
    }

    private TradeUpdate trade(ReplayCursor record, int market) {
        long ref = record.tradeIdRef();
        String tradeId = ref == ReplayLogFormat.NO_STRING ? "recorded-" + record.index() : log.string(ref);
        Price yes = Price.ofUnits(record.priceUnits());
        BookSide taker = record.side() == ReplayLogFormat.SIDE_YES ? BookSide.BID
                : record.side() == ReplayLogFormat.SIDE_NO ? BookSide.ASK : null;
        OutcomeSide outcome = taker == null ? null : taker == BookSide.BID ? OutcomeSide.YES : OutcomeSide.NO;
        long millis = Math.floorDiv(record.recvNanos(), 1_000_000L);
        return new TradeUpdate(tradeId, log.ticker(market), yes, yes.complement(), Count.ofHundredths(record.quantity()),
                outcome, outcome, taker, false, Math.floorDiv(millis, 1000L), millis);
    }

    // ---- the exchange's news of the strategy --------------------------------------------------------

    private void onExchangeEvent(ExchangeEvent event) {
        long now = clock.nowNanos();
        if (event instanceof ExchangeEvent.OrderUpdated updated) {
            Order order = updated.order();
            journal.record(new BacktestEntry.OrderChange(now, order.orderId(), order.clientOrderId(), order.ticker(),
                    order.bookSide().wire(), order.yesPriceDollars(), order.initialCountFp(), order.fillCountFp(),
                    order.remainingCountFp(), order.status().wire(),
                    updated.cancelReason() == null ? null : updated.cancelReason().toString().toLowerCase()));
            var message = MemberPayloads.userOrder(updated);
            tell(latencies.ack(now), () -> sink.onUserOrder(message));
        } else if (event instanceof ExchangeEvent.OrderFilled filled) {
            var fill = filled.fill();
            fills++;
            fees = fees.plus(fill.feeCost());
            journal.record(new BacktestEntry.Fill(now, fill.tradeId(), fill.orderId(), fill.ticker(),
                    fill.bookSide().wire(), fill.yesPriceDollars(), fill.countFp(), fill.isTaker(), fill.feeCost(),
                    filled.postPosition()));
            cashChanged(now, fill.feeCost(), "fill");
            var message = MemberPayloads.fill(filled);
            tell(latencies.ack(now), () -> sink.onFill(message));
        } else if (event instanceof ExchangeEvent.PositionUpdated updated) {
            MarketPosition position = updated.position();
            journal.record(new BacktestEntry.Position(now, position.ticker(), position.positionFp(),
                    position.marketExposureDollars(), position.realizedPnlDollars(), position.feesPaidDollars()));
        } else if (event instanceof ExchangeEvent.SettlementPaid paid) {
            var settlement = paid.settlement();
            Money before = lastCash;
            cashChanged(now, Money.ZERO, "settlement");
            Count position = settlement.yesCountFp().minus(settlement.noCountFp());
            journal.record(new BacktestEntry.Settlement(now, settlement.ticker(),
                    settlement.marketResult() == null ? "" : settlement.marketResult().wire(), position,
                    lastCash.minus(before)));
        } else if (event instanceof ExchangeEvent.MarketLifecycleChanged changed) {
            var message = MarketPayloads.lifecycle(changed);
            if (message != null) {
                tell(latencies.marketData(now), () -> sink.onLifecycle(message));
            }
        }
    }

    /**
     * Sends a private message on its channel. While a request is being answered its messages wait
     * for the answer, so the strategy hears the answer first, as a REST reply usually beats the
     * WebSocket push it caused.
     */
    private void tell(long at, Runnable message) {
        if (answering) {
            held.add(message);
            return;
        }
        schedule(at, message);
    }

    private void releaseHeld() {
        answering = false;
        for (Runnable message : held) {
            schedule(latencies.ack(clock.nowNanos()), message);
        }
        held.clear();
    }

    private void schedule(long at, Runnable message) {
        clock.schedule(at, () -> {
            if (sink != null && !closed) {
                message.run();
            }
        });
    }

    private void cashChanged(long now, Money fee, String reason) {
        Money cash = cash();
        if (!cash.equals(lastCash) || fee.isPositive()) {
            journal.record(new BacktestEntry.Cash(now, cash, cash.minus(lastCash), fee, reason));
            lastCash = cash;
        }
    }

    /** The strategy's cash, reserved collateral included. */
    Money cash() {
        return exchange.engine().balance(BacktestExchange.STRATEGY).value().cash();
    }

    // ---- requests -------------------------------------------------------------------------------------

    /**
     * One request: paced (when on), carried to the exchange, charged there by the simulator's
     * limiter, answered by {@code atExchange}, and carried back. An {@link ApiException} from
     * {@code atExchange} is Kalshi's refusal, delivered as a typed rejection.
     */
    private <T> CompletableFuture<T> request(String method, String template, int batchItems,
            PacedBucket.Priority priority, String clientOrderId, String ticker, String what, Supplier<T> atExchange) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        EndpointPrice price = costs.priceOf(method, template);
        long asked = clock.nowNanos();
        if (pacer == null) {
            send(answer, null, asked, method, template, price, batchItems, clientOrderId, ticker, what, atExchange);
        } else {
            pacer.acquire(price, batchItems, priority).whenComplete((permit, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                    return;
                }
                send(answer, permit, asked, method, template, price, batchItems, clientOrderId, ticker, what,
                        atExchange);
            });
        }
        return answer;
    }

    private <T> void send(CompletableFuture<T> answer, Pacer.Permit permit, long asked, String method, String template,
            EndpointPrice price, int batchItems, String clientOrderId, String ticker, String what,
            Supplier<T> atExchange) {
        long sent = clock.nowNanos();
        long waited = sent - asked;
        waitNanos += waited;
        clock.schedule(latencies.entry(sent), () -> {
            long arrived = clock.nowNanos();
            Charge charge = limiter.chargeKey(API_KEY, BacktestExchange.STRATEGY, price, batchItems);
            String endpoint = method + " " + template;
            String bucket = price.bucket().wire();
            if (!charge.allowed()) {
                rejections429++;
                long retryAfter = charge.probe() == null ? 0 : charge.probe().nanosToWait();
                journal.record(new BacktestEntry.Tokens(arrived, bucket, endpoint, 0, waited, true));
                Rejection rejection = new Rejection("too_many_requests", 429, OptionalLong.of(retryAfter),
                        "too many requests");
                refused(clientOrderId, ticker, what, rejection);
                answerLater(answer, permit, true, null, VenueRejectedException.worded(rejection));
                return;
            }
            tokensByBucket.merge(bucket, charge.costTokens(), Long::sum);
            tokensByEndpoint.merge(endpoint, charge.costTokens(), Long::sum);
            journal.record(new BacktestEntry.Tokens(arrived, bucket, endpoint, charge.costTokens(), waited, false));
            T value;
            answering = true;
            try {
                value = atExchange.get();
            } catch (ApiException refusal) {
                Rejection rejection = rejectionOf(refusal);
                refused(clientOrderId, ticker, what, rejection);
                answerLater(answer, permit, false, null, VenueRejectedException.worded(rejection));
                releaseHeld();
                return;
            } catch (RuntimeException bug) {
                // Not a refusal: the venue failed. The runner treats it as a request that got no answer.
                answerLater(answer, permit, false, null, bug);
                releaseHeld();
                return;
            }
            answerLater(answer, permit, false, value, null);
            releaseHeld();
        });
    }

    private <T> void answerLater(CompletableFuture<T> answer, Pacer.Permit permit, boolean rateLimited, T value,
            Throwable failure) {
        clock.schedule(latencies.ack(clock.nowNanos()), () -> {
            if (permit != null) {
                permit.settled();
                if (rateLimited) {
                    permit.rateLimited();
                }
            }
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(value);
            }
        });
    }

    private void refused(String clientOrderId, String ticker, String what, ApiException refusal) {
        refused(clientOrderId, ticker, what, rejectionOf(refusal));
    }

    /** Kalshi's refusal as the strategy API's rejection. */
    private static Rejection rejectionOf(ApiException refusal) {
        return new Rejection(refusal.code(), refusal.status(), OptionalLong.empty(), refusal.getMessage());
    }

    private void refused(String clientOrderId, String ticker, String what, Rejection rejection) {
        rejections++;
        journal.record(new BacktestEntry.Rejection(clock.nowNanos(), clientOrderId, ticker, what, rejection.code(),
                rejection.httpStatus(), rejection.retryAfterNanos().orElse(0L), rejection.message()));
    }

    // ---- what the result reads --------------------------------------------------------------------------

    ViewBooks views() {
        return views;
    }

    long rejections() {
        return rejections;
    }

    long rejections429() {
        return rejections429;
    }

    long waitNanos() {
        return waitNanos;
    }

    long ordersAccepted() {
        return ordersAccepted;
    }

    long fills() {
        return fills;
    }

    Money fees() {
        return fees;
    }

    Map<String, Long> tokensByBucket() {
        return Collections.unmodifiableMap(new TreeMap<>(tokensByBucket));
    }

    Map<String, Long> tokensByEndpoint() {
        return Collections.unmodifiableMap(new TreeMap<>(tokensByEndpoint));
    }
}
