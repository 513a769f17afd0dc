package dev.kalshisim.sim.control;

import dev.kalshisim.core.time.DurationText;
import dev.kalshisim.sim.engine.group.OrderGroupRules;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order-group rules Kalshi leaves open, for tests in any language: the rolling window, whether
 * reaching the limit or only passing it triggers a group, and the groups per member. They hold
 * for the engine in use, until the next reset.
 */
final class OrderGroupControl {

    private final SimState state;

    OrderGroupControl(SimState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.open("GET", "/order_groups/rules", call -> RouteResponse.ok(view(state.exchange().orderGroupRules()))),
                Route.open("POST", "/order_groups/rules", this::set));
    }

    /** {@code {"window"?: "15s", "trigger_point"?: "reached"|"exceeded", "max_groups_per_member"?: 100000}}. */
    private RouteResponse set(Call call) {
        JsonBody body = call.body();
        OrderGroupRules rules = state.exchange().orderGroupRules();
        try {
            if (body.has("window")) {
                rules = rules.withWindow(DurationText.parse(body.text("window")));
            }
            if (body.has("trigger_point")) {
                rules = rules.withTriggerPoint(OrderGroupRules.TriggerPoint.valueOf(
                        body.text("trigger_point").toUpperCase(Locale.ROOT)));
            }
            if (body.has("max_groups_per_member")) {
                rules = rules.withMaxGroupsPerMember((int) body.longInRange("max_groups_per_member", 0, 1,
                        Integer.MAX_VALUE));
            }
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid("order-group rules: " + bad.getMessage()
                    + " (window like " + DurationText.FORMS + ", trigger_point reached or exceeded)");
        }
        state.exchange().setOrderGroupRules(rules);
        return RouteResponse.ok(view(rules));
    }

    private static Map<String, Object> view(OrderGroupRules rules) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("window_ms", rules.window().toMillis());
        out.put("trigger_point", rules.triggerPoint().name().toLowerCase(Locale.ROOT));
        out.put("max_groups_per_member", rules.maxGroupsPerMember());
        return out;
    }
}
