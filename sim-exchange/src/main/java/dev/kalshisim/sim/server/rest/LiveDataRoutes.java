package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.sim.engine.reference.EventLiveData;
import dev.kalshisim.sim.engine.reference.LiveData;
import dev.kalshisim.sim.engine.reference.WeatherPoint;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /live_data/*}: a milestone's live data (alone, in a batch, or by the legacy typed path),
 * its game stats, an event's live data, and a city's weather index, all from the reference data.
 *
 * <p>{@code include_player_stats} and {@code range} are accepted and change nothing: the
 * simulator holds what the control plane wrote, with no player mappings or chart ranges to cut.
 */
public final class LiveDataRoutes {

    /** The default weather window when neither {@code from} nor {@code last_sec} is given: 24 hours. */
    private static final long DAY_MILLIS = 86_400_000L;

    private final SimState state;

    public LiveDataRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/live_data/batch", this::batch),
                Route.open("GET", "/live_data/milestone/{milestone_id}", this::one),
                Route.open("GET", "/live_data/{type}/milestone/{milestone_id}", this::one),
                Route.open("GET", "/live_data/milestone/{milestone_id}/game_stats", this::gameStats),
                Route.open("GET", "/live_data/events/{event_ticker}", this::event),
                Route.open("GET", "/live_data/weather/{city}", this::weather));
    }

    /** Unknown ids are left out, so a batch answers what it can. */
    private RouteResponse batch(Call call) {
        QueryParams query = call.query();
        query.bool("include_player_stats", false);
        List<String> ids = query.csv("milestone_ids", 100);
        if (ids.isEmpty()) {
            throw ApiException.invalid("query parameter milestone_ids is required (1 to 100 ids)");
        }
        List<LiveData> found = new ArrayList<>();
        for (String id : ids) {
            state.reference().liveData(id).ifPresent(found::add);
        }
        return RouteResponse.ok(new Batch(found));
    }

    private RouteResponse one(Call call) {
        call.query().bool("include_player_stats", false);
        String id = call.path("milestone_id");
        return RouteResponse.ok(new One(state.reference().liveData(id)
                .orElseThrow(() -> ApiException.notFound("live data for milestone " + id + " not found"))));
    }

    /** The play-by-play the control plane stored; an existing milestone without one answers {@code {}}. */
    private RouteResponse gameStats(Call call) {
        String id = call.path("milestone_id");
        if (state.reference().milestone(id).isEmpty()) {
            throw ApiException.notFound("milestone " + id + " not found");
        }
        Optional<Map<String, Object>> stats = state.reference().gameStats(id);
        return RouteResponse.ok(new GameStats(stats.orElse(null)));
    }

    private RouteResponse event(Call call) {
        call.query().optional("range");
        String ticker = call.path("event_ticker");
        EventLiveData data = state.reference().eventLiveData(ticker)
                .orElseThrow(() -> ApiException.notFound("live data for event " + ticker + " not found"));
        return RouteResponse.ok(new EventOne(data));
    }

    /** Kalshi's window rules: {@code from} with {@code to}, or {@code last_sec} alone; both ends inclusive. */
    private RouteResponse weather(Call call) {
        String city = call.path("city");
        if (!state.reference().hasCity(city)) {
            throw ApiException.invalid("unknown city " + city);
        }
        QueryParams query = call.query();
        query.bool("detailed", false);
        long now = state.clock().nowMillis();
        Long from = query.optionalLong("from");
        Long to = query.optionalLong("to");
        Long lastSec = query.optionalLong("last_sec");
        long start;
        long end;
        if (lastSec != null) {
            if (from != null || to != null) {
                throw ApiException.invalid("last_sec cannot be used with from or to");
            }
            if (lastSec <= 0) {
                throw ApiException.invalid("last_sec must be positive, got " + lastSec);
            }
            end = now;
            start = now - Math.multiplyExact(lastSec, 1_000L);
        } else {
            if (from != null && to == null) {
                throw ApiException.invalid("from must be paired with to");
            }
            end = to == null ? now : to;
            start = from == null ? end - DAY_MILLIS : from;
            if (end < start) {
                throw ApiException.invalid("to must not be before from");
            }
        }
        List<WeatherPoint> points = state.reference().weather(city, start, end);
        String version = points.isEmpty() ? "" : city + "-temperature-sim";
        return RouteResponse.ok(new Weather(city, version, "fahrenheit", points));
    }

    /** {@code GetLiveDatasResponse}. */
    record Batch(@JsonProperty("live_datas") List<LiveData> liveDatas) {
    }

    /** {@code GetLiveDataResponse}. */
    record One(@JsonProperty("live_data") LiveData liveData) {
    }

    /** {@code GetEventLiveDataResponse}. */
    record EventOne(@JsonProperty("live_data") EventLiveData liveData) {
    }

    /** {@code GetGameStatsResponse}: {@code pbp} left out when there is none. */
    record GameStats(@JsonProperty("pbp") Map<String, Object> pbp) {
    }

    /** {@code GetWeatherIndexResponse}. */
    record Weather(@JsonProperty("city") String city, @JsonProperty("config_version") String configVersion,
            @JsonProperty("units") String units, @JsonProperty("timeseries") List<WeatherPoint> timeseries) {
    }
}
