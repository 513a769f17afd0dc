package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.sim.engine.reference.Milestone;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/** {@code /milestones}: the milestones the control plane (or the demo catalog) put in the reference data. */
public final class MilestoneRoutes {

    private final SimState state;

    public MilestoneRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/milestones", this::milestones),
                Route.open("GET", "/milestones/{milestone_id}", this::milestone));
    }

    /** Kalshi requires {@code limit} here (1 to 500); the filters combine with AND. */
    private RouteResponse milestones(Call call) {
        QueryParams query = call.query();
        query.required("limit");
        query.longInRange("limit", 1, 1, 500);
        Instant minimumStart = rfc3339(query, "minimum_start_date");
        Instant minUpdated = Times.seconds(query, "min_updated_ts");
        Predicate<Milestone> keep = m -> (minimumStart == null || !m.startDate().isBefore(minimumStart))
                && matches(query.optional("category"), m.category())
                && matches(query.optional("competition"), m.detail("competition"))
                && matches(query.optional("source_id"), m.sourceId())
                && matches(query.optional("type"), m.type())
                && (query.optional("related_event_ticker") == null || m.concerns(query.optional("related_event_ticker")))
                && (minUpdated == null || !m.lastUpdatedTs().isBefore(minUpdated));
        List<Milestone> all = state.reference().milestones().stream().filter(keep).toList();
        Pagination.Page<Milestone> page = Pagination.page(all, query, 100, 500, Milestone::id);
        return RouteResponse.ok(new MilestonesPage(page.items(), page.cursor()));
    }

    private RouteResponse milestone(Call call) {
        String id = call.path("milestone_id");
        return RouteResponse.ok(new OneMilestone(state.reference().milestone(id)
                .orElseThrow(() -> ApiException.notFound("milestone " + id + " not found"))));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private static Instant rfc3339(QueryParams query, String name) {
        String text = query.optional(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            throw ApiException.invalid("query parameter " + name + " must be an RFC 3339 time, got \"" + text + "\"");
        }
    }

    /** {@code GetMilestonesResponse}. */
    record MilestonesPage(@JsonProperty("milestones") List<Milestone> milestones, @JsonProperty("cursor") String cursor) {
    }

    /** {@code GetMilestoneResponse}. */
    record OneMilestone(@JsonProperty("milestone") Milestone milestone) {
    }
}
