package dev.kalshisim.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.importer.StagedRecording;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.kalshi.client.KalshiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Backfills the public trade history of some markets into a new trades-only recording.
 *
 * <p>For each market: the trades of {@code GET /markets/trades} and, when the range reaches behind
 * {@code GET /historical/cutoff}, of {@code GET /historical/trades}, page by page with the cursor
 * and {@code min_ts}/{@code max_ts}, limit 1000; then its candlesticks (live or historical
 * endpoint, windows of at most {@link #CANDLES_PER_REQUEST} periods). Pages are written verbatim as
 * REST lines with the path and query they were fetched with. Their receive time is the newest
 * trade's {@code created_time} in the page (a candlestick answer's: its window's end), since a
 * backfill never saw them live and replay wants them when they happened; the pages wait in a
 * {@link PageSpill} and are written in that order. Market, event and series JSON go into the
 * manifest. Pacing is the client's throttle, on the unauthenticated (basic) limits.
 */
public final class Backfill {

    /** Candles asked per request: below Kalshi's cap on one answer. */
    static final int CANDLES_PER_REQUEST = 5000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicApi api;
    private final String baseUrl;
    private final Consumer<String> progress;
    private final long nowSeconds;
    private long trades;
    private long livePages;
    private long historicalPages;
    private long candleAnswers;
    private long compacted;

    /**
     * @param client     the client to read with (its throttle paces the backfill)
     * @param progress   told a short status after each request
     * @param nowSeconds the wall clock's Unix seconds, the latest candle window asked
     */
    public Backfill(KalshiClient client, Consumer<String> progress, long nowSeconds) {
        this.api = new PublicApi(client);
        this.baseUrl = client.baseUrl();
        this.progress = progress;
        this.nowSeconds = nowSeconds;
    }

    /** What a backfill wrote. */
    public record Result(Path dir, int markets, long trades, long lines, String detail) {
    }

    /** Backfills {@code request} into {@code out} (new or empty); nothing is left at {@code out} on failure. */
    public Result run(BackfillRequest request, Path out) {
        try (StagedRecording staged = StagedRecording.begin(out);
                PageSpill spill = new PageSpill(staged.scratch())) {
            List<BackfillMarket> markets = new MarketResolver(api).resolve(request);
            Long cutoffBefore = tradesCutoff();
            Map<String, JsonNode> events = new HashMap<>();
            Map<String, JsonNode> series = new HashMap<>();
            Manifest.Origin origin = new Manifest.Origin("backfill", baseUrl, environment(baseUrl), request.describe());
            long lines;
            try (RecordingWriter writer = RecordingWriter.create(staged.recordingDir(), origin, WriterSettings.DEFAULTS)) {
                int done = 0;
                for (BackfillMarket market : markets) {
                    JsonNode event = market.eventTicker() == null ? null
                            : events.computeIfAbsent(market.eventTicker(), this::event);
                    String seriesTicker = event == null ? null : text(event, "series_ticker");
                    JsonNode seriesJson = seriesTicker == null ? null : series.computeIfAbsent(seriesTicker, this::series);
                    writer.putMarket(new Manifest.MarketMetadata(market.ticker(), market.market(), event, seriesJson));
                    long newest = tradesOf(market, request, cutoffBefore, spill);
                    candlesOf(market, seriesTicker, request, newest, spill);
                    done++;
                    progress.accept("backfill: " + done + "/" + markets.size() + " markets, " + trades + " trades, "
                            + api.requests() + " requests");
                }
                spill.drainTo(writer);
                lines = writer.manifest().lineCount();
            }
            Long cutoffAfter = tradesCutoff();
            String detail = request.describe() + "; " + markets.size() + " markets, " + trades + " trades in "
                    + livePages + " live and " + historicalPages + " historical trades pages, " + candleAnswers
                    + " candlestick answers (period " + request.candlePeriodMinutes() + " min); " + api.requests()
                    + " requests, fetched by " + Instant.ofEpochSecond(nowSeconds)
                    + "; recv_ns of a trades page is its newest trade's created_time, of a candlestick answer its window's end"
                    + (compacted > 0 ? "; " + compacted + " multi-line answers rewritten on one line" : "")
                    + (Objects.equals(cutoffBefore, cutoffAfter) ? ""
                            : "; the historical cutoff moved during the backfill, so a trade may appear twice (same trade_id)");
            staged.setDetail(detail);
            staged.commit();
            return new Result(out, markets.size(), trades, lines, detail);
        }
    }

    /** Spills the market's trades pages; returns its newest trade's Unix seconds, or null with none. */
    private Long tradesOf(BackfillMarket market, BackfillRequest request, Long cutoff, PageSpill spill) {
        String from = request.fromSeconds() == null ? null : request.fromSeconds().toString();
        String to = request.toSeconds() == null ? null : request.toSeconds().toString();
        long newest = Long.MIN_VALUE;
        if (!market.historical()) {
            newest = Math.max(newest, pages("/markets/trades", market.ticker(), from, to, spill, false));
        }
        // Behind the cutoff only if the range reaches there; an archived market's trades are all there.
        boolean reachesHistory = cutoff != null && (request.fromSeconds() == null || request.fromSeconds() <= cutoff);
        if (market.historical() || reachesHistory) {
            newest = Math.max(newest, pages("/historical/trades", market.ticker(), from, to, spill, true));
        }
        return newest == Long.MIN_VALUE ? null : Math.floorDiv(newest, 1_000_000_000L);
    }

    /** Pages through one trades endpoint; returns the newest created_time seen, epoch nanos, or MIN_VALUE. */
    private long pages(String path, String ticker, String from, String to, PageSpill spill, boolean historical) {
        long newest = Long.MIN_VALUE;
        String cursor = null;
        do {
            PublicApi.Answer page = api.get(path, "ticker", ticker, "min_ts", from, "max_ts", to, "limit", "1000",
                    "cursor", cursor);
            JsonNode list = page.json().path("trades");
            if (list.size() > 0) {
                long pageNewest = Long.MIN_VALUE;
                for (JsonNode trade : list) {
                    pageNewest = Math.max(pageNewest, nanos(trade.path("created_time").asText()));
                }
                spill.add(pageNewest, page.path(), oneLine(page));
                newest = Math.max(newest, pageNewest);
                trades += list.size();
                if (historical) {
                    historicalPages++;
                } else {
                    livePages++;
                }
            }
            cursor = page.json().path("cursor").asText("");
            progress.accept("backfill: " + ticker + ", " + trades + " trades, " + api.requests() + " requests");
        } while (!cursor.isEmpty());
        return newest;
    }

    private void candlesOf(BackfillMarket market, String seriesTicker, BackfillRequest request, Long newestTrade,
            PageSpill spill) {
        long period = request.candlePeriodMinutes() * 60L;
        Long start = request.fromSeconds() != null ? request.fromSeconds() : openTime(market);
        Long end = request.toSeconds() != null ? Math.min(request.toSeconds(), Math.max(nowSeconds, newestTrade == null
                ? Long.MIN_VALUE : newestTrade)) : newestTrade;
        if (start == null || end == null || end < start || (!market.historical() && seriesTicker == null)) {
            return;
        }
        String path = market.historical() ? "/historical/markets/" + PublicApi.segment(market.ticker()) + "/candlesticks"
                : "/series/" + PublicApi.segment(seriesTicker) + "/markets/" + PublicApi.segment(market.ticker())
                        + "/candlesticks";
        long window = period * (CANDLES_PER_REQUEST - 1);
        for (long from = start; from <= end; from += window + 1) {
            long to = Math.min(end, from + window);
            PublicApi.Answer answer = api.get(path, "start_ts", Long.toString(from), "end_ts", Long.toString(to),
                    "period_interval", Integer.toString(request.candlePeriodMinutes()));
            spill.add(to * 1_000_000_000L, answer.path(), oneLine(answer));
            candleAnswers++;
        }
    }

    private Long tradesCutoff() {
        PublicApi.Answer cutoff = api.getOrNull("/historical/cutoff");
        String text = cutoff == null ? null : text(cutoff.json(), "trades_created_ts");
        return text == null ? null : Instant.parse(text).getEpochSecond();
    }

    private JsonNode event(String eventTicker) {
        PublicApi.Answer answer = api.getOrNull("/events/" + PublicApi.segment(eventTicker));
        return answer == null ? null : answer.json().path("event");
    }

    private JsonNode series(String seriesTicker) {
        PublicApi.Answer answer = api.getOrNull("/series/" + PublicApi.segment(seriesTicker));
        return answer == null ? null : answer.json().path("series");
    }

    private static Long openTime(BackfillMarket market) {
        String open = text(market.market(), "open_time");
        return open == null ? null : Instant.parse(open).getEpochSecond();
    }

    /** The verbatim body, unless it spans lines (a recording line is one line): then the same JSON on one. */
    private String oneLine(PublicApi.Answer answer) {
        String body = answer.body().strip();
        if (body.indexOf('\n') < 0 && body.indexOf('\r') < 0) {
            return body;
        }
        compacted++;
        try {
            return JSON.writeValueAsString(answer.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long nanos(String isoTime) {
        try {
            Instant instant = Instant.parse(isoTime);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (RuntimeException e) {
            throw new BackfillException("a trade's created_time is not a time: '" + isoTime + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    /** The environment a base URL names, for the manifest. */
    static String environment(String baseUrl) {
        String url = baseUrl.toLowerCase(Locale.ROOT);
        if (url.contains("127.0.0.1") || url.contains("localhost")) {
            return "simulator";
        }
        if (url.contains("demo")) {
            return "demo";
        }
        return url.contains("kalshi.com") ? "production" : "unknown";
    }
}
