package dev.kalshisim.sim.control;

import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.time.DurationText;
import dev.kalshisim.core.wire.MultivariateWire;
import dev.kalshisim.sim.engine.combo.CollectionSpec;
import dev.kalshisim.sim.engine.fee.BlockTradeFees;
import dev.kalshisim.sim.engine.rfq.RfqConfig;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Control-plane combos and RFQs: define a multivariate event collection over existing events, and
 * set the RFQ desk's timings and block-trade fee rule.
 */
final class CollectionControl {

    /** A collection defined without a close time stays open this long. */
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);

    private final SimState state;

    CollectionControl(SimState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.open("POST", "/multivariate_event_collections", this::define),
                Route.open("GET", "/rfq/config", this::rfqConfig),
                Route.open("PUT", "/rfq/config", this::configureRfq));
    }

    /**
     * {@code {"collection_ticker", "series_ticker", "events": [{"event_ticker", "is_yes_only"?,
     * "size_min"?, "size_max"?}], "size_min", "size_max"}} plus optional {@code title},
     * {@code description}, {@code is_ordered}, {@code open_time}/{@code close_time} (RFC 3339;
     * default now and a year later). Answers the collection as {@code GET} shows it.
     */
    private RouteResponse define(Call call) {
        JsonBody body = call.body();
        List<CollectionSpec.EventRule> events = new ArrayList<>();
        for (JsonBody event : body.objects("events", 1000)) {
            Long min = event.optionalLong("size_min");
            Long max = event.optionalLong("size_max");
            events.add(new CollectionSpec.EventRule(event.text("event_ticker"), event.bool("is_yes_only", false),
                    min == null ? null : min.intValue(), max == null ? null : max.intValue()));
        }
        Instant now = Instant.ofEpochMilli(state.clock().nowMillis());
        Instant open = time(body, "open_time", now);
        Instant close = time(body, "close_time", open.plus(DEFAULT_LIFETIME));
        int sizeMin = (int) body.longInRange("size_min", 1, 1, 100);
        int sizeMax = (int) body.longInRange("size_max", Math.max(sizeMin, events.size()), 1, 100);
        CollectionSpec spec = new CollectionSpec(body.text("collection_ticker"), body.text("series_ticker"),
                body.optionalText("title"), body.optionalText("description"), open, close, events, sizeMin, sizeMax,
                body.bool("is_ordered", false));
        MultivariateEventCollection collection = Rejections.orThrow(state.exchange().combos().defineCollection(spec));
        return RouteResponse.ok(new MultivariateWire.GetCollectionResponse(collection));
    }

    private RouteResponse rfqConfig(Call call) {
        return RouteResponse.ok(describe(state.exchange().communications().config()));
    }

    /**
     * Any of {@code rfq_lifetime}, {@code confirm_window}, {@code execution_delay} (durations such as
     * {@code 30s}), {@code fees} ({@code taker_and_maker}, {@code both_taker}, {@code none}) and
     * {@code max_open_rfqs}; the rest stay. Answers the whole configuration.
     */
    private RouteResponse configureRfq(Call call) {
        JsonBody body = call.body();
        RfqConfig config = state.exchange().communications().config();
        try {
            if (body.has("rfq_lifetime")) {
                config = config.withRfqLifetime(DurationText.parse(body.text("rfq_lifetime")));
            }
            if (body.has("confirm_window")) {
                config = config.withConfirmWindow(DurationText.parse(body.text("confirm_window")));
            }
            if (body.has("execution_delay")) {
                config = config.withExecutionDelay(DurationText.parse(body.text("execution_delay")));
            }
            if (body.has("fees")) {
                config = config.withFees(BlockTradeFees.valueOf(body.text("fees").toUpperCase(Locale.ROOT)));
            }
            if (body.has("max_open_rfqs")) {
                config = config.withMaxOpenRfqs((int) body.longInRange("max_open_rfqs", 100, 1, 100_000));
            }
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(bad.getMessage());
        }
        state.exchange().communications().configure(config);
        return RouteResponse.ok(describe(config));
    }

    private static Map<String, Object> describe(RfqConfig config) {
        return Map.of("rfq_lifetime", config.rfqLifetime().toString(), "confirm_window",
                config.confirmWindow().toString(), "execution_delay", config.executionDelay().toString(), "fees",
                config.fees().name().toLowerCase(Locale.ROOT), "max_open_rfqs", config.maxOpenRfqs());
    }

    private static Instant time(JsonBody body, String field, Instant fallback) {
        String text = body.optionalText(field);
        if (text == null) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException bad) {
            throw ApiException.invalid(field + " must be RFC 3339 like 2026-01-01T00:00:00Z");
        }
    }
}
