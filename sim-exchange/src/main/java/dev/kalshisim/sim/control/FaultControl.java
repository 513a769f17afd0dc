package dev.kalshisim.sim.control;

import dev.kalshisim.sim.faults.FaultPlan;
import dev.kalshisim.sim.feed.FeedFaults;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fault injection: latency, seeded server errors, dropped connections and exchange or trading
 * pauses for {@code /trade-api/v2} traffic. The control plane itself is never faulted.
 */
final class FaultControl {

    private final SimState state;
    private final FeedFaults feedFaults;

    FaultControl(SimState state, FeedFaults feedFaults) {
        this.state = state;
        this.feedFaults = feedFaults;
    }

    List<Route> routes() {
        return List.of(
                Route.open("GET", "/faults", call -> RouteResponse.ok(view())),
                Route.open("POST", "/faults", this::set),
                Route.open("DELETE", "/faults", this::clear));
    }

    /**
     * {@code {"latency_ms": 50, "error_rate": "0.1", "error_status": 503, "drop_rate": "0.05",
     * "seed": 42, "exchange_paused": false, "trading_paused": false}}, every key optional; replaces
     * the whole plan (absent keys mean no such fault).
     */
    private RouteResponse set(Call call) {
        JsonBody body = call.body();
        FaultPlan plan;
        try {
            plan = new FaultPlan(body.longInRange("latency_ms", 0, 0, 60_000),
                    rate(body, "error_rate"), (int) body.longInRange("error_status", 503, 500, 504),
                    rate(body, "drop_rate"), body.optionalLong("seed") == null ? 0 : body.optionalLong("seed"),
                    body.bool("exchange_paused", false));
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(bad.getMessage());
        }
        boolean tradingPaused = body.bool("trading_paused", false);
        state.faults().set(plan);
        state.exchange().setExchangeActive(!plan.exchangePaused());
        state.exchange().setTradingActive(!tradingPaused);
        return RouteResponse.ok(view());
    }

    /** Clears every fault, the WebSocket ones included. */
    private RouteResponse clear(Call call) {
        state.faults().set(FaultPlan.NONE);
        feedFaults.clear();
        state.exchange().setExchangeActive(true);
        state.exchange().setTradingActive(true);
        return RouteResponse.ok(view());
    }

    /** A rate from 0 to 1 as a JSON number or decimal string, in parts per million (finer digits are refused). */
    private static long rate(JsonBody body, String field) {
        BigDecimal rate = body.optionalDecimal(field);
        if (rate == null) {
            return 0;
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw ApiException.invalid(field + " must be between 0 and 1, got " + rate);
        }
        try {
            return rate.movePointRight(6).longValueExact();
        } catch (ArithmeticException tooFine) {
            throw ApiException.invalid(field + " has more than 6 decimals: " + rate);
        }
    }

    private Map<String, Object> view() {
        FaultPlan plan = state.faults().plan();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latency_ms", plan.latencyMillis());
        out.put("error_rate", BigDecimal.valueOf(plan.errorPartsPerMillion(), 6).stripTrailingZeros().toPlainString());
        out.put("error_status", plan.errorStatus());
        out.put("drop_rate", BigDecimal.valueOf(plan.dropPartsPerMillion(), 6).stripTrailingZeros().toPlainString());
        out.put("seed", plan.seed());
        out.put("exchange_paused", !state.exchange().exchangeStatus().exchangeActive());
        out.put("trading_paused", !state.exchange().exchangeStatus().tradingActive());
        return out;
    }
}
