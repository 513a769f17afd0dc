package dev.kalshisim.kalshi.live;

import dev.kalshisim.kalshi.client.KalshiTransportException;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link AccountReader} answering from what the test put in it. */
final class FakeAccount implements AccountReader {

    private volatile List<MarketPosition> positions = List.of();
    private volatile List<Order> resting = List.of();
    private volatile Money balance = Money.ofDollars(1_000);
    private volatile boolean unreachable;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    FakeAccount positions(List<MarketPosition> value) {
        positions = value;
        return this;
    }

    FakeAccount resting(List<Order> value) {
        resting = value;
        return this;
    }

    FakeAccount unreachable() {
        unreachable = true;
        return this;
    }

    FakeAccount order(Order order) {
        orders.put(order.orderId(), order);
        return this;
    }

    @Override
    public CompletableFuture<List<MarketPosition>> positions() {
        return answer(positions);
    }

    @Override
    public CompletableFuture<List<Order>> restingOrders() {
        return answer(resting);
    }

    @Override
    public CompletableFuture<Money> balance() {
        return answer(balance);
    }

    @Override
    public CompletableFuture<Order> order(String orderId) {
        Order order = orders.get(orderId);
        return order != null ? answer(order)
                : CompletableFuture.failedFuture(new IllegalStateException("no order " + orderId));
    }

    private <T> CompletableFuture<T> answer(T value) {
        if (unreachable) {
            return CompletableFuture.failedFuture(
                    new KalshiTransportException("GET /portfolio/balance: connection refused", false, null));
        }
        return CompletableFuture.completedFuture(value);
    }
}
