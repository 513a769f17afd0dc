package dev.kalshisim.cli.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.recording.Manifest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Selection} into the markets to record, each with its market, event and series
 * JSON exactly as the server sent them (the manifest keeps them). An unknown ticker, event or
 * series is one {@link RecordException} that names it.
 */
final class MarketCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1000;

    private final RawRest rest;
    private final Map<String, JsonNode> events = new HashMap<>();
    private final Map<String, JsonNode> series = new HashMap<>();

    MarketCatalog(RawRest rest) {
        this.rest = rest;
    }

    /** The selected markets in a stable order (as named, or as the server lists them). */
    List<Manifest.MarketMetadata> resolve(Selection selection) {
        List<JsonNode> markets = switch (selection.kind()) {
            case TICKERS -> selection.tickers().stream().map(this::market).toList();
            case EVENT -> eventMarkets(selection.tickers().get(0));
            case SERIES -> seriesMarkets(selection.tickers().get(0));
        };
        List<Manifest.MarketMetadata> resolved = new ArrayList<>();
        for (JsonNode market : markets) {
            String eventTicker = market.path("event_ticker").asText("");
            JsonNode event = eventTicker.isEmpty() ? null : event(eventTicker, "market " + market.path("ticker").asText());
            String seriesTicker = event != null && event.hasNonNull("series_ticker") ? event.get("series_ticker").asText()
                    : market.path("series_ticker").asText("");
            JsonNode seriesNode = seriesTicker.isEmpty() ? null : series(seriesTicker, "event " + eventTicker);
            resolved.add(new Manifest.MarketMetadata(market.path("ticker").asText(), market, event, seriesNode));
        }
        return resolved;
    }

    private JsonNode market(String ticker) {
        RawRest.Answer answer = rest.get("/markets/" + encode(ticker));
        if (answer.status() == 404) {
            throw new RecordException("unknown market: " + ticker + " (the server has no such ticker)");
        }
        return field(answer, "market");
    }

    private List<JsonNode> eventMarkets(String eventTicker) {
        event(eventTicker, null);
        List<JsonNode> markets = listMarkets("event_ticker=" + encode(eventTicker));
        if (markets.isEmpty()) {
            throw new RecordException("event " + eventTicker + " has no markets");
        }
        return markets;
    }

    private List<JsonNode> seriesMarkets(String seriesTicker) {
        series(seriesTicker, null);
        List<JsonNode> markets = listMarkets("series_ticker=" + encode(seriesTicker) + "&status=open");
        if (markets.isEmpty()) {
            throw new RecordException("series " + seriesTicker + " has no open markets to record");
        }
        return markets;
    }

    /** The {@code event} object of {@code GET /events/E}; {@code owner} says who pointed at it (null: the user). */
    private JsonNode event(String eventTicker, String owner) {
        JsonNode known = events.get(eventTicker);
        if (known != null) {
            return known;
        }
        RawRest.Answer answer = rest.get("/events/" + encode(eventTicker));
        if (answer.status() == 404) {
            throw new RecordException("unknown event: " + eventTicker + (owner == null ? "" : " (of " + owner + ")"));
        }
        JsonNode event = field(answer, "event");
        events.put(eventTicker, event);
        return event;
    }

    private JsonNode series(String seriesTicker, String owner) {
        JsonNode known = series.get(seriesTicker);
        if (known != null) {
            return known;
        }
        RawRest.Answer answer = rest.get("/series/" + encode(seriesTicker));
        if (answer.status() == 404) {
            throw new RecordException("unknown series: " + seriesTicker + (owner == null ? "" : " (of " + owner + ")"));
        }
        JsonNode node = field(answer, "series");
        series.put(seriesTicker, node);
        return node;
    }

    private List<JsonNode> listMarkets(String filter) {
        List<JsonNode> markets = new ArrayList<>();
        String cursor = "";
        do {
            String query = "/markets?" + filter + "&limit=" + PAGE + (cursor.isEmpty() ? "" : "&cursor=" + encode(cursor));
            JsonNode page = body(rest.get(query));
            page.path("markets").forEach(markets::add);
            cursor = page.path("cursor").asText("");
        } while (!cursor.isEmpty());
        return markets;
    }

    private static JsonNode field(RawRest.Answer answer, String name) {
        JsonNode value = body(answer).get(name);
        if (value == null || !value.isObject()) {
            throw new RecordException("GET " + answer.path() + " answered without a \"" + name + "\" object");
        }
        return value;
    }

    /** The parsed body of a 2xx answer; any other status is a one-line failure. */
    static JsonNode body(RawRest.Answer answer) {
        requireOk(answer);
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new RecordException("GET " + answer.path() + " answered something that is not JSON");
        }
    }

    /** Fails with one line unless {@code answer} is a 2xx; a 401 or 403 says the key was refused. */
    static void requireOk(RawRest.Answer answer) {
        if (answer.ok()) {
            return;
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw new RecordException("the server refused the key (HTTP " + answer.status() + " on GET " + answer.path()
                    + "): check --key-id and --key-file");
        }
        String body = answer.body() == null ? "" : answer.body().strip().replaceAll("\\s+", " ");
        throw new RecordException("GET " + answer.path() + " answered HTTP " + answer.status()
                + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
