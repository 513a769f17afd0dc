package dev.kalshisim.testkit;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.OrderType;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.AccountReader;
import dev.kalshisim.core.runtime.EventStream;
import dev.kalshisim.core.runtime.MarketReader;
import dev.kalshisim.core.runtime.OrderGateway;
import dev.kalshisim.core.runtime.Venue;
import dev.kalshisim.core.runtime.VenueRejectedException;
import dev.kalshisim.core.runtime.VenueUnreachableException;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Rejection;
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
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An in-memory venue behind the runtime's ports ({@link OrderGateway}, {@link AccountReader},
 * {@link EventStream}): the one fake venue for tests of a {@link dev.kalshisim.core.runtime.StrategyRunner}.
 * It keeps the account's orders, positions and balance, answers commands in Kalshi's V2 wire
 * records and refuses them with typed rejections, exactly as the ports promise, so a runner cannot
 * tell it from the live venue.
 *
 * <p>No matching: orders rest until the test fills them ({@link #fill}) or the venue cancels them
 * ({@link #cancelByVenue}); those venue-side happenings reach the runner on the stream, a fill
 * first, then the order's {@code user_order} message. Commands are answered by their futures only
 * (no {@code user_order} echo), at once by default; with {@link #holdAnswers} each waits as a
 * {@link Call} for the test to {@link Call#release() release} or {@link Call#refuse refuse}.
 *
 * <p>Thread-safe: the runner may call it from its loop thread while the test scripts it. Answers
 * complete on the calling thread, so on a {@link dev.kalshisim.core.runtime.VirtualClockLoop}
 * everything stays on the thread that advances the clock.
 */
public final class TestVenue implements Venue, OrderGateway, AccountReader, EventStream, MarketReader {

    private final Map<String, VenueOrder> orders = new LinkedHashMap<>();
    private final Map<String, Count> positions = new HashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Set<String>> subscriptions = new CopyOnWriteArrayList<>();
    private Money balance = Money.ofDollars(1_000);
    private long orderNumber;
    private long tradeNumber;
    private boolean holdAnswers;
    private Rejection rejectCreates;
    private String unreachable;
    private boolean silent;
    private final Map<String, BookView> books = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Set<String> markets = Set.of();
    private volatile Sink sink;
    private volatile boolean closed;

    // ---- scripting the venue -------------------------------------------------------------

    /** Whether command answers wait for the test ({@link Call#release()}) instead of coming at once. */
    public synchronized TestVenue holdAnswers(boolean on) {
        holdAnswers = on;
        return this;
    }

    /** From now on creates are refused with {@code rejection} (null: accepted again). */
    public synchronized TestVenue rejectCreates(Rejection rejection) {
        rejectCreates = rejection;
        return this;
    }

    /** From now on every account read fails without an answer, with {@code message}. */
    public synchronized TestVenue unreachable(String message) {
        unreachable = message;
        return this;
    }

    /** Sets the cash the account reads. */
    public synchronized TestVenue balance(Money value) {
        balance = value;
        return this;
    }

    /** Sets a position of the account, as if held before the run. */
    public synchronized TestVenue position(String ticker, Count position) {
        positions.put(ticker, position);
        return this;
    }

    /**
     * An order resting before the run (placed by an earlier one): a bid when {@code side} is BID.
     * Returns the venue's order id.
     */
    public synchronized String rest(String orderId, String clientOrderId, String ticker, BookSide side,
            Price yesPrice, Count remaining) {
        orders.put(orderId, new VenueOrder(orderId, clientOrderId, ticker, side, yesPrice, remaining));
        return orderId;
    }

    /** Runs {@code change} without telling the stream: its messages are lost (or still in flight). */
    public void silently(Runnable change) {
        synchronized (this) {
            silent = true;
        }
        try {
            change.run();
        } finally {
            synchronized (this) {
                silent = false;
            }
        }
    }

    // ---- what happens at the venue by itself ----------------------------------------------

    /**
     * {@code count} of a resting order (by venue or client order id) trades as a maker: the fill,
     * then the order's {@code user_order} message, on the stream. Returns both messages.
     */
    public News fill(String id, Count count) {
        News news = fillSilently(id, count);
        boolean tell;
        synchronized (this) {
            tell = !silent;
        }
        if (tell) {
            Sink to = requireSink();
            to.onFill(news.fill());
            to.onUserOrder(news.order());
        }
        return news;
    }

    /**
     * The same trade as {@link #fill}, its messages not sent: the test delivers them itself, in
     * any order, more than once, or never.
     */
    public synchronized News fillSilently(String id, Count count) {
        VenueOrder order = require(id);
        if (order.status != OrderStatus.RESTING || !count.isPositive() || count.compareTo(order.remaining) > 0) {
            throw new IllegalStateException("cannot fill " + count + " of " + id + ": it is " + order.status
                    + " with " + order.remaining + " remaining");
        }
        Count signed = order.side == BookSide.BID ? count : count.negate();
        Count post = positions.getOrDefault(order.ticker, Count.ZERO).plus(signed);
        positions.put(order.ticker, post);
        order.filled = order.filled.plus(count);
        order.remaining = order.remaining.minus(count);
        if (order.remaining.isZero()) {
            order.status = OrderStatus.EXECUTED;
        }
        tradeNumber++;
        FillUpdate fill = new FillUpdate("trade-" + tradeNumber, order.orderId, order.ticker, null, false, null,
                order.yesPrice, count, Money.ZERO, null, outcome(order.side), order.side, null, null,
                order.clientOrderId, post, null, null);
        return new News(fill, order.userOrder());
    }

    /** The venue cancels a resting order by itself (expiry, self-trade prevention, a pause). */
    public void cancelByVenue(String id) {
        UserOrderUpdate after;
        synchronized (this) {
            VenueOrder order = require(id);
            order.cancel();
            after = order.userOrder();
            if (silent) {
                return;
            }
        }
        requireSink().onUserOrder(after);
    }

    /** A book change of {@code book}'s market. */
    public void book(BookView book) {
        books.put(book.ticker(), book);
        requireSink().onBook(book.ticker(), () -> book);
    }

    /** Someone else's trade in {@code ticker}, the taker on {@code takerSide}. */
    public void trade(String ticker, Price yesPrice, Count count, BookSide takerSide) {
        String tradeId;
        synchronized (this) {
            tradeNumber++;
            tradeId = "market-trade-" + tradeNumber;
        }
        requireSink().onTrade(new TradeUpdate(tradeId, ticker, yesPrice, yesPrice.complement(), count, null,
                outcome(takerSide), takerSide, false, null, null));
    }

    /** A lifecycle message of a market. */
    public void lifecycle(MarketLifecycleUpdate update) {
        requireSink().onLifecycle(update);
    }

    /** The stream dropped and came back: what was sent meanwhile is lost. */
    public void reconnect() {
        requireSink().onReconnected();
    }

    /** The runner's side of the stream, for messages a test writes itself. */
    public Sink sink() {
        return requireSink();
    }

    // ---- what the test reads ---------------------------------------------------------------

    /** Every command call so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one kind: {@code create}, {@code batchCreate}, {@code cancel}, {@code batchCancel}, {@code amend}, {@code decrease}. */
    public List<Call> calls(String kind) {
        List<Call> matching = new ArrayList<>();
        for (Call call : calls) {
            if (call.kind().equals(kind)) {
                matching.add(call);
            }
        }
        return matching;
    }

    /** The venue's order (by venue or client order id) as {@code GET /portfolio/orders/{id}} shows it. */
    public synchronized Order venueOrder(String id) {
        return require(id).toOrder();
    }

    /** The account's position in {@code ticker} at the venue. */
    public synchronized Count positionAt(String ticker) {
        return positions.getOrDefault(ticker, Count.ZERO);
    }

    /** The market sets the runner subscribed to, in order. */
    public List<Set<String>> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** Whether the runner closed the stream. */
    public boolean closed() {
        return closed;
    }

    /**
     * The failure of a refused call, worded as the live venue words Kalshi's refusals
     * ({@code code (HTTP status): message}).
     */
    public static VenueRejectedException refusal(Rejection rejection) {
        return VenueRejectedException.worded(rejection);
    }

    // ---- the ports ---------------------------------------------------------------------------

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

    /** Sets the markets the venue offers the run ({@link Venue#markets()}); none unless set. */
    public TestVenue offering(String... tickers) {
        markets = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(tickers)));
        return this;
    }

    @Override
    public Set<String> markets() {
        return markets;
    }

    @Override
    public MarketReader marketReader() {
        return this;
    }

    /** Answers with the last book given to {@link #book}, or an empty one; recorded as an {@code orderbook} call. */
    @Override
    public CompletableFuture<BookView> orderbook(String ticker) {
        return call("orderbook", null, ticker, () -> books.getOrDefault(ticker, BookView.empty(ticker)));
    }

    @Override
    public CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order) {
        return call("create", null, order, () -> {
            VenueOrder placed = place(order);
            return new CreateOrderV2Response(placed.orderId, placed.clientOrderId, Count.ZERO, placed.remaining,
                    null, null, 0L);
        });
    }

    @Override
    public CompletableFuture<BatchCreateOrdersV2Response> batchCreate(List<CreateOrderV2Request> batch) {
        return call("batchCreate", null, batch, () -> {
            List<BatchCreateOrderV2Result> results = new ArrayList<>();
            for (CreateOrderV2Request order : batch) {
                try {
                    VenueOrder placed = place(order);
                    results.add(new BatchCreateOrderV2Result(placed.orderId, placed.clientOrderId, Count.ZERO,
                            placed.remaining, null, null, 0L, null));
                } catch (VenueRejectedException refused) {
                    Rejection rejection = refused.rejection();
                    results.add(new BatchCreateOrderV2Result(null, order.clientOrderId(), null, null, null, null, 0L,
                            new KalshiError(rejection.code(), rejection.message(), null)));
                }
            }
            return new BatchCreateOrdersV2Response(results);
        });
    }

    @Override
    public CompletableFuture<CancelOrderV2Response> cancel(String orderId, String ticker) {
        return call("cancel", orderId, ticker, () -> {
            VenueOrder order = open(orderId);
            Count reduced = order.remaining;
            order.cancel();
            return new CancelOrderV2Response(orderId, order.clientOrderId, reduced, 0L);
        });
    }

    @Override
    public CompletableFuture<BatchCancelOrdersV2Response> batchCancel(List<BatchCancelOrderV2Item> items) {
        return call("batchCancel", null, items, () -> {
            List<BatchCancelOrderV2Result> results = new ArrayList<>();
            for (BatchCancelOrderV2Item item : items) {
                VenueOrder order = orders.get(item.orderId());
                if (order == null || order.status != OrderStatus.RESTING) {
                    results.add(new BatchCancelOrderV2Result(item.orderId(), null, null, 0L,
                            new KalshiError("not_found", "order not found", null)));
                } else {
                    Count reduced = order.remaining;
                    order.cancel();
                    results.add(new BatchCancelOrderV2Result(order.orderId, order.clientOrderId, reduced, 0L, null));
                }
            }
            return new BatchCancelOrdersV2Response(results);
        });
    }

    @Override
    public CompletableFuture<AmendOrderV2Response> amend(String orderId, AmendOrderV2Request amend) {
        return call("amend", orderId, amend, () -> {
            VenueOrder order = open(orderId);
            Count remaining = amend.count().minus(order.filled);
            if (!remaining.isPositive()) {
                throw refusal(Rejection.of("invalid_parameters", 400, "the new count is not above the filled count"));
            }
            order.yesPrice = amend.price();
            order.remaining = remaining;
            return new AmendOrderV2Response(orderId, order.clientOrderId, remaining, order.filled, null, null, 0L);
        });
    }

    @Override
    public CompletableFuture<DecreaseOrderV2Response> decrease(String orderId, DecreaseOrderV2Request decrease) {
        return call("decrease", orderId, decrease, () -> {
            VenueOrder order = open(orderId);
            order.remaining = decrease.reduceTo() != null ? Count.min(decrease.reduceTo(), order.remaining)
                    : Count.max(Count.ZERO, order.remaining.minus(decrease.reduceBy()));
            if (order.remaining.isZero()) {
                order.status = OrderStatus.CANCELED;
            }
            return new DecreaseOrderV2Response(orderId, order.clientOrderId, order.remaining, 0L);
        });
    }

    @Override
    public synchronized CompletableFuture<List<MarketPosition>> positions() {
        List<MarketPosition> held = new ArrayList<>();
        positions.forEach((ticker, position) -> {
            if (!position.isZero()) {
                held.add(new MarketPosition(ticker, null, Money.ZERO, position, Money.ZERO, Money.ZERO, Money.ZERO,
                        null));
            }
        });
        return read(held);
    }

    @Override
    public synchronized CompletableFuture<List<Order>> restingOrders() {
        List<Order> resting = new ArrayList<>();
        for (VenueOrder order : orders.values()) {
            if (order.status == OrderStatus.RESTING) {
                resting.add(order.toOrder());
            }
        }
        return read(resting);
    }

    @Override
    public synchronized CompletableFuture<Money> balance() {
        return read(balance);
    }

    @Override
    public synchronized CompletableFuture<Order> order(String orderId) {
        VenueOrder order = find(orderId);
        if (order == null) {
            return CompletableFuture.failedFuture(refusal(Rejection.of("not_found", 404, "order not found")));
        }
        return read(order.toOrder());
    }

    @Override
    public CompletableFuture<Void> open(Sink value) {
        sink = value;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> subscribe(Set<String> tickers) {
        subscriptions.add(Set.copyOf(tickers));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        closed = true;
    }

    // ---- inside ------------------------------------------------------------------------------

    /** Records a command; answers it now, or leaves it for the test when answers are held. */
    private <T> CompletableFuture<T> call(String kind, String orderId, Object body, Supplier<T> apply) {
        Call call;
        boolean now;
        synchronized (this) {
            call = new Call(kind, orderId, body, apply);
            now = !holdAnswers;
        }
        calls.add(call);
        if (now) {
            call.release();
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<T> answer = (CompletableFuture<T>) call.answer();
        return answer;
    }

    private <T> CompletableFuture<T> read(T value) {
        if (unreachable != null) {
            return CompletableFuture.failedFuture(new VenueUnreachableException(unreachable, null));
        }
        return CompletableFuture.completedFuture(value);
    }

    private VenueOrder place(CreateOrderV2Request request) {
        if (rejectCreates != null) {
            throw refusal(rejectCreates);
        }
        orderNumber++;
        VenueOrder order = new VenueOrder("ord-" + orderNumber, request.clientOrderId(), request.ticker(),
                request.side(), request.price(), request.count());
        orders.put(order.orderId, order);
        return order;
    }

    private VenueOrder open(String orderId) {
        VenueOrder order = orders.get(orderId);
        if (order == null || order.status != OrderStatus.RESTING) {
            throw refusal(Rejection.of("not_found", 404, "order not found"));
        }
        return order;
    }

    private VenueOrder require(String id) {
        VenueOrder order = find(id);
        if (order == null) {
            throw new IllegalArgumentException("the venue has no order " + id + "; it has " + orders.keySet());
        }
        return order;
    }

    private VenueOrder find(String id) {
        VenueOrder order = orders.get(id);
        if (order != null) {
            return order;
        }
        for (VenueOrder candidate : orders.values()) {
            if (id.equals(candidate.clientOrderId)) {
                return candidate;
            }
        }
        return null;
    }

    private Sink requireSink() {
        Sink to = sink;
        if (to == null) {
            throw new IllegalStateException("the runner has not opened the stream yet");
        }
        return to;
    }

    private static OutcomeSide outcome(BookSide side) {
        return side == BookSide.BID ? OutcomeSide.YES : OutcomeSide.NO;
    }

    /**
     * One command the runner sent: what was asked and the future it waits on. Released, it takes
     * effect at the venue and is answered as the venue would; refused, it fails with the typed
     * rejection and changes nothing.
     */
    public final class Call {

        private final String kind;
        private final String orderId;
        private final Object body;
        private final Supplier<?> apply;
        private final CompletableFuture<Object> answer = new CompletableFuture<>();

        private Call(String kind, String orderId, Object body, Supplier<?> apply) {
            this.kind = kind;
            this.orderId = orderId;
            this.body = body;
            this.apply = apply;
        }

        /** {@code create}, {@code batchCreate}, {@code cancel}, {@code batchCancel}, {@code amend}, {@code decrease} or {@code orderbook}. */
        public String kind() {
            return kind;
        }

        /** The venue order id the call names, or null for creates and batches. */
        public String orderId() {
            return orderId;
        }

        /** The wire body (a cancel's body is its ticker). */
        public Object body() {
            return body;
        }

        /** The future the runner waits on; a test may complete it itself. */
        public CompletableFuture<Object> answer() {
            return answer;
        }

        /** Lets the call take effect at the venue and answers it (or refuses it, as the venue would). */
        public void release() {
            Object value;
            try {
                synchronized (TestVenue.this) {
                    value = apply.get();
                }
            } catch (VenueRejectedException refused) {
                answer.completeExceptionally(refused);
                return;
            }
            answer.complete(value);
        }

        /** Refuses the call with {@code rejection}; the venue's state stays as it is. */
        public void refuse(Rejection rejection) {
            answer.completeExceptionally(refusal(rejection));
        }
    }

    /**
     * What the stream says about one trade of the account's order.
     *
     * @param fill  the {@code fill} message
     * @param order the order's {@code user_order} message after the fill
     */
    public record News(FillUpdate fill, UserOrderUpdate order) {
    }

    /** An order as the venue holds it; guarded by the venue's lock. */
    private static final class VenueOrder {
        final String orderId;
        final String clientOrderId;
        final String ticker;
        final BookSide side;
        Price yesPrice;
        Count filled = Count.ZERO;
        Count remaining;
        OrderStatus status = OrderStatus.RESTING;

        VenueOrder(String orderId, String clientOrderId, String ticker, BookSide side, Price yesPrice,
                Count remaining) {
            this.orderId = orderId;
            this.clientOrderId = clientOrderId;
            this.ticker = ticker;
            this.side = side;
            this.yesPrice = yesPrice;
            this.remaining = remaining;
        }

        void cancel() {
            if (status == OrderStatus.RESTING) {
                status = OrderStatus.CANCELED;
                remaining = Count.ZERO;
            }
        }

        Order toOrder() {
            return new Order(orderId, "test-member", clientOrderId, ticker, null, null, outcome(side), side,
                    OrderType.LIMIT, status, yesPrice, yesPrice.complement(), filled, remaining,
                    filled.plus(remaining), null, null, null, null, null, null, null, null, null, null, 0, null);
        }

        UserOrderUpdate userOrder() {
            return new UserOrderUpdate(orderId, "test-member", ticker, status, null, null, outcome(side), side,
                    yesPrice, filled, remaining, filled.plus(remaining), null, null, null, null, clientOrderId, null,
                    null, null, null, null, null, null, null, null);
        }
    }
}
