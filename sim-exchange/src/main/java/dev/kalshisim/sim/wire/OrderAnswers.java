package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Result;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;

/**
 * The engine's accepted results as Kalshi's V2 order responses: the one mapping, used by the REST
 * routes and by the backtest's venue, so both answer a strategy with the same records.
 */
public final class OrderAnswers {

    private OrderAnswers() {
    }

    /** The body of an accepted create (and of each accepted batch item). */
    public static CreateOrderV2Response created(OrderResult result) {
        Money averagePrice = result.averageFillPrice().orElse(null);
        return new CreateOrderV2Response(result.orderId(), result.order().clientOrderId(), result.fillCount(),
                result.remainingCount(), averagePrice, result.averageFeePaid().orElse(null),
                result.time().toEpochMilli());
    }

    public static CancelOrderV2Response canceled(CancelResult result) {
        return new CancelOrderV2Response(result.orderId(), result.clientOrderId(), result.reducedBy(),
                result.time().toEpochMilli());
    }

    /** One item of a batch cancel: the cancel, or its refusal. */
    public static BatchCancelOrderV2Result canceledItem(CancelResult result) {
        return result.isAccepted()
                ? new BatchCancelOrderV2Result(result.orderId(), result.clientOrderId(), result.reducedBy(),
                        result.time().toEpochMilli(), null)
                : BatchCancelOrderV2Result.failed(result.orderId(), Rejections.toError(result.reject(), result.message()));
    }

    public static AmendOrderV2Response amended(OrderResult result) {
        return new AmendOrderV2Response(result.orderId(), result.order().clientOrderId(), result.remainingCount(),
                result.fillCount(), result.averageFillPrice().orElse(null), result.averageFeePaid().orElse(null),
                result.time().toEpochMilli());
    }

    public static DecreaseOrderV2Response decreased(CancelResult result) {
        return new DecreaseOrderV2Response(result.orderId(), result.clientOrderId(), result.remainingCount(),
                result.time().toEpochMilli());
    }
}
