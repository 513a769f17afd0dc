package dev.kalshisim.sim.control;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.replay.playback.Playback;
import dev.kalshisim.sim.replay.playback.PlaybackStatus;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A replaying server's playback ({@code serve --replay}): where it stands, and on the virtual clock
 * a step to the next record, so a test in any language can walk a recording record time by record
 * time ({@code POST /clock/advance} moves by a duration).
 */
final class ReplayControl {

    private final SimState state;
    private final Supplier<Playback> playback;

    ReplayControl(SimState state, Supplier<Playback> playback) {
        this.state = state;
        this.playback = playback;
    }

    List<Route> routes() {
        return List.of(
                Route.open("GET", "/replay", call -> RouteResponse.ok(view(playing().status()))),
                Route.open("POST", "/replay/next", this::next));
    }

    /** Moves a virtual clock to the next record's receive time, applying it (and all due with it). */
    private RouteResponse next(Call call) {
        Playback current = playing();
        Clock clock = state.clock();
        if (!(clock instanceof VirtualClock virtual)) {
            throw new ApiException(409, "conflict", "the replay runs on the wall clock; start it with --clock virtual "
                    + "to step it");
        }
        long next = current.status().nextRecordNanos();
        if (next >= 0 && next > virtual.nowNanos()) {
            virtual.advanceTo(next);
        }
        return RouteResponse.ok(view(current.status()));
    }

    private Playback playing() {
        Playback current = playback.get();
        if (current == null) {
            throw new ApiException(404, "not_found", "this server is not replaying a recording (serve --replay)");
        }
        return current;
    }

    private Map<String, Object> view(PlaybackStatus s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("markets", s.markets());
        out.put("events", s.events());
        out.put("records", s.records());
        out.put("applied", s.applied());
        out.put("exhausted", s.exhausted());
        out.put("first_recv_ns", s.firstRecvNanos());
        out.put("last_recv_ns", s.lastRecvNanos());
        out.put("last_applied_ns", s.lastAppliedNanos());
        out.put("next_record_ns", s.nextRecordNanos());
        out.put("skipped", s.skipped());
        out.put("held_back", s.heldBack());
        out.put("refused", s.refused());
        if (s.lastRefusal() != null) {
            out.put("last_refusal", s.lastRefusal());
        }
        out.put("now_ms", state.clock().nowMillis());
        return out;
    }
}
