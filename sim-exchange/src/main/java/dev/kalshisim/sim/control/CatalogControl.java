package dev.kalshisim.sim.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.SettlementSource;
import dev.kalshisim.sim.engine.reference.Announcement;
import dev.kalshisim.sim.engine.reference.EventLiveData;
import dev.kalshisim.sim.engine.reference.EventMetadataOverride;
import dev.kalshisim.sim.engine.reference.IncentiveProgram;
import dev.kalshisim.sim.engine.reference.LiveData;
import dev.kalshisim.sim.engine.reference.Milestone;
import dev.kalshisim.sim.engine.reference.ReferenceData;
import dev.kalshisim.sim.engine.reference.StructuredTarget;
import dev.kalshisim.sim.engine.reference.WeatherPoint;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Control-plane reference data: milestones and their live data and game stats, event live data,
 * structured targets, announcements, incentive programs, weather index points, event metadata,
 * and FCM members. Each {@code POST} creates or replaces (same id) and answers what is now served.
 */
final class CatalogControl {

    /** Free-form details keep their decimals exact, as every other body does. */
    private static final ObjectReader MAP_READER = Json.mapper().readerFor(Map.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final SimState state;

    CatalogControl(SimState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.open("POST", "/milestones", this::milestone),
                Route.open("POST", "/live_data", this::liveData),
                Route.open("POST", "/live_data/events/{event_ticker}", this::eventLiveData),
                Route.open("POST", "/structured_targets", this::target),
                Route.open("POST", "/announcements", this::announcement),
                Route.open("POST", "/incentive_programs", this::incentive),
                Route.open("POST", "/weather/{city}", this::weather),
                Route.open("POST", "/events/{event_ticker}/metadata", this::eventMetadata),
                Route.open("POST", "/accounts/{member_id}/fcm", this::fcm));
    }

    private ReferenceData data() {
        return state.reference();
    }

    /**
     * {@code {"id"?, "category", "type", "title", "start_date", "end_date"?, "related_event_tickers"?,
     * "primary_event_tickers"?, "notification_message"?, "source_id"?, "source_ids"?, "details"?}} to
     * 201 {@code {"milestone": ...}}; the id is generated when absent.
     */
    private RouteResponse milestone(Call call) {
        JsonBody body = call.body();
        String id = body.has("id") ? body.text("id") : state.newId("milestone");
        Milestone milestone = valid(() -> new Milestone(id, body.text("category"), body.text("type"),
                instant(body, "start_date", true), instant(body, "end_date", false), texts(body, "related_event_tickers"),
                body.text("title"), body.optionalText("notification_message"), body.optionalText("source_id"),
                textMap(body, "source_ids"), map(body, "details"), texts(body, "primary_event_tickers"), now()));
        data().putMilestone(milestone);
        return RouteResponse.created(Map.of("milestone", milestone));
    }

    /**
     * {@code {"milestone_id", "type"?, "details", "game_stats"?}}: the milestone's live data (type
     * defaults to the milestone's), and optionally its play-by-play {@code {"periods": [...]}}.
     */
    private RouteResponse liveData(Call call) {
        JsonBody body = call.body();
        String milestoneId = body.text("milestone_id");
        Milestone milestone = data().milestone(milestoneId)
                .orElseThrow(() -> ApiException.notFound("milestone " + milestoneId + " not found"));
        String type = body.has("type") ? body.text("type") : milestone.type();
        LiveData live = new LiveData(type, map(body, "details"), milestoneId);
        data().putLiveData(live);
        if (body.has("game_stats")) {
            data().putGameStats(milestoneId, map(body, "game_stats"));
        }
        return RouteResponse.created(Map.of("live_data", live));
    }

    /** {@code {"type", "details", "is_historical"?, "default_range"?, "range_options"?}} for an existing event. */
    private RouteResponse eventLiveData(Call call) {
        String ticker = call.path("event_ticker");
        existingEvent(ticker);
        JsonBody body = call.body();
        EventLiveData live = new EventLiveData(body.text("type"), map(body, "details"),
                body.has("is_historical") ? body.bool("is_historical", false) : null,
                body.optionalText("default_range"), body.has("range_options") ? texts(body, "range_options") : null);
        data().putEventLiveData(ticker, live);
        return RouteResponse.created(Map.of("live_data", live));
    }

    /** {@code {"id"?, "name", "type", "details"?, "source_id"?, "source_ids"?}}. */
    private RouteResponse target(Call call) {
        JsonBody body = call.body();
        String id = body.has("id") ? body.text("id") : state.newId("structured-target");
        StructuredTarget target = new StructuredTarget(id, body.text("name"), body.text("type"), map(body, "details"),
                body.optionalText("source_id"), textMap(body, "source_ids"), now());
        data().putTarget(target);
        return RouteResponse.created(Map.of("structured_target", target));
    }

    /** {@code {"message", "type"? (info), "status"? (active), "delivery_time"? (now)}}. */
    private RouteResponse announcement(Call call) {
        JsonBody body = call.body();
        Instant delivered = body.has("delivery_time") ? instant(body, "delivery_time", true) : now();
        Announcement announcement = valid(() -> new Announcement(
                body.has("type") ? body.text("type") : "info", body.text("message"), delivered,
                body.has("status") ? body.text("status") : "active"));
        data().addAnnouncement(announcement);
        return RouteResponse.created(Map.of("announcement", announcement));
    }

