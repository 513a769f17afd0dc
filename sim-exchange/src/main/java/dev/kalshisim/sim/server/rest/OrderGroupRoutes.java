package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderGroup;
import dev.kalshisim.core.wire.CreateOrderGroupRequest;
import dev.kalshisim.core.wire.CreateOrderGroupResponse;
import dev.kalshisim.core.wire.GetOrderGroupResponse;
import dev.kalshisim.core.wire.GetOrderGroupsResponse;
import dev.kalshisim.core.wire.UpdateOrderGroupLimitRequest;
import dev.kalshisim.sim.engine.group.OrderGroupView;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.util.List;
import java.util.Map;

/**
 * Order groups under {@code /portfolio/order_groups}: create (201), list, get, new limit, reset,
 * trigger and delete, each answered by the engine's groups (the limit, its rolling window and
 * the cancels live there). The simulator runs everything on one shard: a valid {@code exchange_index}
 * is accepted and groups report shard 0. Groups always auto-cancel ({@code is_auto_cancel_enabled: true}).
 */
public final class OrderGroupRoutes {

    private static final int SHARD = 0;

    private final SimState state;

    public OrderGroupRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/portfolio/order_groups", this::list),
                Route.signed("POST", "/portfolio/order_groups/create", this::create),
                Route.signed("GET", "/portfolio/order_groups/{order_group_id}", this::get),
                Route.signed("DELETE", "/portfolio/order_groups/{order_group_id}", this::delete),
                Route.signed("PUT", "/portfolio/order_groups/{order_group_id}/limit", this::limit),
                Route.signed("PUT", "/portfolio/order_groups/{order_group_id}/reset", this::reset),
                Route.signed("PUT", "/portfolio/order_groups/{order_group_id}/trigger", this::trigger));
    }

    private RouteResponse create(Call call) {
        CreateOrderGroupRequest body = call.read(CreateOrderGroupRequest.class);
        shard(body.exchangeIndex());
        int subaccount = body.subaccount() == null ? 0 : body.subaccount();
        Count limit = limit(body.contractsLimit(), body.contractsLimitFp());
        OrderGroupView group = Rejections.orThrow(state.exchange().createOrderGroup(call.memberId(), subaccount, limit));
        return RouteResponse.created(new CreateOrderGroupResponse(group.id(), group.subaccount(), SHARD));
    }

    private RouteResponse list(Call call) {
        Integer subaccount = PortfolioRoutes.subaccount(call.query());
        List<OrderGroup> groups = state.exchange().orderGroups(call.memberId(), subaccount).stream()
                .map(g -> new OrderGroup(g.id(), g.contractsLimit(), true, SHARD)).toList();
        return RouteResponse.ok(new GetOrderGroupsResponse(groups));
    }

    private RouteResponse get(Call call) {
        Integer subaccount = PortfolioRoutes.subaccount(call.query());
        OrderGroupView group = Rejections.orThrow(state.exchange().orderGroup(call.memberId(), groupId(call), subaccount));
        return RouteResponse.ok(new GetOrderGroupResponse(true, group.contractsLimit(), group.orderIds(), SHARD));
    }

    private RouteResponse delete(Call call) {
        Rejections.orThrow(state.exchange().deleteOrderGroup(call.memberId(), groupId(call), primaryByDefault(call)));
        return RouteResponse.ok(Map.of());
    }

    private RouteResponse limit(Call call) {
        int subaccount = primaryByDefault(call);
        UpdateOrderGroupLimitRequest body = call.read(UpdateOrderGroupLimitRequest.class);
        Count limit = limit(body.contractsLimit(), body.contractsLimitFp());
        Rejections.orThrow(state.exchange().updateOrderGroupLimit(call.memberId(), groupId(call), subaccount, limit));
        return RouteResponse.ok(Map.of());
    }

    private RouteResponse reset(Call call) {
        Rejections.orThrow(state.exchange().resetOrderGroup(call.memberId(), groupId(call), primaryByDefault(call)));
        return RouteResponse.ok(Map.of());
    }

    private RouteResponse trigger(Call call) {
        Rejections.orThrow(state.exchange().triggerOrderGroup(call.memberId(), groupId(call), primaryByDefault(call)));
        return RouteResponse.ok(Map.of());
    }

    private static String groupId(Call call) {
        return call.path("order_group_id");
    }

    /** The spec's {@code SubaccountQueryDefaultPrimary}: an omitted subaccount means the primary, 0. */
    private static int primaryByDefault(Call call) {
        Integer subaccount = PortfolioRoutes.subaccount(call.query());
        return subaccount == null ? 0 : subaccount;
    }

    /** {@code contracts_limit} (whole contracts) or {@code contracts_limit_fp}; equal when both are sent. */
    static Count limit(Long whole, Count fixedPoint) {
        if (whole == null && fixedPoint == null) {
            throw ApiException.invalid("contracts_limit or contracts_limit_fp is required");
        }
        if (whole != null && (whole < 1 || whole > 1_000_000)) {
            throw ApiException.invalid("contracts_limit must be 1 to 1000000, got " + whole);
        }
        Count fromWhole = whole == null ? null : Count.ofHundredths(whole * 100);
        if (fromWhole != null && fixedPoint != null && !fromWhole.equals(fixedPoint)) {
            throw ApiException.invalid("contracts_limit " + whole + " and contracts_limit_fp " + fixedPoint
                    + " must match");
        }
        return fixedPoint != null ? fixedPoint : fromWhole;
    }

    private static void shard(Integer exchangeIndex) {
        if (exchangeIndex != null && (exchangeIndex < -1 || exchangeIndex > 63)) {
            throw ApiException.invalid("exchange_index must be between -1 and 63, got " + exchangeIndex);
        }
    }
}
