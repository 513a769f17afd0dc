package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.OrderGateway;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@link OrderGateway} of a {@link KalshiClient}: its throttle paces every command by the
 * account's write bucket and its retries never double an order. Failures are translated to the
 * port's contract ({@link KalshiFailures}).
 */
public final class ClientOrderGateway implements OrderGateway {

    private final KalshiClient client;

    public ClientOrderGateway(KalshiClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order) {
        return guarded(() -> client.orders().createAsync(order));
    }

    @Override
    public CompletableFuture<BatchCreateOrdersV2Response> batchCreate(List<CreateOrderV2Request> orders) {
        return guarded(() -> client.orders().batchCreateAsync(orders));
    }

    @Override
    public CompletableFuture<CancelOrderV2Response> cancel(String orderId, String ticker) {
        return guarded(() -> client.orders().cancelAsync(orderId, ticker, null));
    }

    @Override
    public CompletableFuture<BatchCancelOrdersV2Response> batchCancel(List<BatchCancelOrderV2Item> orders) {
        return guarded(() -> client.orders().batchCancelAsync(orders));
    }

    @Override
    public CompletableFuture<AmendOrderV2Response> amend(String orderId, AmendOrderV2Request amend) {
        return guarded(() -> client.orders().amendAsync(orderId, amend));
    }

    @Override
    public CompletableFuture<DecreaseOrderV2Response> decrease(String orderId, DecreaseOrderV2Request decrease) {
        return guarded(() -> client.orders().decreaseAsync(orderId, decrease));
    }

    /** The call's future; a call that throws instead (a batch too large for the bucket) becomes a failed one. */
    private static <T> CompletableFuture<T> guarded(Supplier<CompletableFuture<T>> call) {
        try {
            return KalshiFailures.translated(call.get());
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(KalshiFailures.translate(refused));
        }
    }
}
