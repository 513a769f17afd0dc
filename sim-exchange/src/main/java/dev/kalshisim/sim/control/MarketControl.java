package dev.kalshisim.sim.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.PriceRange;
import dev.kalshisim.core.wire.GetMarketResponse;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.RequestProblems;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Control-plane markets: create one (with its series and event if missing), change its status,
 * settle it.
 */
final class MarketControl {

    /** A market created without a close time stays open this long. */
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);

    private final SimState state;

    MarketControl(SimState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.open("POST", "/markets", this::create),
                Route.open("POST", "/markets/{ticker}/settle", this::settle),
                Route.open("POST", "/markets/{ticker}/status", this::status));
    }

    /**
     * {@code {"ticker", "event_ticker", "series_ticker", "title"}} plus optional {@code status}
     * ({@code initialized|active|inactive|closed}, default active), {@code open_time}/{@code close_time}
     * (RFC 3339) or {@code open_ts}/{@code close_ts} (Unix seconds), {@code fee_type},
     * {@code fee_multiplier}, {@code price_level_structure} or {@code price_ranges}, {@code category}.
     *
     * <p>Every field is checked before anything is created, so a refused request leaves no series
     * or event behind.
     */
    private RouteResponse create(Call call) {
        JsonBody body = call.body();
        String ticker = body.text("ticker");
        String eventTicker = body.text("event_ticker");
        String seriesTicker = body.text("series_ticker");
        String title = body.optionalText("title");
        MarketStatus status = body.has("status") ? body.parsedText("status", MarketStatus::fromWire) : MarketStatus.ACTIVE;
        if (status != MarketStatus.ACTIVE && status != MarketStatus.INITIALIZED && status != MarketStatus.INACTIVE
                && status != MarketStatus.CLOSED) {
            throw ApiException.invalid("status must be initialized, active, inactive or closed; settle with /settle");
        }
        Instant[] times = openAndClose(body, status);
        FeeType feeType = body.has("fee_type") ? body.parsedText("fee_type", FeeType::fromWire) : FeeType.QUADRATIC;
        BigDecimal multiplier = body.optionalDecimal("fee_multiplier");
        String multiplierProblem = multiplier == null ? null : state.exchange().limits().feeMultiplierProblem(multiplier);
        if (multiplierProblem != null) {
            throw ApiException.invalid(multiplierProblem + ", got " + shortText(multiplier));
        }
        TickGrid grid = tickGrid(body);
        String category = body.optionalText("category");
        if (state.exchange().market(ticker).isPresent()) {
            throw new ApiException(409, "conflict", "market " + ticker + " already exists");
        }
        if (state.exchange().series(seriesTicker).isEmpty()) {
            ControlPlane.orThrow(state.exchange().createSeries(new SeriesSpec(seriesTicker, seriesTicker,
                    category == null ? "" : category, "custom", List.of(), feeType,
                    multiplier == null ? BigDecimal.ONE : multiplier)));
        }
        if (state.exchange().event(eventTicker, false).isEmpty()) {
            ControlPlane.orThrow(state.exchange().createEvent(new EventSpec(eventTicker, seriesTicker,
                    title == null ? eventTicker : title, "", false, null, null)));
        }
        MarketSpec spec = new MarketSpec(ticker, eventTicker, title == null ? ticker : title, "Yes", "No", times[0],
                times[1], grid, false, "");
        Market market = ControlPlane.orThrow(state.exchange().createMarket(spec));
        if (status == MarketStatus.INACTIVE || status == MarketStatus.CLOSED) {
            market = ControlPlane.orThrow(state.exchange().setMarketStatus(ticker, status));
        }
        return RouteResponse.created(new GetMarketResponse(market));
    }

    /** The market's open and close times, defaulted and checked against each other and the engine's range. */
    private Instant[] openAndClose(JsonBody body, MarketStatus status) {
        Instant now = Instant.ofEpochMilli(state.clock().nowMillis());
        Instant open = time(body, "open_time", "open_ts");
        Instant close = time(body, "close_time", "close_ts");
        if (open == null) {
            open = status == MarketStatus.INITIALIZED ? now.plus(Duration.ofDays(1)) : now;
        }
        if (close == null) {
            close = open.plus(DEFAULT_LIFETIME);
            if (!EngineLimits.acceptsTime(close)) {
                throw ApiException.invalid("close_time is required when open_time is within "
                        + DEFAULT_LIFETIME.toDays() + " days of " + EngineLimits.LATEST_TIME);
            }
        }
        if (status == MarketStatus.INITIALIZED && !open.isAfter(now)) {
            throw ApiException.invalid("an initialized market needs an open_time in the future");
        }
        if (close.isBefore(open)) {
            throw ApiException.invalid("close_time must not be before open_time");
        }
        if (status == MarketStatus.INACTIVE && (open.isAfter(now) || !close.isAfter(now))) {
            // Only an active market can be paused: refuse now rather than after creating it.
            throw ApiException.invalid("an inactive market needs open_time at or before now and close_time after now");
        }
        return new Instant[] {open, close};
    }

    /** {@code {"result": "yes" | "no"}}: cancels resting orders, pays winners, finalizes the market. */
    private RouteResponse settle(Call call) {
        MarketResult result = call.body().parsedText("result", MarketResult::fromWire);
        if (result != MarketResult.YES && result != MarketResult.NO) {
            throw ApiException.invalid("result must be yes or no");
        }
        return RouteResponse.ok(new GetMarketResponse(
                ControlPlane.orThrow(state.exchange().settleMarket(call.path("ticker"), result))));
    }

    /** {@code {"status": "active" | "inactive" | "closed"}}: open, pause or close a market now. */
    private RouteResponse status(Call call) {
        MarketStatus status = call.body().parsedText("status", MarketStatus::fromWire);
        return RouteResponse.ok(new GetMarketResponse(
                ControlPlane.orThrow(state.exchange().setMarketStatus(call.path("ticker"), status))));
    }

    private static Instant time(JsonBody body, String rfcField, String secondsField) {
        if (body.has(rfcField) && body.has(secondsField)) {
            throw ApiException.invalid("give " + rfcField + " or " + secondsField + ", not both");
        }
        String text = body.optionalText(rfcField);
        if (text != null) {
            Instant parsed;
            try {
                parsed = Instant.parse(text);
            } catch (DateTimeParseException bad) {
                throw ApiException.invalid(rfcField + " must be RFC 3339 like 2026-01-01T00:00:00Z, got "
                        + shortText(text));
            }
            if (!EngineLimits.acceptsTime(parsed)) {
                throw ApiException.invalid(rfcField + " must be from " + EngineLimits.EARLIEST_TIME + " to before "
                        + EngineLimits.LATEST_TIME + ", got " + text);
            }
            return parsed;
        }
        Long seconds = body.optionalLong(secondsField);
        if (seconds == null) {
            return null;
        }
        long latest = EngineLimits.LATEST_TIME.getEpochSecond();
        if (seconds < 0 || seconds >= latest) {
            throw ApiException.invalid(secondsField + " must be Unix seconds from 0 to " + (latest - 1) + ", got "
                    + seconds);
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** A value as the client sent it, cut short so an error message stays one readable line. */
    private static String shortText(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toString() : String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static TickGrid tickGrid(JsonBody body) {
        String structure = body.optionalText("price_level_structure");
        JsonNode ranges = body.raw("price_ranges");
        if (ranges != null) {
            PriceRange[] parsed = Json.convert(ranges, PriceRange[].class, "price_ranges");
            if (parsed == null || parsed.length == 0 || Arrays.stream(parsed).anyMatch(r -> r == null
                    || r.start() == null || r.end() == null || r.step() == null)) {
                throw ApiException.invalid("price_ranges must be a non-empty array of {start, end, step} objects");
            }
            return grid(() -> TickGrid.custom(List.of(parsed)), "price_ranges");
        }
        return structure == null ? TickGrid.linearCent() : grid(() -> TickGrid.named(structure), "price_level_structure");
    }

    private static TickGrid grid(Supplier<TickGrid> build, String field) {
        try {
            return build.get();
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw ApiException.invalid(field + ": " + RequestProblems.presentable(bad.getMessage(), "is not a valid tick grid"));
        }
    }
}
