package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.DailySchedule;
import dev.kalshisim.core.model.ExchangeSchedule;
import dev.kalshisim.core.model.WeeklySchedule;
import dev.kalshisim.core.wire.GetExchangeScheduleResponse;
import dev.kalshisim.core.wire.GetUserDataTimestampResponse;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.time.Instant;
import java.util.List;

/** {@code /exchange/*}: status, schedule and the portfolio data timestamp. */
public final class ExchangeRoutes {

    /**
     * The simulator trades around the clock, so every day is one session from midnight to 23:59 ET
     * and there are no maintenance windows (production pauses on Thursdays 03:00-05:00 ET; a test
     * can pause the exchange through the control plane instead).
     */
    private static final ExchangeSchedule ALWAYS_OPEN = alwaysOpen();

    private final SimState state;

    public ExchangeRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/exchange/status", call -> RouteResponse.ok(state.exchange().exchangeStatus())),
                Route.open("GET", "/exchange/schedule", call -> RouteResponse.ok(new GetExchangeScheduleResponse(ALWAYS_OPEN))),
                // Portfolio reads are never stale here: the engine answers from its current state.
                Route.signed("GET", "/exchange/user_data_timestamp", call -> RouteResponse.ok(
                        new GetUserDataTimestampResponse(Instant.ofEpochMilli(state.clock().nowMillis())))));
    }

    private static ExchangeSchedule alwaysOpen() {
        List<DailySchedule> day = List.of(new DailySchedule("00:00", "23:59"));
        WeeklySchedule week = new WeeklySchedule(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"), day, day, day, day, day, day, day);
        return new ExchangeSchedule(List.of(week), List.of());
    }
}
