package dev.kalshisim.sim.replay.playback;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * Creates the recorded markets in an engine: every ticker of the replay log, with its event and
 * series from the manifest's metadata when the recorder kept it, else derived from the ticker
 * ({@code SERIES-EVENTSUFFIX-MARKETSUFFIX}). Each market is active for the whole recording: it
 * opens no later than the first record and closes no earlier than a second after the last, so no
 * recorded book is refused for timing; the recorded lifecycle records close and settle it.
 */
public final class ReplayCatalog {

    /** How long after the last record a market stays open at least. */
    static final long CLOSE_MARGIN_NANOS = 1_000_000_000L;

    private final Map<String, Manifest.MarketMetadata> metadata = new HashMap<>();

    /** The catalog of a recording whose manifest is {@code manifest}; null for none (names from the tickers). */
    public ReplayCatalog(Manifest manifest) {
        if (manifest == null) {
            return;
        }
        for (Manifest.MarketMetadata market : manifest.markets()) {
            metadata.put(market.ticker(), market);
        }
    }

    /** How many distinct events the tickers fall in. */
    int eventCount(List<String> tickers) {
        Set<String> events = new LinkedHashSet<>();
        for (String ticker : tickers) {
            events.add(names(ticker)[1]);
        }
        return events.size();
    }

    /**
     * Creates every market of {@code tickers} in {@code exchange}, with its series and event.
     *
     * @param toEngine maps a recorded epoch-nanos time to the engine's clock
     * @param firstRecv the recording's first receive time
     * @param lastRecv its last receive time
     * @return the markets refused, one line each (empty when all were created)
     */
    public List<String> install(Exchange exchange, List<String> tickers, LongUnaryOperator toEngine, long firstRecv,
            long lastRecv) {
        Set<String> seriesDone = new LinkedHashSet<>();
        Set<String> eventsDone = new LinkedHashSet<>();
        List<String> problems = new java.util.ArrayList<>();
        for (String ticker : tickers) {
            String[] names = names(ticker);
            Manifest.MarketMetadata meta = metadata.get(ticker);
            JsonNode market = meta == null ? null : meta.market();
            JsonNode event = meta == null ? null : meta.event();
            JsonNode series = meta == null ? null : meta.series();
            if (seriesDone.add(names[2])) {
                note(problems, exchange.createSeries(seriesSpec(names[2], series)));
            }
            if (eventsDone.add(names[1])) {
                note(problems, exchange.createEvent(new EventSpec(names[1], names[2], text(event, "title", names[1]),
                        text(event, "sub_title", ""), event != null && event.path("mutually_exclusive").asBoolean(false),
                        null, null)));
            }
            long open = Math.min(time(market, "open_time", firstRecv), firstRecv);
            long close = Math.max(time(market, "close_time", lastRecv), lastRecv + CLOSE_MARGIN_NANOS);
            long engineOpen = Math.min(toEngine.applyAsLong(open), toEngine.applyAsLong(firstRecv));
            long engineClose = toEngine.applyAsLong(close);
            MarketSpec spec = new MarketSpec(ticker, names[1], text(market, "title", ticker),
                    text(market, "yes_sub_title", "Yes"), text(market, "no_sub_title", "No"), instant(engineOpen),
                    instant(engineClose), grid(market), market != null && market.path("can_close_early").asBoolean(false),
                    text(market, "rules_primary", ""));
            note(problems, exchange.createMarket(spec));
        }
        return problems;
    }

    /** The market's {@code [ticker, event, series]}: from the metadata, else from the ticker's dashes. */
    String[] names(String ticker) {
        Manifest.MarketMetadata meta = metadata.get(ticker);
        int firstDash = ticker.indexOf('-');
        int lastDash = ticker.lastIndexOf('-');
        String series = firstDash < 0 ? ticker : ticker.substring(0, firstDash);
        String event = lastDash > firstDash ? ticker.substring(0, lastDash) : series;
        if (meta != null) {
            event = text(meta.market(), "event_ticker", text(meta.event(), "event_ticker", event));
            series = text(meta.event(), "series_ticker", text(meta.series(), "ticker", series));
        }
        return new String[] {ticker, event, series};
    }

    private static SeriesSpec seriesSpec(String ticker, JsonNode series) {
        FeeType fee = FeeType.QUADRATIC;
        BigDecimal multiplier = BigDecimal.ONE;
        if (series != null) {
            try {
                if (series.hasNonNull("fee_type")) {
                    fee = FeeType.fromWire(series.get("fee_type").asText());
                }
                if (series.hasNonNull("fee_multiplier")) {
                    multiplier = new BigDecimal(series.get("fee_multiplier").asText());
                }
            } catch (IllegalArgumentException unknown) {
                // An unknown fee word from a newer API: Kalshi's standard quadratic fee is the honest default.
                fee = FeeType.QUADRATIC;
                multiplier = BigDecimal.ONE;
            }
        }
        return new SeriesSpec(ticker, text(series, "title", ticker), text(series, "category", ""),
                text(series, "frequency", "custom"), List.of(), fee, multiplier);
    }

    /** The recorded price structure when the engine knows it; whole cents otherwise. */
    private static TickGrid grid(JsonNode market) {
        String structure = text(market, "price_level_structure", "linear_cent");
        try {
            return TickGrid.named(structure);
        } catch (IllegalArgumentException unknown) {
            return TickGrid.linearCent();
        }
    }

    private static long time(JsonNode node, String field, long otherwise) {
        if (node == null || !node.hasNonNull(field)) {
            return otherwise;
        }
        try {
            Instant at = Instant.parse(node.get(field).asText());
            return at.getEpochSecond() * 1_000_000_000L + at.getNano();
        } catch (DateTimeParseException | ArithmeticException bad) {
            return otherwise;
        }
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node != null && node.hasNonNull(field) && !node.get(field).asText().isEmpty() ? node.get(field).asText()
                : otherwise;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static void note(List<String> problems, EngineResult<?> result) {
        if (!result.isOk() && result.reject() != dev.kalshisim.sim.engine.result.RejectReason.ALREADY_EXISTS) {
            problems.add(result.message());
        }
    }
}
