package dev.kalshisim.sim.control;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's clock: read it, and on virtual time move it forward (refilling token buckets,
 * expiring orders, opening and closing markets on the way). Time never goes backwards.
 */
final class ClockControl {

    private final SimState state;

    ClockControl(SimState state) {
        this.state = state;
    }

    /** The clock stays inside the engine's time range (epoch nanoseconds, see {@link EngineLimits}). */
    private static final long LATEST_MILLIS = EngineLimits.LATEST_TIME.toEpochMilli() - 1;

    List<Route> routes() {
        return List.of(
                Route.open("GET", "/clock", call -> RouteResponse.ok(view())),
                Route.open("POST", "/clock", this::set),
                Route.open("POST", "/clock/advance", this::advance));
    }

    /** {@code {"now_ms": 1767225600000}}: jump forward to that time. */
    private RouteResponse set(Call call) {
        long target = call.body().longInRange("now_ms", -1, 0, LATEST_MILLIS);
        if (target < 0) {
            throw ApiException.invalid("now_ms is required");
        }
        VirtualClock clock = virtual();
        if (target < clock.nowMillis()) {
            throw ApiException.invalid("the clock cannot go backwards: now_ms " + target + " < " + clock.nowMillis());
        }
        clock.advanceTo(Math.multiplyExact(target, 1_000_000L));
        return RouteResponse.ok(view());
    }

    /** {@code {"millis": 1500}}: move forward by that much. */
    private RouteResponse advance(Call call) {
        long millis = call.body().longInRange("millis", -1, 0, 10L * 365 * 24 * 3600 * 1000);
        if (millis < 0) {
            throw ApiException.invalid("millis is required");
        }
        VirtualClock clock = virtual();
        if (millis > LATEST_MILLIS - clock.nowMillis()) {
            throw ApiException.invalid("millis may move the clock to " + EngineLimits.LATEST_TIME + " at the latest");
        }
        clock.advanceByMillis(millis);
        return RouteResponse.ok(view());
    }

    private VirtualClock virtual() {
        Clock clock = state.clock();
        if (clock instanceof VirtualClock virtual) {
            return virtual;
        }
        throw new ApiException(409, "conflict", "the server runs on wall-clock time; start it with a virtual clock to move time");
    }

    private Map<String, Object> view() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("now_ms", state.clock().nowMillis());
        out.put("virtual", state.clock() instanceof VirtualClock);
        return out;
    }
}
