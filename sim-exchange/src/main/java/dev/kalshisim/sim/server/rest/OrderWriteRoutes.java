package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.wire.AmendOrderV2Request;
import dev.kalshisim.core.wire.AmendOrderV2Response;
import dev.kalshisim.core.wire.BatchCancelOrderV2Item;
import dev.kalshisim.core.wire.BatchCancelOrderV2Result;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Request;
import dev.kalshisim.core.wire.BatchCancelOrdersV2Response;
import dev.kalshisim.core.wire.BatchCreateOrderV2Result;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Request;
import dev.kalshisim.core.wire.BatchCreateOrdersV2Response;
import dev.kalshisim.core.wire.CancelOrderV2Response;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.CreateOrderV2Response;
import dev.kalshisim.core.wire.DecreaseOrderV2Request;
import dev.kalshisim.core.wire.DecreaseOrderV2Response;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.wire.OrderAnswers;
import dev.kalshisim.sim.wire.OrderCommands;
import dev.kalshisim.sim.wire.Rejections;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * V2 order writes under {@code /portfolio/events/orders}: create (201), cancel, amend, decrease,
 * batch create (201, per-item results), batch cancel, cancel all (204).
 *
 * <p>A batch is parsed whole first (malformed JSON or a wrong type anywhere refuses the batch with
 * a 400, as Kalshi's request validation does), then each item succeeds or fails on its own.
 */
public final class OrderWriteRoutes {

    private final SimState state;

    public OrderWriteRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("POST", "/portfolio/events/orders", this::create),
                Route.signed("DELETE", "/portfolio/events/orders", this::cancelAll),
                Route.signed("DELETE", "/portfolio/events/orders/{order_id}", this::cancel),
                Route.signed("POST", "/portfolio/events/orders/{order_id}/amend", this::amend),
                Route.signed("POST", "/portfolio/events/orders/{order_id}/decrease", this::decrease),
                Route.signedBatch("POST", "/portfolio/events/orders/batched", "orders", this::batchCreate),
                Route.signedBatch("DELETE", "/portfolio/events/orders/batched", "orders", this::batchCancel));
    }

    private RouteResponse create(Call call) {
        PlaceOrder command = OrderCommands.place(call.memberId(), call.read(CreateOrderV2Request.class),
                state.exchange().limits());
        OrderResult result = state.exchange().placeOrder(command);
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.created(OrderAnswers.created(result));
    }

    private RouteResponse cancel(Call call) {
        checkSubaccountQuery(call);
        CancelResult result = state.exchange().cancelOrder(call.memberId(), call.path("order_id"));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(OrderAnswers.canceled(result));
    }

    private RouteResponse amend(Call call) {
        checkSubaccountQuery(call);
        AmendOrderV2Request body = call.read(AmendOrderV2Request.class);
        OrderResult result = state.exchange().amendOrder(OrderCommands.amend(call.memberId(), call.path("order_id"), body,
                state.exchange().limits()));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(OrderAnswers.amended(result));
    }

    private RouteResponse decrease(Call call) {
        checkSubaccountQuery(call);
        DecreaseOrderV2Request body = call.read(DecreaseOrderV2Request.class);
        CancelResult result = state.exchange().decreaseOrder(
                OrderCommands.decrease(call.memberId(), call.path("order_id"), body, state.exchange().limits()));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(OrderAnswers.decreased(result));
    }

    private RouteResponse batchCreate(Call call) {
        BatchCreateOrdersV2Request body = call.read(BatchCreateOrdersV2Request.class);
        EngineLimits limits = state.exchange().limits();
        List<CreateOrderV2Request> items = OrderCommands.batchItems(body.orders(), limits);
        // Items that fail request validation get their error in place; the rest go to the engine in one call.
        List<BatchCreateOrderV2Result> results = new ArrayList<>(items.size());
        List<PlaceOrder> valid = new ArrayList<>();
        List<Integer> validAt = new ArrayList<>();
        for (CreateOrderV2Request item : items) {
            if (item == null) {
                results.add(BatchCreateOrderV2Result.failed(null, ApiException.invalid("order must be an object").toError()));
                continue;
            }
            try {
                valid.add(OrderCommands.place(call.memberId(), item, limits));
                validAt.add(results.size());
                results.add(null);
            } catch (ApiException invalid) {
                results.add(BatchCreateOrderV2Result.failed(item.clientOrderId(), invalid.toError()));
            }
        }
        List<OrderResult> placed = valid.isEmpty() ? List.of() : state.exchange().placeOrders(valid);
        for (int i = 0; i < placed.size(); i++) {
            OrderResult result = placed.get(i);
            results.set(validAt.get(i), result.isAccepted()
                    ? BatchCreateOrderV2Result.of(OrderAnswers.created(result))
                    : BatchCreateOrderV2Result.failed(valid.get(i).clientOrderId(),
                            Rejections.toError(result.reject(), result.message())));
        }
        return RouteResponse.created(new BatchCreateOrdersV2Response(results));
    }

    private RouteResponse batchCancel(Call call) {
        BatchCancelOrdersV2Request body = call.read(BatchCancelOrdersV2Request.class);
        List<BatchCancelOrderV2Item> items = OrderCommands.batchItems(body.orders(), state.exchange().limits());
        List<String> ids = OrderCommands.cancelIds(items);
        List<BatchCancelOrderV2Result> results = new ArrayList<>(ids.size());
        for (CancelResult result : state.exchange().cancelOrders(call.memberId(), ids)) {
            results.add(OrderAnswers.canceledItem(result));
        }
        return RouteResponse.ok(new BatchCancelOrdersV2Response(results));
    }

    private RouteResponse cancelAll(Call call) {
        // Kalshi cancels every subaccount's orders when the query names none.
        state.exchange().cancelAll(call.memberId(), null, PortfolioRoutes.subaccount(call.query()));
        return RouteResponse.noContent();
    }

    /** Refuses a malformed subaccount query (subaccount, exchange_index); order commands do not use its value. */
    private static void checkSubaccountQuery(Call call) {
        PortfolioRoutes.subaccount(call.query());
    }
}
