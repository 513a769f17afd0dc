package dev.kalshisim.sim.control;

import dev.kalshisim.sim.feed.FeedFaults;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WebSocket faults for clients' gap and reconnect handling, reachable from tests in any language:
 * <pre>
 * POST   /sim/v1/faults/websocket/drop_messages    {"channel": "orderbook_delta", "sid": 3, "count": 1}
 * POST   /sim/v1/faults/websocket/drop_connections {"member_id": "..."}   (body optional: all members)
 * GET    /sim/v1/faults/websocket                  {"pending_drops": [{"channel", "sid", "remaining"}]}
 * DELETE /sim/v1/faults/websocket
 * </pre>
 * A dropped message still uses up its {@code seq}, so a client sees a real gap.
 */
final class WebSocketFaultControl {

    private static final String BASE = "/faults/websocket";

    private final FeedFaults faults;

    WebSocketFaultControl(FeedFaults faults) {
        this.faults = faults;
    }

    List<Route> routes() {
        return List.of(
                Route.open("GET", BASE, call -> RouteResponse.ok(pending())),
                Route.open("POST", BASE + "/drop_messages", this::dropMessages),
                Route.open("POST", BASE + "/drop_connections", this::dropConnections),
                Route.open("DELETE", BASE, call -> {
                    faults.clear();
                    return RouteResponse.ok(pending());
                }));
    }

    private RouteResponse dropMessages(Call call) {
        JsonBody body = call.body();
        String channel = body.text("channel");
        Long sid = body.optionalLong("sid");
        int count = (int) body.longInRange("count", 1, 1, 1_000_000);
        try {
            faults.dropMessages(channel, sid, count);
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(bad.getMessage());
        }
        return RouteResponse.ok(pending());
    }

    private RouteResponse dropConnections(Call call) {
        JsonBody body = JsonBody.parseOptional(call.request().body());
        int dropped = faults.dropConnections(body.optionalText("member_id"));
        return RouteResponse.ok(Map.of("dropped_connections", dropped));
    }

    private Map<String, Object> pending() {
        List<Map<String, Object>> drops = faults.pendingDrops().stream().map(rule -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("channel", rule.channel());
            view.put("sid", rule.sid());
            view.put("remaining", rule.remaining());
            return view;
        }).toList();
        return Map.of("pending_drops", drops);
    }
}
