package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.wire.OrderCommands;
import dev.kalshisim.sim.wire.Rejections;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Direction;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.wire.AmendOrderRequest;
import dev.kalshisim.core.wire.AmendOrderResponse;
import dev.kalshisim.core.wire.BatchCancelOrderResult;
import dev.kalshisim.core.wire.BatchCancelOrdersRequest;
import dev.kalshisim.core.wire.BatchCancelOrdersResponse;
import dev.kalshisim.core.wire.BatchCreateOrderResult;
import dev.kalshisim.core.wire.BatchCreateOrdersRequest;
import dev.kalshisim.core.wire.BatchCreateOrdersResponse;
import dev.kalshisim.core.wire.CancelOrderResponse;
import dev.kalshisim.core.wire.CreateOrderRequest;
import dev.kalshisim.core.wire.CreateOrderResponse;
import dev.kalshisim.core.wire.DecreaseOrderRequest;
import dev.kalshisim.core.wire.DecreaseOrderResponse;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Endpoint;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy order writes under {@code /portfolio/orders}, deprecated in June 2026.
 *
 * <p>By default they answer as production does now: refused, telling the caller to switch to V2
 * (400 {@code endpoint_deprecated}; production's exact status is unconfirmed). With the server's
 * legacy option they work, converted to V2 through core's {@link Direction}. Either way they are
 * authenticated and charged their legacy token costs, so the cost table stays what is enforced.
 */
public final class LegacyOrderRoutes {

    static final String DEPRECATED_CODE = "endpoint_deprecated";
    static final String DEPRECATED_MESSAGE = "Please switch to the V2 endpoints";

    private final SimState state;
    private final boolean accepted;

    public LegacyOrderRoutes(SimState state, boolean accepted) {
        this.state = state;
        this.accepted = accepted;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("POST", "/portfolio/orders", gate(this::create)),
                Route.signed("DELETE", "/portfolio/orders/{order_id}", gate(this::cancel)),
                Route.signed("POST", "/portfolio/orders/{order_id}/amend", gate(this::amend)),
                Route.signed("POST", "/portfolio/orders/{order_id}/decrease", gate(this::decrease)),
                Route.signedBatch("POST", "/portfolio/orders/batched", "orders", gate(this::batchCreate)),
                Route.signedBatch("DELETE", "/portfolio/orders/batched", "ids", gate(this::batchCancel)));
    }

    private Endpoint gate(Endpoint endpoint) {
        return call -> {
            if (!accepted) {
                throw new ApiException(400, DEPRECATED_CODE, DEPRECATED_MESSAGE);
            }
            return endpoint.handle(call);
        };
    }

    private RouteResponse create(Call call) {
        OrderResult result = state.exchange().placeOrder(place(call.memberId(),
                call.read(CreateOrderRequest.class), state.exchange().limits()));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.created(new CreateOrderResponse(result.order()));
    }

    private RouteResponse cancel(Call call) {
        PortfolioRoutes.subaccount(call.query());
        CancelResult result = state.exchange().cancelOrder(call.memberId(), call.path("order_id"));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(new CancelOrderResponse(result.order(), result.reducedBy()));
    }

    private RouteResponse amend(Call call) {
        AmendOrderRequest body = call.read(AmendOrderRequest.class);
        OutcomeSide side = OrderCommands.require(body.side(), "side");
        Direction direction = Direction.fromLegacy(side, OrderCommands.require(body.action(), "action"),
                legacyPrice(side, body.yesPrice(), body.noPrice(), body.yesPriceDollars(), body.noPriceDollars()));
        Count count = OrderCommands.orderCount(legacyCount(body.count(), body.countFp()), "count", state.exchange().limits());
        Order before = Rejections.orThrow(state.exchange().order(call.memberId(), call.path("order_id")));
        OrderResult result = state.exchange().amendOrder(new AmendCommand(call.memberId(), call.path("order_id"),
                OrderCommands.requireText(body.ticker(), "ticker"), direction.bookSide(), direction.yesPrice(), count,
                OrderCommands.emptyToNull(body.clientOrderId()), OrderCommands.emptyToNull(body.updatedClientOrderId())));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(new AmendOrderResponse(before, result.order()));
    }

    private RouteResponse decrease(Call call) {
        DecreaseOrderRequest body = call.read(DecreaseOrderRequest.class);
        CancelResult result = state.exchange().decreaseOrder(OrderCommands.decrease(call.memberId(),
                call.path("order_id"), optionalCount(body.reduceBy(), body.reduceByFp()),
                optionalCount(body.reduceTo(), body.reduceToFp()), state.exchange().limits()));
        if (!result.isAccepted()) {
            throw Rejections.toException(result.reject(), result.message());
        }
        return RouteResponse.ok(new DecreaseOrderResponse(result.order()));
    }

    private RouteResponse batchCreate(Call call) {
        BatchCreateOrdersRequest body = call.read(BatchCreateOrdersRequest.class);
        if (body.orders() == null || body.orders().isEmpty()) {
            throw ApiException.invalid("orders must list at least one order");
        }
        int most = state.exchange().limits().maxBatchItems();
        if (body.orders().size() > most) {
            throw ApiException.invalid("orders takes at most " + most + " orders, got " + body.orders().size());
        }
        List<BatchCreateOrderResult> results = new ArrayList<>();
        for (CreateOrderRequest item : body.orders()) {
            try {
                OrderResult result = state.exchange().placeOrder(place(call.memberId(), OrderCommands.require(item, "order"),
                        state.exchange().limits()));
                results.add(result.isAccepted()
                        ? new BatchCreateOrderResult(item.clientOrderId(), result.order(), null)
                        : new BatchCreateOrderResult(item.clientOrderId(), null, Rejections.toError(result.reject(), result.message())));
            } catch (ApiException invalid) {
                results.add(new BatchCreateOrderResult(item == null ? null : item.clientOrderId(), null, invalid.toError()));
            }
        }
        return RouteResponse.created(new BatchCreateOrdersResponse(results));
    }

    private RouteResponse batchCancel(Call call) {
        BatchCancelOrdersRequest body = call.read(BatchCancelOrdersRequest.class);
        List<String> ids = new ArrayList<>();
        if (body.ids() != null) {
            ids.addAll(body.ids());
        }
        if (body.orders() != null) {
            body.orders().stream().map(item -> item == null ? null : item.orderId()).forEach(ids::add);
        }
        if (ids.isEmpty() || ids.stream().anyMatch(id -> id == null || id.isEmpty())) {
            throw ApiException.invalid("ids must list at least one order id, none empty");
        }
        List<BatchCancelOrderResult> results = new ArrayList<>();
        for (CancelResult result : state.exchange().cancelOrders(call.memberId(), ids)) {
            results.add(result.isAccepted()
                    ? new BatchCancelOrderResult(result.orderId(), result.order(), result.reducedBy(), null)
                    : new BatchCancelOrderResult(result.orderId(), null, Count.ZERO,
                            Rejections.toError(result.reject(), result.message())));
        }
        return RouteResponse.ok(new BatchCancelOrdersResponse(results));
    }

    /** A legacy create as a V2 command: (side, action, side price) becomes (book side, YES price). */
    private static PlaceOrder place(String memberId, CreateOrderRequest body, EngineLimits limits) {
        OutcomeSide side = OrderCommands.require(body.side(), "side");
        Direction direction = Direction.fromLegacy(side, OrderCommands.require(body.action(), "action"),
                legacyPrice(side, body.yesPrice(), body.noPrice(), body.yesPriceDollars(), body.noPriceDollars()));
        Count count = OrderCommands.orderCount(legacyCount(body.count(), body.countFp()), "count", limits);
        OrderCommands.exchangeIndex(body.exchangeIndex());
        // buy_max_cost made a legacy order fill-or-kill.
        TimeInForce timeInForce = body.buyMaxCost() != null ? TimeInForce.FILL_OR_KILL
                : body.timeInForce() == null ? TimeInForce.GOOD_TILL_CANCELED : body.timeInForce();
        SelfTradePrevention stp = body.selfTradePreventionType() == null
                ? SelfTradePrevention.TAKER_AT_CROSS : body.selfTradePreventionType();
        return new PlaceOrder(memberId, OrderCommands.requireText(body.ticker(), "ticker"), direction.bookSide(),
                direction.yesPrice(), count, timeInForce, stp, OrderCommands.emptyToNull(body.clientOrderId()),
                OrderCommands.expiration(body.expirationTs()), Boolean.TRUE.equals(body.postOnly()),
                Boolean.TRUE.equals(body.reduceOnly()), Boolean.TRUE.equals(body.cancelOrderOnPause()),
                OrderCommands.subaccount(body.subaccount()), body.orderGroupId());
    }

    /** The price on the order's own side: exactly one of the cent and dollar forms of either side. */
    private static Price legacyPrice(OutcomeSide side, Long yesCents, Long noCents, Price yesDollars, Price noDollars) {
        int given = (yesCents != null ? 1 : 0) + (noCents != null ? 1 : 0) + (yesDollars != null ? 1 : 0)
                + (noDollars != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.invalid("exactly one of yes_price, no_price, yes_price_dollars, no_price_dollars is required");
        }
        Price yes = yesDollars != null ? yesDollars : yesCents != null ? cents(yesCents, "yes_price") : null;
        Price no = noDollars != null ? noDollars : noCents != null ? cents(noCents, "no_price") : null;
        return side.fromYesPrice(yes != null ? yes : OutcomeSide.NO.toYesPrice(no));
    }

    private static Price cents(long cents, String field) {
        if (cents < 1 || cents > 99) {
            throw ApiException.invalid(field + " must be 1 to 99 cents, got " + cents);
        }
        return Price.ofCents(cents);
    }

    private static Count legacyCount(Long count, Count countFp) {
        Count value = optionalCount(count, countFp);
        if (value == null) {
            throw ApiException.invalid("count or count_fp is required");
        }
        return value;
    }

    /** The integer or fixed-point form of a count; when both are sent they must agree. */
    private static Count optionalCount(Long whole, Count fixedPoint) {
        if (whole != null && (whole < 0 || whole > 1_000_000_000L)) {
            throw ApiException.invalid("count must be 0 to 1000000000, got " + whole);
        }
        Count fromWhole = whole == null ? null : Count.ofContracts(whole);
        if (fromWhole != null && fixedPoint != null && !fromWhole.equals(fixedPoint)) {
            throw ApiException.invalid("integer and _fp counts disagree: " + whole + " vs " + fixedPoint);
        }
        return fromWhole != null ? fromWhole : fixedPoint;
    }
}
