package dev.kalshisim.core.runtime;

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
 * The runner's order port: Kalshi's V2 order endpoints (kalshi-api.md section 8), in their wire
 * records, paced and retried by the implementation. The live venue sends them over REST; the test
 * kit's venue and a backtest answer them in memory.
 *
 * <p>Every method returns at once; the future completes on any thread with the venue's answer, or
 * fails: with a {@link VenueRejectedException} when the venue refused (its typed rejection reaches
 * the strategy), with any other exception when no answer came. Implementations must be
 * thread-safe.
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
