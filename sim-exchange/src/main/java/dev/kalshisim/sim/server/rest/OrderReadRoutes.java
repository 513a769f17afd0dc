package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.wire.Rejections;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.wire.GetOrderQueuePositionResponse;
import dev.kalshisim.core.wire.GetOrderQueuePositionsResponse;
import dev.kalshisim.core.wire.GetOrderResponse;
import dev.kalshisim.core.wire.GetOrdersResponse;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Order reads, which stay under {@code /portfolio/orders} in V2: list, one order, queue positions.
 * The engine scopes every read to the caller, so another member's order id is simply not found.
 */
public final class OrderReadRoutes {

    private final SimState state;

    public OrderReadRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/portfolio/orders", this::orders),
                Route.signed("GET", "/portfolio/orders/{order_id}", this::order),
                Route.signed("GET", "/portfolio/orders/{order_id}/queue_position", this::queuePosition),
                Route.signed("GET", "/portfolio/orders/queue_positions", this::queuePositions));
    }

    private RouteResponse orders(Call call) {
        QueryParams query = call.query();
        OrderQuery filter = new OrderQuery(query.optional("ticker"), new HashSet<>(query.csv("event_ticker", 10)),
                query.parsed("status", OrderStatus::fromWire), Times.seconds(query, "min_ts"),
                Times.seconds(query, "max_ts"), PortfolioRoutes.subaccount(query));
        Pagination.Page<Order> page = Pagination.page(state.exchange().orders(call.memberId(), filter), query, 100, 1000,
                Order::orderId);
        return RouteResponse.ok(new GetOrdersResponse(page.items(), page.cursor()));
    }

    private RouteResponse order(Call call) {
        return RouteResponse.ok(new GetOrderResponse(
                Rejections.orThrow(state.exchange().order(call.memberId(), call.path("order_id")))));
    }

    private RouteResponse queuePosition(Call call) {
        return RouteResponse.ok(new GetOrderQueuePositionResponse(Rejections.orThrow(
                state.exchange().queuePosition(call.memberId(), call.path("order_id"))).queuePositionFp()));
    }

    private RouteResponse queuePositions(Call call) {
        QueryParams query = call.query();
        PortfolioRoutes.subaccount(query);
        Set<String> tickers = new LinkedHashSet<>(query.csv("market_tickers", 100));
        String event = query.optional("event_ticker");
        if (event != null) {
            state.exchange().markets(MarketQuery.all().withEventTicker(event)).stream()
                    .map(Market::ticker).forEach(tickers::add);
            if (tickers.isEmpty()) {
                return RouteResponse.ok(new GetOrderQueuePositionsResponse(List.of()));
            }
        }
        return RouteResponse.ok(new GetOrderQueuePositionsResponse(state.exchange().queuePositions(call.memberId(), tickers)));
    }
}
