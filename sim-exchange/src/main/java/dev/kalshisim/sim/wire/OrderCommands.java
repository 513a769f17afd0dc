package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.server.http.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns V2 order request bodies into engine commands, refusing with 400 {@code invalid_parameters}
 * whatever Kalshi's request validation refuses (missing required fields, counts of zero, ranges),
 * so the engine only ever sees well-formed commands. Price-grid and business rules stay in the engine.
 */
public final class OrderCommands {

    /** Expiration times must stay within the engine's clock range (epoch nanoseconds). */
    private static final long MAX_EPOCH_SECONDS = EngineLimits.LATEST_TIME.getEpochSecond() - 1;

    private OrderCommands() {
    }

    /** The engine command for a V2 create body. */
    public static PlaceOrder place(String memberId, CreateOrderV2Request body, EngineLimits limits) {
        String ticker = requireText(body.ticker(), "ticker");
        require(body.side(), "side");
        Count count = orderCount(require(body.count(), "count"), "count", limits);
        Price price = require(body.price(), "price");
        TimeInForce timeInForce = require(body.timeInForce(), "time_in_force");
        SelfTradePrevention stp = require(body.selfTradePreventionType(), "self_trade_prevention_type");
        exchangeIndex(body.exchangeIndex());
        String clientOrderId = body.clientOrderId() == null || body.clientOrderId().isEmpty() ? null : body.clientOrderId();
        return new PlaceOrder(memberId, ticker, body.side(), price, count, timeInForce, stp, clientOrderId,
                expiration(body.expirationTime()), Boolean.TRUE.equals(body.postOnly()),
                Boolean.TRUE.equals(body.reduceOnly()), Boolean.TRUE.equals(body.cancelOrderOnPause()),
                subaccount(body.subaccount()), body.orderGroupId());
    }

    /** The engine command for a V2 amend body. */
    public static AmendCommand amend(String memberId, String orderId, AmendOrderV2Request body, EngineLimits limits) {
        String ticker = requireText(body.ticker(), "ticker");
        require(body.side(), "side");
        Price price = require(body.price(), "price");
        Count count = orderCount(require(body.count(), "count"), "count", limits);
        exchangeIndex(body.exchangeIndex());
        return new AmendCommand(memberId, orderId, ticker, body.side(), price, count, emptyToNull(body.clientOrderId()),
                emptyToNull(body.updatedClientOrderId()));
    }

    /** The engine command for a V2 decrease body: exactly one of {@code reduce_by} and {@code reduce_to}. */
    public static DecreaseCommand decrease(String memberId, String orderId, DecreaseOrderV2Request body, EngineLimits limits) {
        exchangeIndex(body.exchangeIndex());
        return decrease(memberId, orderId, body.reduceBy(), body.reduceTo(), limits);
    }

    /** A decrease by or to a count, exactly one of which is set. */
    public static DecreaseCommand decrease(String memberId, String orderId, Count reduceBy, Count reduceTo,
            EngineLimits limits) {
        if ((reduceBy == null) == (reduceTo == null)) {
            throw ApiException.invalid("exactly one of reduce_by and reduce_to is required");
        }
        if (reduceBy != null) {
            return DecreaseCommand.by(memberId, orderId, orderCount(reduceBy, "reduce_by", limits));
        }
        if (reduceTo.hundredths() > limits.maxOrderCount()) {
            throw ApiException.invalid("reduce_to must be between 0 and "
                    + EngineLimits.contracts(limits.maxOrderCount()) + " contracts, got " + reduceTo);
        }
        return DecreaseCommand.to(memberId, orderId, reduceTo);
    }

    /** A count one order may carry: above zero and at most the engine's largest order. */
    public static Count orderCount(Count count, String field, EngineLimits limits) {
        if (!limits.acceptsOrderCount(count)) {
            throw ApiException.invalid(limits.orderCountRule(field) + ", got " + count);
        }
        return count;
    }

    /** The items of a batch: 1 to {@link EngineLimits#maxBatchItems}, the token cost limits batches sooner. */
    public static <T> List<T> batchItems(List<T> items, EngineLimits limits) {
        if (items == null || items.isEmpty()) {
            throw ApiException.invalid("orders must list at least one order");
        }
        if (items.size() > limits.maxBatchItems()) {
            throw ApiException.invalid("orders takes at most " + limits.maxBatchItems() + " orders, got " + items.size());
        }
        return items;
    }

    /**
     * The order ids of a V2 batch cancel, refusing the whole batch (400) when an item has none or a
     * bad subaccount or shard, as Kalshi's request validation does.
     */
    public static List<String> cancelIds(List<BatchCancelOrderV2Item> items) {
        List<String> ids = new ArrayList<>(items.size());
        for (BatchCancelOrderV2Item item : items) {
            if (item == null || item.orderId() == null || item.orderId().isEmpty()) {
                throw ApiException.invalid("every item needs an order_id");
            }
            subaccount(item.subaccount());
            exchangeIndex(item.exchangeIndex());
            ids.add(item.orderId());
        }
        return ids;
    }

    public static <T> T require(T value, String field) {
        if (value == null) {
            throw ApiException.invalid(field + " is required");
        }
        return value;
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field + " is required");
        }
        return value;
    }

    public static int subaccount(Integer subaccount) {
        if (subaccount == null) {
            return 0;
        }
        if (subaccount < 0 || subaccount > 63) {
            throw ApiException.invalid("subaccount must be 0 to 63, got " + subaccount);
        }
        return subaccount;
    }

    /** The simulator runs every market on shard 0 but accepts any valid shard index. */
    public static void exchangeIndex(Integer exchangeIndex) {
        if (exchangeIndex != null && (exchangeIndex < -1 || exchangeIndex > 63)) {
            throw ApiException.invalid("exchange_index must be -1 to 63, got " + exchangeIndex);
        }
    }

    public static Instant expiration(Long epochSeconds) {
        if (epochSeconds == null) {
            return null;
        }
        if (epochSeconds < 0 || epochSeconds > MAX_EPOCH_SECONDS) {
            throw ApiException.invalid("expiration_time must be Unix seconds from 0 to " + MAX_EPOCH_SECONDS
                    + ", got " + epochSeconds);
        }
        return Instant.ofEpochSecond(epochSeconds);
    }

    public static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
