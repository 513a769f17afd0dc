package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.wire.GetOrdersResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Finds an order by its client order id. Kalshi's {@code GET /portfolio/orders} cannot filter by
 * client order id, so this lists the ticker's orders of every status since shortly before the
 * create was first sent, page by page, and matches the id.
 */
final class OrderLookup {

    /** How far before the first send to look, covering clock skew between us and the exchange. */
    static final long LOOKBACK_SECONDS = 60;
    /** Kalshi's largest page for orders. */
    static final int PAGE_SIZE = 1000;

    private final RestCaller caller;

    OrderLookup(RestCaller caller) {
        this.caller = caller;
    }

    /**
     * The order with {@code clientOrderId} on {@code ticker}, if any.
     *
     * @param subaccount the create's subaccount, or null for all
     * @param sentAtMillis when the create was first sent, epoch millis
     */
    CompletableFuture<Optional<Order>> findByClientOrderId(String ticker, String clientOrderId, Integer subaccount,
            long sentAtMillis) {
        OrdersQuery query = OrdersQuery.all().ticker(ticker).limit(PAGE_SIZE)
                .minTs(Math.max(0L, Math.floorDiv(sentAtMillis, 1000L) - LOOKBACK_SECONDS));
        if (subaccount != null) {
            query = query.subaccount(subaccount);
        }
        return page(query, null, clientOrderId);
    }

    private CompletableFuture<Optional<Order>> page(OrdersQuery query, String cursor, String clientOrderId) {
        return caller.get("/portfolio/orders", query.paramsWithCursor(cursor), GetOrdersResponse.class).thenCompose(page -> {
            List<Order> orders = page.orders() == null ? List.of() : page.orders();
            for (Order order : orders) {
                if (clientOrderId.equals(order.clientOrderId())) {
                    return CompletableFuture.completedFuture(Optional.of(order));
                }
            }
            String next = page.cursor();
            if (next == null || next.isEmpty() || next.equals(cursor)) {
                return CompletableFuture.completedFuture(Optional.<Order>empty());
            }
            return page(query, next, clientOrderId);
        });
    }
}
