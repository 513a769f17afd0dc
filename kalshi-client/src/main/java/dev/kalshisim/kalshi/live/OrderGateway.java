package dev.kalshisim.kalshi.live;

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
import java.util.concurrent.CompletableFuture;

/**
 * Where the live runner sends order commands: Kalshi's V2 order endpoints (kalshi-api.md section
 * 8), throttled and retried by the implementation. {@link ClientOrderGateway} is the real one;
 * tests script a fake.
 *
 * <p>Every method returns at once; the future completes on some other thread with the venue's
 * answer, or fails with the reason (a {@code KalshiApiException} for a refusal, a transport
 * exception when no answer came). Implementations must be thread-safe.
 */
public interface OrderGateway {

    /** Places one order; the request carries the strategy's client order id. */
    CompletableFuture<CreateOrderV2Response> create(CreateOrderV2Request order);

    /** Places several orders, each succeeding or failing on its own. */
    CompletableFuture<BatchCreateOrdersV2Response> batchCreate(List<CreateOrderV2Request> orders);

    /** Cancels one order by the venue's id; {@code ticker} routes it to the market's shard. */
    CompletableFuture<CancelOrderV2Response> cancel(String orderId, String ticker);

    /** Cancels several orders, each succeeding or failing on its own. */
    CompletableFuture<BatchCancelOrdersV2Response> batchCancel(List<BatchCancelOrderV2Item> orders);

    /** Changes an order's price and total count. */
    CompletableFuture<AmendOrderV2Response> amend(String orderId, AmendOrderV2Request amend);

    /** Shrinks an order's remaining count. */
    CompletableFuture<DecreaseOrderV2Response> decrease(String orderId, DecreaseOrderV2Request decrease);
}
