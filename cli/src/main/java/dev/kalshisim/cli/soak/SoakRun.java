package dev.kalshisim.cli.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.wire.KalshiJson;
import dev.kalshisim.sim.demo.DemoCatalog;
import dev.kalshisim.sim.demo.DemoInstallation;
import dev.kalshisim.sim.demo.SyntheticFlowConfig;
import dev.kalshisim.sim.engine.LiveCounts;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.server.KalshiSimServer;
import dev.kalshisim.sim.server.ServerConfig;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One soak: the simulator as {@code serve --catalog demo} runs it, in this JVM, plus the clients;
 * a warm-up, then heap samples after full collections for the measured minutes.
 */
public final class SoakRun {

    /**
     * What to run; see {@code kalshi-sim soak --help}. {@code minuteLength} is how long one of the
     * command's minutes lasts on the wall clock: a minute for the command, a few seconds in tests
     * that run a soak end to end without spending minutes of the suite on it.
     */
    public record Settings(int minutes, Integer warmupMinutes, int clients, long pauseMillis, int sampleSeconds,
                           int flowSpeed, Duration liveWindow, long seed, Duration minuteLength) {
    }

    /** The figures of a finished soak. */
    public record Result(int minutes, double heapStartMib, double heapEndMib, double slopeMibPerHour, long requests,
                         long errors5xx) {

        /** The machine-readable last line. */
        public String line() {
            return String.format(Locale.ROOT, "soak: minutes=%d heap_start_mib=%.1f heap_end_mib=%.1f"
                    + " slope_mib_per_h=%.2f requests=%d errors_5xx=%d", minutes, heapStartMib, heapEndMib,
                    slopeMibPerHour, requests, errors5xx);
        }
    }

    private static final ObjectMapper JSON = KalshiJson.mapper();
    private static final int MAX_WARMUP_MINUTES = 30;

    private final Settings settings;
    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors5xx = new AtomicLong();
    private final AtomicLong streamMessages = new AtomicLong();
    /** When the last warm-up progress line was written, so waits in short steps still report each minute. */
    private long lastReport = System.nanoTime();

    public SoakRun(Settings settings, PrintWriter out, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.terminal = terminal;
    }

    private long minutesNanos(long minutes) {
        return Math.multiplyExact(settings.minuteLength().toNanos(), minutes);
    }

