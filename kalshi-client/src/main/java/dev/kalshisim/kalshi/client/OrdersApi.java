package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Request;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Request;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import dev.kalshisim.core.wire.GetOrderResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Order entry through Kalshi's V2 endpoints under {@code /portfolio/events/orders}. Every call
 * spends write tokens; cancels queue ahead of other writes in the throttle.
 *
 * <p>Retries never duplicate an order:
 * <ul>
 *   <li>{@link #create} always sends a {@code client_order_id} and reconciles after ambiguous
 *       failures (see {@link OrderCreateGuard}).</li>
 *   <li>Cancels are retried after any transient failure, since cancelling twice leaves the same
 *       state. A 404 on a retry after an ambiguous attempt is checked with
 *       {@code GET /portfolio/orders/{id}}: if the order is canceled, an earlier attempt did it, and
 *       the cancel succeeds with {@code reduced_by} null (the amount is no longer known).</li>
 *   <li>A decrease with {@code reduce_to} is idempotent and retried like a cancel; amend, decrease
 *       with {@code reduce_by} and batch create are retried only after 429, 503 or an unsent
 *       connection. A batch create's items get client order ids too, so the caller can reconcile.</li>
 * </ul>
 * Thread-safe.
 */
public final class OrdersApi {

    static final String ORDERS_PATH = "/portfolio/events/orders";
    private static final String BATCH_PATH = ORDERS_PATH + "/batched";

    private final RestCaller caller;
    private final OrderCreateGuard guard;

    OrdersApi(RestCaller caller, OrderCreateGuard guard) {
        this.caller = caller;
        this.guard = guard;
    }

    /** Places an order ({@code POST /portfolio/events/orders}, 201), filling in a client order id if absent. */
    public CompletableFuture<CreateOrderV2Response> createAsync(CreateOrderV2Request order) {
        return guard.create(order);
    }

    public CreateOrderV2Response create(CreateOrderV2Request order) {
        return RestCaller.await(createAsync(order));
    }

    /** Cancels a resting order ({@code DELETE /portfolio/events/orders/{order_id}}). */
    public CompletableFuture<CancelOrderV2Response> cancelAsync(String orderId) {
        return cancelAsync(orderId, null, null);
    }

    public CancelOrderV2Response cancel(String orderId) {
        return RestCaller.await(cancelAsync(orderId));
    }

    /**
     * Cancels a resting order.
     *
     * @param marketTicker routes the cancel to the market's shard, or null
     * @param subaccount the order's subaccount, or null for the primary
     */
    public CompletableFuture<CancelOrderV2Response> cancelAsync(String orderId, String marketTicker, Integer subaccount) {
        List<ApiRequest.Param> query = new ApiRequest.Query().add("subaccount", subaccount).add("market_ticker", marketTicker).build();
        ApiRequest request = ApiRequest.write("DELETE", ORDERS_PATH + "/" + ApiRequest.segment(orderId), query, null,
                RequestKind.CANCEL, 0);
        AtomicBoolean mayHaveApplied = new AtomicBoolean();
        return caller.retrier().run(attempt -> caller.sendOnce(request)
                        .thenApply(response -> caller.read(request, response, CancelOrderV2Response.class))
                        .exceptionallyCompose(failure -> afterCancelFailure(orderId, Retrier.unwrap(failure), mayHaveApplied)),
                (failure, attempt) -> RetryRules.retryable(RequestKind.CANCEL, failure));
    }

    public CancelOrderV2Response cancel(String orderId, String marketTicker, Integer subaccount) {
        return RestCaller.await(cancelAsync(orderId, marketTicker, subaccount));
    }

    /**
     * Amends price and/or size ({@code POST .../{order_id}/amend}); {@code count} is the new total
     * (filled plus remaining). Loses queue priority when price changes or size grows.
     */
    public CompletableFuture<AmendOrderV2Response> amendAsync(String orderId, AmendOrderV2Request amend) {
        return caller.write("POST", ORDERS_PATH + "/" + ApiRequest.segment(orderId) + "/amend", List.of(), amend,
                RequestKind.WRITE, 0, AmendOrderV2Response.class);
    }

    public AmendOrderV2Response amend(String orderId, AmendOrderV2Request amend) {
        return RestCaller.await(amendAsync(orderId, amend));
    }

    /** Reduces a resting order's size, keeping its queue priority ({@code POST .../{order_id}/decrease}). */
    public CompletableFuture<DecreaseOrderV2Response> decreaseAsync(String orderId, DecreaseOrderV2Request decrease) {
        if ((decrease.reduceBy() == null) == (decrease.reduceTo() == null)) {
            throw new IllegalArgumentException("a decrease needs exactly one of reduce_by and reduce_to: " + decrease);
        }
        // Reducing to an absolute size is the same however often it is applied; reducing by an amount is not.
        RequestKind kind = decrease.reduceTo() != null ? RequestKind.IDEMPOTENT_WRITE : RequestKind.WRITE;
        return caller.write("POST", ORDERS_PATH + "/" + ApiRequest.segment(orderId) + "/decrease", List.of(), decrease, kind, 0,
                DecreaseOrderV2Response.class);
    }

    public DecreaseOrderV2Response decrease(String orderId, DecreaseOrderV2Request decrease) {
        return RestCaller.await(decreaseAsync(orderId, decrease));
    }

    /**
     * Places several orders in one request ({@code POST .../batched}, 201), each result per item.
     * Costs the per-item cost times the number of orders, all at once: a batch that costs more
     * than the write bucket's capacity fails with {@link IllegalArgumentException} before sending.
     */
    public CompletableFuture<BatchCreateOrdersV2Response> batchCreateAsync(List<CreateOrderV2Request> orders) {
        requireItems(orders, "batch create");
        List<CreateOrderV2Request> identified = orders.stream().map(guard::withClientOrderId).toList();
        return caller.write("POST", BATCH_PATH, List.of(), new BatchCreateOrdersV2Request(identified), RequestKind.WRITE,
                identified.size(), BatchCreateOrdersV2Response.class);
    }

    public BatchCreateOrdersV2Response batchCreate(List<CreateOrderV2Request> orders) {
        return RestCaller.await(batchCreateAsync(orders));
    }

    /** Cancels several orders in one request ({@code DELETE .../batched} with a JSON body). */
    public CompletableFuture<BatchCancelOrdersV2Response> batchCancelAsync(List<BatchCancelOrderV2Item> orders) {
        requireItems(orders, "batch cancel");
        return caller.write("DELETE", BATCH_PATH, List.of(), new BatchCancelOrdersV2Request(orders), RequestKind.CANCEL,
                orders.size(), BatchCancelOrdersV2Response.class);
    }

    public BatchCancelOrdersV2Response batchCancel(List<BatchCancelOrderV2Item> orders) {
        return RestCaller.await(batchCancelAsync(orders));
    }

    /** Cancels the given order ids of the primary account in one request. */
    public BatchCancelOrdersV2Response batchCancelIds(List<String> orderIds) {
        return batchCancel(orderIds.stream().map(id -> new BatchCancelOrderV2Item(id, null, null, null)).toList());
    }

    /**
     * Cancels every resting order ({@code DELETE /portfolio/events/orders}, 204), on all shards.
     *
     * @param subaccount only this subaccount, or null for all
     */
    public CompletableFuture<Void> cancelAllAsync(Integer subaccount) {
        List<ApiRequest.Param> query = new ApiRequest.Query().add("subaccount", subaccount).build();
        return caller.write("DELETE", ORDERS_PATH, query, null, RequestKind.CANCEL, 0, Void.class);
    }

    public void cancelAll(Integer subaccount) {
        RestCaller.await(cancelAllAsync(subaccount));
    }

    private CompletableFuture<CancelOrderV2Response> afterCancelFailure(String orderId, Throwable failure,
            AtomicBoolean mayHaveApplied) {
        if (failure instanceof KalshiApiException api && api.status() == 404 && mayHaveApplied.get()) {
            return caller.get("/portfolio/orders/" + ApiRequest.segment(orderId), List.of(), GetOrderResponse.class)
                    .handle((found, lookupFailure) -> {
                        Order order = found == null ? null : found.order();
                        if (order != null && order.status() == OrderStatus.CANCELED) {
                            return new CancelOrderV2Response(order.orderId(), order.clientOrderId(), null,
                                    order.lastUpdateTime() == null ? 0L : order.lastUpdateTime().toEpochMilli());
                        }
                        throw api;
                    });
        }
        if (failure instanceof KalshiTransportException || failure instanceof KalshiApiException api5xx && api5xx.isServerError()) {
            mayHaveApplied.set(true);
        }
        return CompletableFuture.failedFuture(failure);
    }

    private static void requireItems(List<?> items, String what) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one order");
        }
    }
}
