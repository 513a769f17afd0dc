package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Balance;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.QueuePosition;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.wire.GetFillsResponse;
import dev.kalshisim.core.wire.GetOrderQueuePositionResponse;
import dev.kalshisim.core.wire.GetOrderQueuePositionsResponse;
import dev.kalshisim.core.wire.GetOrderResponse;
import dev.kalshisim.core.wire.GetOrdersResponse;
import dev.kalshisim.core.wire.GetPositionsResponse;
import dev.kalshisim.core.wire.GetSettlementsResponse;
import dev.kalshisim.core.wire.GetTotalRestingOrderValueResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The member's portfolio (authenticated): balance, positions, orders, fills, settlements and
 * queue positions. List methods return a lazy {@link Paginator}. Thread-safe.
 */
public final class PortfolioApi {

    private final RestCaller caller;

    PortfolioApi(RestCaller caller) {
        this.caller = caller;
    }

    /** {@code GET /portfolio/balance} of the primary account. */
    public CompletableFuture<Balance> balanceAsync() {
        return caller.get("/portfolio/balance", List.of(), Balance.class);
    }

    public Balance balance() {
        return RestCaller.await(balanceAsync());
    }

    /** {@code GET /portfolio/balance?subaccount=N}. */
    public CompletableFuture<Balance> balanceAsync(int subaccount) {
        return caller.get("/portfolio/balance", new ApiRequest.Query().add("subaccount", subaccount).build(), Balance.class);
    }

    public Balance balance(int subaccount) {
        return RestCaller.await(balanceAsync(subaccount));
    }

    /** Every market position matching {@code query}; event positions are on {@link #positionsPage}. */
    public Paginator<MarketPosition> positions(PositionsQuery query) {
        return new Paginator<>(cursor -> {
            GetPositionsResponse page = positionsPage(query, cursor);
            return new Page<>(page.marketPositions(), page.cursor());
        });
    }

    public CompletableFuture<GetPositionsResponse> positionsPageAsync(PositionsQuery query, String cursor) {
        return caller.get("/portfolio/positions", query.paramsWithCursor(cursor), GetPositionsResponse.class);
    }

    public GetPositionsResponse positionsPage(PositionsQuery query, String cursor) {
        return RestCaller.await(positionsPageAsync(query, cursor));
    }

    /** Every order matching {@code query} ({@code GET /portfolio/orders}). */
    public Paginator<Order> orders(OrdersQuery query) {
        return new Paginator<>(cursor -> {
            GetOrdersResponse page = ordersPage(query, cursor);
            return new Page<>(page.orders(), page.cursor());
        });
    }

    public CompletableFuture<GetOrdersResponse> ordersPageAsync(OrdersQuery query, String cursor) {
        return caller.get("/portfolio/orders", query.paramsWithCursor(cursor), GetOrdersResponse.class);
    }

    public GetOrdersResponse ordersPage(OrdersQuery query, String cursor) {
        return RestCaller.await(ordersPageAsync(query, cursor));
    }

    /** {@code GET /portfolio/orders/{order_id}}. */
    public CompletableFuture<Order> orderAsync(String orderId) {
        return caller.get("/portfolio/orders/" + ApiRequest.segment(orderId), List.of(), GetOrderResponse.class)
                .thenApply(GetOrderResponse::order);
    }

    public Order order(String orderId) {
        return RestCaller.await(orderAsync(orderId));
    }

    /** Every fill matching {@code query} ({@code GET /portfolio/fills}). */
    public Paginator<Fill> fills(FillsQuery query) {
        return new Paginator<>(cursor -> {
            GetFillsResponse page = fillsPage(query, cursor);
            return new Page<>(page.fills(), page.cursor());
        });
    }

    public CompletableFuture<GetFillsResponse> fillsPageAsync(FillsQuery query, String cursor) {
        return caller.get("/portfolio/fills", query.paramsWithCursor(cursor), GetFillsResponse.class);
    }

    public GetFillsResponse fillsPage(FillsQuery query, String cursor) {
        return RestCaller.await(fillsPageAsync(query, cursor));
    }

    /** Every settlement matching {@code query} ({@code GET /portfolio/settlements}). */
    public Paginator<Settlement> settlements(SettlementsQuery query) {
        return new Paginator<>(cursor -> {
            GetSettlementsResponse page = settlementsPage(query, cursor);
            return new Page<>(page.settlements(), page.cursor());
        });
    }

    public CompletableFuture<GetSettlementsResponse> settlementsPageAsync(SettlementsQuery query, String cursor) {
        return caller.get("/portfolio/settlements", query.paramsWithCursor(cursor), GetSettlementsResponse.class);
    }

    public GetSettlementsResponse settlementsPage(SettlementsQuery query, String cursor) {
        return RestCaller.await(settlementsPageAsync(query, cursor));
    }

    /** Contracts ahead of a resting order ({@code GET /portfolio/orders/{order_id}/queue_position}). */
    public CompletableFuture<Count> queuePositionAsync(String orderId) {
        return caller.get("/portfolio/orders/" + ApiRequest.segment(orderId) + "/queue_position", List.of(),
                GetOrderQueuePositionResponse.class).thenApply(GetOrderQueuePositionResponse::queuePositionFp);
    }

    public Count queuePosition(String orderId) {
        return RestCaller.await(queuePositionAsync(orderId));
    }

    /**
     * Queue positions of resting orders ({@code GET /portfolio/orders/queue_positions}).
     *
     * @param marketTickers markets to cover (comma-separated on the wire), or null
     * @param eventTicker an event to cover, or null
     */
    public CompletableFuture<List<QueuePosition>> queuePositionsAsync(List<String> marketTickers, String eventTicker) {
        List<ApiRequest.Param> query = new ApiRequest.Query().csv("market_tickers", marketTickers).add("event_ticker", eventTicker).build();
        return caller.get("/portfolio/orders/queue_positions", query, GetOrderQueuePositionsResponse.class)
                .thenApply(GetOrderQueuePositionsResponse::queuePositions);
    }

    public List<QueuePosition> queuePositions(List<String> marketTickers, String eventTicker) {
        return RestCaller.await(queuePositionsAsync(marketTickers, eventTicker));
    }

    /** {@code GET /portfolio/summary/total_resting_order_value} (meant for FCM members; values in cents). */
    public CompletableFuture<GetTotalRestingOrderValueResponse> totalRestingOrderValueAsync() {
        return caller.get("/portfolio/summary/total_resting_order_value", List.of(), GetTotalRestingOrderValueResponse.class);
    }

    public GetTotalRestingOrderValueResponse totalRestingOrderValue() {
        return RestCaller.await(totalRestingOrderValueAsync());
    }
}
