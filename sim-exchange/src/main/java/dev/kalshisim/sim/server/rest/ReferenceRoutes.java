package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.sim.engine.reference.Announcement;
import dev.kalshisim.sim.engine.reference.IncentiveProgram;
import dev.kalshisim.sim.engine.reference.Milestone;
import dev.kalshisim.sim.engine.reference.StructuredTarget;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Public reference reads: structured targets, search (tags by series category, filters by sport),
 * incentive programs and exchange announcements. Search is computed from the catalog: tags from
 * the series, sport filters from the sports milestones' {@code sport}, {@code competition} and
 * {@code scope} details.
 */
public final class ReferenceRoutes {

    private static final Set<String> INCENTIVE_STATUSES = Set.of("all", "active", "upcoming", "closed", "paid_out");
    private static final Set<String> INCENTIVE_TYPES = Set.of("all", "liquidity", "volume", "margin_maker_volume");

    private final SimState state;

    public ReferenceRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.open("GET", "/structured_targets", this::targets),
                Route.open("GET", "/structured_targets/{structured_target_id}", this::target),
                Route.open("GET", "/search/tags_by_categories", this::tagsByCategories),
                Route.open("GET", "/search/filters_by_sport", this::filtersBySport),
                Route.open("GET", "/incentive_programs", this::incentives),
                Route.open("GET", "/exchange/announcements",
                        call -> RouteResponse.ok(new Announcements(state.reference().announcements()))));
    }

    /** {@code ids} (repeated or comma-separated), {@code type}, {@code competition}; {@code page_size} 1 to 2,000. */
    private RouteResponse targets(Call call) {
        QueryParams query = call.query();
        Set<String> ids = new LinkedHashSet<>(query.csv("ids", 2000));
        String type = query.optional("type");
        String competition = query.optional("competition");
        List<StructuredTarget> all = state.reference().targets().stream()
                .filter(t -> ids.isEmpty() || ids.contains(t.id()))
                .filter(t -> type == null || type.equals(t.type()))
                .filter(t -> competition == null || t.inCompetition(competition))
                .toList();
        long size = query.longInRange("page_size", 100, 1, 2000);
        QueryParams paging = QueryParams.of(query.optional("cursor") == null
                ? Map.of("limit", List.of(Long.toString(size)))
                : Map.of("limit", List.of(Long.toString(size)), "cursor", List.of(query.optional("cursor"))));
        Pagination.Page<StructuredTarget> page = Pagination.page(all, paging, 100, 2000, StructuredTarget::id);
        return RouteResponse.ok(new Targets(page.items(), page.cursor()));
    }

    private RouteResponse target(Call call) {
        String id = call.path("structured_target_id");
        return RouteResponse.ok(new OneTarget(state.reference().target(id)
                .orElseThrow(() -> ApiException.notFound("structured target " + id + " not found"))));
    }

    /** Every series category with the union of its series' tags, in catalog order. */
    private RouteResponse tagsByCategories(Call call) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        for (Series series : state.exchange().listSeries(null)) {
            if (series.category() != null && !series.category().isBlank()) {
                tags.computeIfAbsent(series.category(), c -> new LinkedHashSet<>()).addAll(series.tags());
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        tags.forEach((category, set) -> out.put(category, List.copyOf(set)));
        return RouteResponse.ok(new TagsByCategories(out));
    }

    /**
     * Sports from the sports milestones: each milestone with a {@code sport} detail adds its
     * {@code competition} and {@code scope}; sports are ordered as first seen.
     */
    private RouteResponse filtersBySport(Call call) {
        Map<String, Set<String>> sportScopes = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> competitions = new LinkedHashMap<>();
        for (Milestone milestone : state.reference().milestones()) {
            String sport = milestone.detail("sport");
            if (sport == null || !"Sports".equalsIgnoreCase(milestone.category())) {
                continue;
            }
            Set<String> scopes = sportScopes.computeIfAbsent(sport, s -> new LinkedHashSet<>());
            Map<String, Set<String>> byCompetition = competitions.computeIfAbsent(sport, s -> new LinkedHashMap<>());
            String scope = milestone.detail("scope");
            if (scope != null) {
                scopes.add(scope);
            }
            String competition = milestone.detail("competition");
            if (competition != null) {
                Set<String> competitionScopes = byCompetition.computeIfAbsent(competition, c -> new LinkedHashSet<>());
                if (scope != null) {
                    competitionScopes.add(scope);
                }
            }
        }
        Map<String, SportFilter> filters = new LinkedHashMap<>();
        sportScopes.forEach((sport, scopes) -> {
            Map<String, ScopeList> byCompetition = new LinkedHashMap<>();
            competitions.get(sport).forEach((name, set) -> byCompetition.put(name, new ScopeList(List.copyOf(set))));
            filters.put(sport, new SportFilter(List.copyOf(scopes), byCompetition));
        });
        return RouteResponse.ok(new FiltersBySports(filters, List.copyOf(sportScopes.keySet())));
    }

    /** {@code status} and {@code type} default to {@code all}; {@code limit} 1 to 10,000 (default 100). */
    private RouteResponse incentives(Call call) {
        QueryParams query = call.query();
        String status = oneOf(query, "status", INCENTIVE_STATUSES);
        String type = oneOf(query, "type", INCENTIVE_TYPES);
        String description = query.optional("incentive_description");
        Instant now = Instant.ofEpochMilli(state.clock().nowMillis());
        List<IncentiveProgram> all = state.reference().incentives().stream()
                .filter(p -> status.equals("all") || status.equals(p.statusAt(now)))
                .filter(p -> type.equals("all") || type.equals(p.incentiveType()))
                .filter(p -> description == null || description.equals(p.incentiveDescription()))
                .toList();
        Pagination.Page<IncentiveProgram> page = Pagination.page(all, query, 100, 10_000, IncentiveProgram::id);
        return RouteResponse.ok(new Incentives(page.items(), page.cursor()));
    }

    private static String oneOf(QueryParams query, String name, Set<String> allowed) {
        String value = query.optional(name);
        if (value == null) {
            return "all";
        }
        if (!allowed.contains(value)) {
            throw ApiException.invalid("query parameter " + name + " must be one of " + String.join(", ",
                    new java.util.TreeSet<>(allowed)) + ", got \"" + value + "\"");
        }
        return value;
    }

    /** {@code GetStructuredTargetsResponse}. */
    record Targets(@JsonProperty("structured_targets") List<StructuredTarget> structuredTargets,
            @JsonProperty("cursor") String cursor) {
    }

    /** {@code GetStructuredTargetResponse}. */
    record OneTarget(@JsonProperty("structured_target") StructuredTarget structuredTarget) {
    }

    /** {@code GetTagsForSeriesCategoriesResponse}. */
    record TagsByCategories(@JsonProperty("tags_by_categories") Map<String, List<String>> tagsByCategories) {
    }

    /** {@code ScopeList}. */
    record ScopeList(@JsonProperty("scopes") List<String> scopes) {
    }

    /** {@code SportFilterDetails}. */
    record SportFilter(@JsonProperty("scopes") List<String> scopes,
            @JsonProperty("competitions") Map<String, ScopeList> competitions) {
    }

    /** {@code GetFiltersBySportsResponse}. */
    record FiltersBySports(@JsonProperty("filters_by_sports") Map<String, SportFilter> filtersBySports,
            @JsonProperty("sport_ordering") List<String> sportOrdering) {
    }

    /** {@code GetIncentiveProgramsResponse}. */
    record Incentives(@JsonProperty("incentive_programs") List<IncentiveProgram> incentivePrograms,
            @JsonProperty("next_cursor") String nextCursor) {
    }

    /** {@code GetExchangeAnnouncementsResponse}. */
    record Announcements(@JsonProperty("announcements") List<Announcement> announcements) {
    }
}
