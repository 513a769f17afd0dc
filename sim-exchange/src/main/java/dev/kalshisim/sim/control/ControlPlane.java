package dev.kalshisim.sim.control;

import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.feed.FeedFaults;
import dev.kalshisim.sim.limits.JournalEntry;
import dev.kalshisim.sim.replay.playback.Playback;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteRequest;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.http.Router;
import dev.kalshisim.sim.server.state.SimState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulator's own API under {@code /sim/v1}, for tests written in any language: accounts and
 * keys, markets and settlement, the clock, faults, the request journal, invariants and reset.
 *
 * <p>No Kalshi auth, no rate limits, no journal entries, no faults; the server answers it on
 * loopback only. Errors use Kalshi's error body so one parser serves both APIs. Thread-safe.
 */
public final class ControlPlane implements Function<RouteRequest, RouteResponse> {

    /** The path prefix of every control-plane endpoint. */
    public static final String PREFIX = "/sim/v1";

    private final SimState state;
    private final Router router = new Router();

    /** The control plane over {@code state}, injecting WebSocket faults through {@code feedFaults}. */
    public ControlPlane(SimState state, FeedFaults feedFaults) {
        this(state, feedFaults, () -> null);
    }

    /** As above, with the server's playback of a recording ({@code /replay}), null while there is none. */
    public ControlPlane(SimState state, FeedFaults feedFaults, Supplier<Playback> playback) {
        this.state = state;
        router.addAll(new AccountControl(state).routes())
                .addAll(new MarketControl(state).routes())
                .addAll(new CollectionControl(state).routes())
                .addAll(new CatalogControl(state).routes())
                .addAll(new ClockControl(state).routes())
                .addAll(new ReplayControl(state, playback).routes())
                .addAll(new FaultControl(state, feedFaults).routes())
                .addAll(new WebSocketFaultControl(feedFaults).routes())
                .addAll(new OrderGroupControl(state).routes())
                .add(Route.open("GET", "/journal", this::journal))
                .add(Route.open("GET", "/invariants", call ->
                        RouteResponse.ok(Map.of("violations", state.exchange().checkInvariants()))))
                .add(Route.open("POST", "/reset", call -> {
                    state.reset();
                    return RouteResponse.ok(Map.of());
                }));
    }

    /** Answers a control-plane request; never throws. */
    @Override
    public RouteResponse apply(RouteRequest request) {
        try {
            Router.Match match = router.match(request.method(), request.path().substring(PREFIX.length()));
            return match.route().endpoint().handle(new Call(request, match.route(), match.pathParams(), null));
        } catch (Throwable failure) {
            return ErrorMapper.toResponse(failure, request.method(), request.path());
        }
    }

    /** {@code ?api_key_id=K&limit=N} to {@code {"entries": [...]}}, newest last (all keys when none is named). */
    private RouteResponse journal(Call call) {
        // Up to 100,000 whatever the capacity (once its default), so clients asking that much still work.
        int most = Math.max(100_000, state.config().journalCapacity());
        int limit = (int) call.query().longInRange("limit", 1_000, 1, most);
        List<JournalEntry> entries = state.journal().newest(call.query().optional("api_key_id"), limit);
        return RouteResponse.ok(Map.of("entries", entries));
    }

    /** The value of an engine outcome, or its refusal as a Kalshi error. */
    static <T> T orThrow(EngineResult<T> outcome) {
        if (!outcome.isOk()) {
            throw new ApiException(outcome.reject().httpStatus(), outcome.reject().wireCode(),
                    outcome.message() == null ? outcome.reject().wireCode() : outcome.message());
        }
        return outcome.value();
    }
}