    /**
     * {@code {"id"?, "market_ticker", "incentive_type", "incentive_description"?, "start_date",
     * "end_date", "period_reward" (centi-cents), "paid_out"?, "discount_factor_bps"?, "target_size_fp"?,
     * "max_reward_per_account"?}} on an existing market.
     */
    private RouteResponse incentive(Call call) {
        JsonBody body = call.body();
        String ticker = body.text("market_ticker");
        if (state.exchange().market(ticker).isEmpty()) {
            throw ApiException.notFound("market " + ticker + " not found");
        }
        String id = body.has("id") ? body.text("id") : state.newId("incentive");
        Long bps = body.optionalLong("discount_factor_bps");
        Count target = body.optionalCount("target_size_fp");
        IncentiveProgram program = valid(() -> new IncentiveProgram(id, marketId(ticker), ticker,
                body.text("incentive_type"), body.optionalText("incentive_description"), instant(body, "start_date", true),
                instant(body, "end_date", true), body.longInRange("period_reward", 0, 0, Long.MAX_VALUE),
                body.bool("paid_out", false), bps == null ? null : Math.toIntExact(bps), target,
                body.optionalLong("max_reward_per_account")));
        data().putIncentive(program);
        return RouteResponse.created(Map.of("incentive_program", program));
    }

    /** {@code {"points": [{"t": epoch ms on a minute, "v": "81.25", "status"?, "contributors"?}]}}; creates the city. */
    private RouteResponse weather(Call call) {
        String city = call.path("city");
        List<WeatherPoint> points = new ArrayList<>();
        for (JsonBody point : call.body().objects("points", 100_000)) {
            Long contributors = point.optionalLong("contributors");
            points.add(valid(() -> new WeatherPoint(point.longInRange("t", -1, 0, Long.MAX_VALUE),
                    point.optionalDecimal("v"), point.optionalText("status"),
                    contributors == null ? null : Math.toIntExact(contributors))));
        }
        data().putWeather(city, points);
        return RouteResponse.created(Map.of("city", city, "points", points.size()));
    }

    /**
     * {@code {"image_url"?, "featured_image_url"?, "settlement_sources"? [{name, url}], "competition"?,
     * "competition_scope"?, "market_colors"? {ticker: "#RRGGBB"}}}: fields left out keep the values
     * computed from the catalog.
     */
    private RouteResponse eventMetadata(Call call) {
        String ticker = call.path("event_ticker");
        existingEvent(ticker);
        JsonBody body = call.body();
        List<SettlementSource> sources = null;
        if (body.has("settlement_sources")) {
            sources = new ArrayList<>();
            for (JsonBody source : body.objects("settlement_sources", 100)) {
                sources.add(new SettlementSource(source.text("name"), source.optionalText("url")));
            }
        }
        EventMetadataOverride override = new EventMetadataOverride(body.optionalText("image_url"),
                body.optionalText("featured_image_url"), sources, body.optionalText("competition"),
                body.optionalText("competition_scope"), textMap(body, "market_colors"));
        data().putEventMetadata(ticker, override);
        return RouteResponse.ok(Map.of("event_ticker", ticker));
    }

    /** {@code {"subtraders": [member ids]}}: the member becomes an FCM clearing for those members. */
    private RouteResponse fcm(Call call) {
        String memberId = call.path("member_id");
        Set<String> members = Set.copyOf(state.exchange().members());
        if (!members.contains(memberId)) {
            throw ApiException.notFound("member " + memberId + " not found");
        }
        Set<String> subtraders = new LinkedHashSet<>(texts(call.body(), "subtraders"));
        for (String subtrader : subtraders) {
            if (!members.contains(subtrader)) {
                throw ApiException.notFound("member " + subtrader + " not found");
            }
        }
        data().markFcm(memberId, subtraders);
        return RouteResponse.ok(Map.of("member_id", memberId, "subtraders", List.copyOf(subtraders)));
    }

    private void existingEvent(String ticker) {
        if (state.exchange().event(ticker, false).isEmpty()) {
            throw ApiException.notFound("event " + ticker + " not found");
        }
    }

    /** A market's id as the incentive wire names it: a UUID derived from the ticker, stable across runs. */
    static String marketId(String ticker) {
        return UUID.nameUUIDFromBytes(("market:" + ticker).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Now in whole seconds: Kalshi's reference times carry no fractions. */
    private Instant now() {
        return Instant.ofEpochSecond(state.clock().nowMillis() / 1000);
    }

    private static Instant instant(JsonBody body, String name, boolean required) {
        String text = required ? body.text(name) : body.optionalText(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            throw ApiException.invalid(name + " must be an RFC 3339 time such as 2026-09-01T12:00:00Z, got \"" + text + "\"");
        }
    }

    private static List<String> texts(JsonBody body, String name) {
        JsonNode node = body.raw(name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.invalid(name + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiException.invalid(name + " must be an array of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static Map<String, String> textMap(JsonBody body, String name) {
        JsonNode node = body.raw(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiException.invalid(name + " must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw ApiException.invalid(name + "." + field.getKey() + " must be a string");
            }
            out.put(field.getKey(), field.getValue().textValue());
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonBody body, String name) {
        JsonNode node = body.raw(name);
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ApiException.invalid(name + " must be an object");
        }
        try {
            return (Map<String, Object>) MAP_READER.readValue(node);
        } catch (IOException e) {
            throw ApiException.invalid(name + " must be an object");
        }
    }

    /** Builds a record, turning its rule violations into 400s. */
    private static <T> T valid(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException bad) {
            throw ApiException.invalid(bad.getMessage());
        }
    }
}
