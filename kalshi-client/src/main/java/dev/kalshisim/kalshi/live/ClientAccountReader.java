package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.AccountReader;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.OrdersQuery;
import dev.kalshisim.kalshi.client.PositionsQuery;
import dev.kalshisim.core.model.Balance;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@link AccountReader} of a {@link KalshiClient}. Paginated reads walk every page on
 * {@code executor}, since the client's paginator blocks. Failures are translated to the port's
 * contract ({@link KalshiFailures}).
 */
public final class ClientAccountReader implements AccountReader {

    private final KalshiClient client;
    private final Executor executor;

    /** Reads through {@code client}; blocking page walks run on {@code executor}. */
    public ClientAccountReader(KalshiClient client, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public CompletableFuture<List<MarketPosition>> positions() {
        return walk(() -> {
            List<MarketPosition> positions = new ArrayList<>();
            client.portfolio().positions(PositionsQuery.all()).forEach(positions::add);
            return positions;
        });
    }

    @Override
    public CompletableFuture<List<Order>> restingOrders() {
        return walk(() -> {
            List<Order> orders = new ArrayList<>();
            client.portfolio().orders(OrdersQuery.all().status(OrderStatus.RESTING)).forEach(orders::add);
            return orders;
        });
    }

    @Override
    public CompletableFuture<Money> balance() {
        return KalshiFailures.translated(client.portfolio().balanceAsync().thenApply(ClientAccountReader::available));
    }

    @Override
    public CompletableFuture<Order> order(String orderId) {
        return KalshiFailures.translated(client.portfolio().orderAsync(orderId));
    }

    private static Money available(Balance balance) {
        // Older servers send only the integer-cent field.
        return balance.balanceDollars() != null ? balance.balanceDollars() : Money.ofCents(balance.balanceCents());
    }

    private <T> CompletableFuture<T> walk(Supplier<T> pages) {
        return KalshiFailures.translated(CompletableFuture.supplyAsync(pages, executor));
    }
}