    public Result run() throws Exception {
        ServerConfig config = ServerConfig.defaults();
        HistoryConfig history = config.history();
        if (settings.liveWindow() != null) {
            history = history.withLive(history.live().withWindow(settings.liveWindow()));
        }
        config = config.withHistory(history);
        long windowMinutes = (history.live().window().toSeconds() + 59) / 60;
        // A short window is let pass before measuring; a long one (Kalshi's 90 days, the default) is
        // never reached in a soak, so there the count caps bound memory and filling the store (which
        // only receives what the caps push out) is the whole warm-up.
        int warmup = settings.warmupMinutes() != null ? settings.warmupMinutes()
                : windowMinutes < MAX_WARMUP_MINUTES ? (int) windowMinutes + 1 : 0;
        try (KalshiSimServer server = KalshiSimServer.start(config)) {
            DemoInstallation demo = DemoCatalog.install(server.state().exchange(), server.state().clock(),
                    flow(settings.seed(), settings.flowSpeed()));
            demo.start();
            List<SoakClient> clients = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            try {
                startClients(server, demo.tickers(), clients, threads);
                out.printf(Locale.ROOT, "soak: %d clients, demo flow x%d, live window %s, warm-up %s, then %d"
                        + " min measured%n", settings.clients(), settings.flowSpeed(), history.live().window(),
                        settings.warmupMinutes() != null ? warmup + " min"
                                : "until " + (warmup > 0 ? warmup + " min have passed and " : "")
                                        + "the in-memory historical store and the request journal are full"
                                        + " (at most " + MAX_WARMUP_MINUTES + " min)", settings.minutes());
                out.flush();
                long start = System.nanoTime();
                waitUntil(start + minutesNanos(warmup), "warm-up", server, null);
                if (settings.warmupMinutes() == null) {
                    waitForFullStore(server, history, start + minutesNanos(MAX_WARMUP_MINUTES));
                }
                HeapTrend trend = new HeapTrend();
                long measured = System.nanoTime();
                trend.sample(measured);
                long end = measured + minutesNanos(settings.minutes());
                while (System.nanoTime() < end) {
                    long next = Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.sampleSeconds()));
                    waitUntil(next, "measuring", server, trend);
                    HeapTrend.Sample sample = trend.sample(System.nanoTime());
                    progress(server, trend, sample, "measuring");
                }
                if (terminal) {
                    out.println();
                }
                List<HeapTrend.Sample> samples = trend.samples();
                return new Result(settings.minutes(), samples.get(0).mib(), samples.get(samples.size() - 1).mib(),
                        trend.slopeMibPerHour(), requests.get(), errors5xx.get());
            } finally {
                threads.forEach(Thread::interrupt);
                for (Thread thread : threads) {
                    thread.join(5_000);
                }
                clients.forEach(SoakClient::close);
                demo.stop();
            }
        }
    }

    /** The demo flow of {@code serve}, its ticks {@code speed} times as often. */
    static SyntheticFlowConfig flow(long seed, int speed) {
        SyntheticFlowConfig base = SyntheticFlowConfig.defaults(seed);
        return new SyntheticFlowConfig(seed, base.tickInterval().dividedBy(speed), base.tickJitter().dividedBy(speed),
                base.takerBasisPoints(), base.jumpBasisPoints(), base.makerLevels(), base.makerSize(),
                base.takerMaxSize(), base.walkStep(), base.jumpSize());
    }

    private void startClients(KalshiSimServer server, List<String> tickers, List<SoakClient> clients,
            List<Thread> threads) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < settings.clients(); i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/sim/v1/accounts"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"balance_dollars\":\"100000.00\",\"tier\":\"prestige\"}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("the control plane refused a soak account: " + created.body());
            }
            JsonNode account = JSON.readTree(created.body());
            Credentials credentials = Credentials.fromPem(account.get("api_key_id").asText(),
                    account.get("private_key_pem").asText());
            SoakClient client = new SoakClient(server.baseUrl(), credentials, tickers, settings.seed() * 1_000 + i,
                    settings.pauseMillis(), requests, errors5xx, streamMessages);
            client.connect();
            clients.add(client);
            Thread thread = new Thread(client::run, "soak-client-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Waits until the store's trade, fill and order tables and the journal are at their caps, or the deadline. */
    private void waitForFullStore(KalshiSimServer server, HistoryConfig history, long deadlineNanos)
            throws InterruptedException {
        var store = server.state().history();
        long cap = history.rowCap();
        while (System.nanoTime() < deadlineNanos && (store.rows("trades") < cap || store.rows("fills") < 2 * cap
                || store.rows("orders") < cap || server.state().journal().size() < server.config().journalCapacity())) {
            long next = Math.min(deadlineNanos, System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            waitUntil(next, "warm-up", server, null);
        }
    }

    private void waitUntil(long deadlineNanos, String phase, KalshiSimServer server, HeapTrend trend)
            throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            Thread.sleep(Math.max(1, Math.min(1_000, (deadlineNanos - System.nanoTime()) / 1_000_000)));
            if (trend == null && System.nanoTime() - lastReport >= TimeUnit.SECONDS.toNanos(terminal ? 1 : 60)) {
                lastReport = System.nanoTime();
                progress(server, null, null, phase);
            }
        }
    }

    private void progress(KalshiSimServer server, HeapTrend trend, HeapTrend.Sample sample, String phase) {
        LiveCounts live = ((MatchingExchange) server.state().exchange()).liveCounts();
        String heap = sample == null ? "" : String.format(Locale.ROOT, " heap %.1f MiB (slope %.2f MiB/h over %d)",
                sample.mib(), trend.slopeMibPerHour(), trend.samples().size());
        String line = String.format(Locale.ROOT, "%s:%s live orders %d fills %d trades %d, historical rows %d,"
                + " requests %d (5xx %d), stream messages %d", phase, heap, live.orders(), live.fills(), live.trades(),
                server.state().history().rows("fills") + server.state().history().rows("orders")
                        + server.state().history().rows("trades"),
                requests.get(), errors5xx.get(), streamMessages.get());
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }
}
