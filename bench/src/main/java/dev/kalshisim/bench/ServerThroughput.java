package dev.kalshisim.bench;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.core.wire.KalshiJson;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.server.ServerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simulator's HTTP throughput side by side with what a bot's author would use instead, in one
 * run on loopback, measured from outside with {@code wrk}:
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.kalshisim.bench.ServerThroughput [--seconds 15] [--warmup 5]
 *     [--threads 2] [--connections 32] [--tier prestige|none] [--only sim,wiremock,jetty]
 *     [--requests balance,create] [--jfr DIR]</pre>
 *
 * <p>{@code --only} and {@code --requests} pick a part of the table (for profiling one target);
 * {@code --jfr DIR} records each run served from this JVM (the simulator, bare Jetty) with Java Flight Recorder and prints where its
 * samples and its threads' CPU went.
 *
 * <ul>
 *   <li>the simulator ({@link EmbeddedSimulator}, in this JVM): signature check, rate limits (every
 *       request charged to its key's bucket), the engine and the request journal all on. Its
 *       account's tier table is raised to a billion tokens so that the figure is throughput, not
 *       the tier's budget; with {@code --tier T} a second simulator at Kalshi's published limits
 *       serves the same load for an account of tier T, and its 429s are counted apart;</li>
 *   <li>WireMock standalone ({@link WireMockProcess}, its own JVM) serving the same JSON as static stubs;</li>
 *   <li>a bare Jetty 12 handler ({@link BareJetty}, in this JVM) answering the same bytes.</li>
 * </ul>
 *
 * <p>Requests: signed {@code GET /trade-api/v2/portfolio/balance} and signed order creates,
 * {@code POST /trade-api/v2/portfolio/events/orders} (Kalshi's V2 create; the legacy
 * {@code /portfolio/orders} writes are refused as production refuses them): a one-contract
 * immediate-or-cancel bid at 10 cents into an empty book, so it is matched, finds nothing and is
 * cancelled, and the book does not grow. Signatures are made in advance, one per second
 * ({@link WrkScript}). Each target gets an unmeasured warm-up run of wrk, then the measured one.
 * The table goes to stdout, progress to stderr.
 */
public final class ServerThroughput {

    static final String BALANCE_PATH = "/trade-api/v2/portfolio/balance";
    static final String CREATE_PATH = "/trade-api/v2/portfolio/events/orders";
    private static final String TICKER = "BENCH-WRK";

    /** What to run. */
    record Options(int seconds, int warmup, int threads, int connections, Tier tier, Set<String> only,
                   Set<String> requests, Path jfr, String wrk, Path wireMockJar) {

        static Options parse(String... args) {
            int seconds = 15;
            int warmup = 5;
            int threads = 2;
            int connections = 32;
            Tier tier = Tier.PRESTIGE;
            Set<String> only = Set.of("sim", "wiremock", "jetty");
            Set<String> requests = Set.of("balance", "create");
            Path jfr = null;
            String wrk = "wrk";
            Path wireMockJar = WireMockProcess.DEFAULT_JAR;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> seconds = OptionValues.positiveInt(args, ++i);
                    case "--warmup" -> warmup = Math.toIntExact(OptionValues.notNegative(args, ++i));
                    case "--threads" -> threads = OptionValues.positiveInt(args, ++i);
                    case "--connections" -> connections = OptionValues.positiveInt(args, ++i);
                    case "--tier" -> {
                        String name = OptionValues.value(args, ++i);
                        tier = name.equals("none") ? null : Tier.fromWire(name);
                    }
                    case "--only" -> only = Set.of(OptionValues.value(args, ++i).split(","));
                    case "--requests" -> requests = Set.of(OptionValues.value(args, ++i).split(","));
                    case "--jfr" -> jfr = Path.of(OptionValues.value(args, ++i));
                    case "--wrk" -> wrk = OptionValues.value(args, ++i);
                    case "--wiremock-jar" -> wireMockJar = Path.of(OptionValues.value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            for (String target : only) {
                if (!Set.of("sim", "wiremock", "jetty").contains(target)) {
                    throw new IllegalArgumentException("--only takes sim, wiremock and jetty: " + target);
                }
            }
            for (String request : requests) {
                if (!Set.of("balance", "create").contains(request)) {
                    throw new IllegalArgumentException("--requests takes balance and create: " + request);
                }
            }
            return new Options(seconds, warmup, threads, connections, tier, only, requests, jfr, wrk, wireMockJar);
        }
    }

    /** One measured row of the table. */
    record Row(String target, String request, Wrk.Result result, String load, double cpuMicrosPerRequest) {
    }

    /**
     * The CPU time the target's process has used so far: this JVM for the simulator and bare Jetty
     * (nothing else runs in it during a measured run), WireMock's own process for WireMock. On a
     * shared machine a target's requests per second follow how much of the cores the other work
     * leaves it; its CPU time per request moves far less, so the table shows both.
     */
    interface CpuClock {
        long cpuNanos();

        static CpuClock thisJvm() {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os::getProcessCpuTime;
        }

        static CpuClock of(ProcessHandle process) {
            return () -> process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
        }
    }

    private final Options options;
    private final Wrk wrk;
    private final List<Row> rows = new ArrayList<>();

    private ServerThroughput(Options options) {
        this.options = options;
        this.wrk = new Wrk(options.wrk(), options.threads(), options.connections());
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println("ServerThroughput: " + bad.getMessage());
            System.err.println("usage: ServerThroughput [--seconds N] [--warmup N] [--threads N] [--connections N]"
                    + " [--tier NAME|none] [--only sim,wiremock,jetty] [--requests balance,create] [--jfr DIR] [--wrk PATH]"
                    + " [--wiremock-jar PATH]");
            System.exit(2);
            return;
        }
        ServerThroughput bench = new ServerThroughput(options);
        bench.run();
        bench.print(System.out);
    }

    private void run() throws Exception {
        Answers answers;
        progress("simulator: starting (tiers raised to a billion tokens; auth, limits, engine and journal on)");
        try (EmbeddedSimulator sim = EmbeddedSimulator.start(ServerConfig.defaults().withTiers(RestLatency.unlimitedTiers()))) {
            Account account = Account.open(sim, Tier.PRESTIGE);
            answers = Answers.fetch(sim.serverUrl(), account.credentials());
            if (options.only().contains("sim")) {
                measure("simulator", "balance", sim.serverUrl(), account.credentials(), "GET", BALANCE_PATH, null, false,
                        CpuClock.thisJvm());
                measure("simulator", "IOC create", sim.serverUrl(), account.credentials(), "POST", CREATE_PATH,
                        answers.createBody(), false, CpuClock.thisJvm());
            }
        }
        if (options.only().contains("sim") && options.tier() != null) {
            progress("simulator: starting at Kalshi's published limits, account tier " + options.tier().wire());
            try (EmbeddedSimulator sim = EmbeddedSimulator.start()) {
                Account account = Account.open(sim, options.tier());
                String target = "simulator, " + options.tier().wire();
                measure(target, "balance", sim.serverUrl(), account.credentials(), "GET", BALANCE_PATH, null, true,
                        CpuClock.thisJvm());
                measure(target, "IOC create", sim.serverUrl(), account.credentials(), "POST", CREATE_PATH,
                        answers.createBody(), true, CpuClock.thisJvm());
            }
        }
        Credentials credentials = answers.credentials();
        if (options.only().contains("wiremock")) {
            progress("WireMock: starting " + options.wireMockJar() + " in its own JVM");
            try (WireMockProcess wireMock = WireMockProcess.start(options.wireMockJar(), BALANCE_PATH,
                    answers.balance(), CREATE_PATH, answers.created())) {
                CpuClock cpu = CpuClock.of(wireMock.process());
                measure("WireMock", "balance", wireMock.baseUrl(), credentials, "GET", BALANCE_PATH, null, false, cpu);
                measure("WireMock", "IOC create", wireMock.baseUrl(), credentials, "POST", CREATE_PATH,
                        answers.createBody(), false, cpu);
            }
        }
        if (options.only().contains("jetty")) {
            progress("bare Jetty: starting");
            try (BareJetty jetty = BareJetty.start(answers.balance(), answers.created())) {
                measure("bare Jetty", "balance", jetty.baseUrl(), credentials, "GET", BALANCE_PATH, null, false,
                        CpuClock.thisJvm());
                measure("bare Jetty", "IOC create", jetty.baseUrl(), credentials, "POST", CREATE_PATH,
                        answers.createBody(), false, CpuClock.thisJvm());
            }
        }
    }

    /** An unmeasured warm-up run of wrk, then the measured one (profiled when asked, for the simulator). */
    private void measure(String target, String request, String baseUrl, Credentials credentials, String method,
                         String path, String body, boolean countStatuses, CpuClock cpu) throws Exception {
        if (!options.requests().contains(request.equals("balance") ? "balance" : "create")) {
            return;
        }
        long firstSecond = Instant.now().getEpochSecond() - 1;
        // Signed for the whole of both runs and then some: start-up of wrk and the slack of os.time().
        int signedSeconds = options.warmup() + options.seconds() + 30;
        Path script = WrkScript.write(credentials, method, path, body, firstSecond, signedSeconds, countStatuses);
        String url = baseUrl + path;
        if (options.warmup() > 0) {
            progress(target + " " + request + ": warm-up " + options.warmup() + " s");
            wrk.run(url, script, options.warmup());
        }
        String load = loadAverage();
        progress(target + " " + request + ": measuring " + options.seconds() + " s (load " + load + ")");
        Wrk.Result result;
        double cpuMicros;
        if (options.jfr() != null && !target.equals("WireMock")) {
            Path file = options.jfr().resolve(fileName(target + "-" + request) + ".jfr");
            ThreadCpu threads;
            long cpuUsed;
            try (Profile profile = Profile.start(file)) {
                threads = new ThreadCpu();
                long cpuBefore = cpu.cpuNanos();
                result = wrk.run(url, script, options.seconds());
                cpuUsed = cpu.cpuNanos() - cpuBefore;
                cpuMicros = cpuUsed / 1_000.0 / Math.max(1, result.requests());
            }
            progress("profile written to " + file);
            threads.print(System.err, cpuUsed, result.requests());
            JfrTopFrames.summarize(file, System.err);
        } else {
            long cpuBefore = cpu.cpuNanos();
            result = wrk.run(url, script, options.seconds());
            cpuMicros = (cpu.cpuNanos() - cpuBefore) / 1_000.0 / Math.max(1, result.requests());
        }
        Files.deleteIfExists(script);
        rows.add(new Row(target, request, result, load, cpuMicros));
        progress(String.format(Locale.ROOT, "  %,.0f requests/s, p50 %s, p99 %s, non-2xx %d, server CPU %.1f us/request",
                result.requestsPerSecond(), latency(result.p50Micros()), latency(result.p99Micros()), result.non2xx(),
                cpuMicros));
    }

    private void print(PrintStream out) {
        out.printf(Locale.ROOT, "ServerThroughput: wrk -t%d -c%d, %d s measured after %d s warm-up, loopback; %s%n",
                options.threads(), options.connections(), options.seconds(), options.warmup(), machine());
        out.printf(Locale.ROOT, "%-22s %-11s %12s %10s %10s %9s %9s %9s %9s %9s %6s%n", "target", "request",
                "requests/s", "p50", "p99", "vs WM", "vs Jetty", "non-2xx", "429", "CPU us/r", "load");
        for (Row row : rows) {
            Wrk.Result r = row.result();
            out.printf(Locale.ROOT, "%-22s %-11s %,12.0f %10s %10s %9s %9s %,9d %9s %9.1f %6s%n", row.target(),
                    row.request(), r.requestsPerSecond(), latency(r.p50Micros()), latency(r.p99Micros()),
                    ratio(row, "WireMock"), ratio(row, "bare Jetty"), r.non2xx() + r.socketErrors(),
                    r.statuses().isEmpty() ? "-" : String.format(Locale.ROOT, "%,d", r.status(429)),
                    row.cpuMicrosPerRequest(), row.load());
            if (!r.statuses().isEmpty()) {
                out.printf(Locale.ROOT, "%-22s   statuses: %s; 429s per second: %,.0f%n", "", r.statuses(),
                        r.status(429) / (double) options.seconds());
            }
        }
        out.println("non-2xx counts wrk's non-2xx answers and socket errors; 429 is counted only where a run expects it;");
        out.println("CPU us/r: the target process's CPU time over the measured run per request answered; load: the"
                + " 1-minute load average as the run began (2 cores, shared)");
    }

    private String ratio(Row row, String against) {
        if (row.target().equals(against) || !row.result().statuses().isEmpty()) {
            // A run at a tier's limits is mostly 429s: its rate is not the server's throughput.
            return "-";
        }
        for (Row other : rows) {
            if (other.target().equals(against) && other.request().equals(row.request())) {
                return String.format(Locale.ROOT, "%.2fx", row.result().requestsPerSecond()
                        / other.result().requestsPerSecond());
            }
        }
        return "-";
    }

    static String latency(double micros) {
        if (Double.isNaN(micros)) {
            return "-";
        }
        return micros >= 1_000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1_000)
                : String.format(Locale.ROOT, "%.0f us", micros);
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    }

    /** The 1-minute load average, as {@code uptime} prints it (other work on the machine shares its cores). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version");
    }

    private static void progress(String line) {
        System.err.println("ServerThroughput: " + line);
    }

    /** A funded account whose key signs the load. */
    private record Account(Credentials credentials) {

        static Account open(EmbeddedSimulator sim, Tier tier) {
            sim.createMarket(TICKER);
            OpenedAccount opened = sim.createAccount(Money.ofDollars(1_000_000), tier, false);
            return new Account(Credentials.fromPem(opened.apiKeyId(), opened.privateKeyPem()));
        }
    }

    /**
     * The simulator's own answers, fetched once, which WireMock and bare Jetty then serve verbatim,
     * so every target writes the same bytes; and the create request's body.
     */
    private record Answers(Credentials credentials, byte[] balance, byte[] created, String createBody) {

        static Answers fetch(String serverUrl, Credentials credentials) throws IOException, InterruptedException {
            String createBody = KalshiJson.mapper().writeValueAsString(new CreateOrderV2Request(TICKER, null,
                    BookSide.BID, Count.ofContracts(1), Price.ofCents(10), null, TimeInForce.IMMEDIATE_OR_CANCEL, null,
                    SelfTradePrevention.TAKER_AT_CROSS, null, null, null, null, null));
            byte[] balance = signed(serverUrl, credentials, "GET", BALANCE_PATH, null, 200);
            byte[] created = signed(serverUrl, credentials, "POST", CREATE_PATH, createBody, 201);
            return new Answers(credentials, balance, created, createBody);
        }

        private static byte[] signed(String serverUrl, Credentials credentials, String method, String path, String body,
                                     int expected) throws IOException, InterruptedException {
            long now = System.currentTimeMillis();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serverUrl + path))
                    .header("KALSHI-ACCESS-KEY", credentials.keyId())
                    .header("KALSHI-ACCESS-TIMESTAMP", Long.toString(now))
                    .header("KALSHI-ACCESS-SIGNATURE", credentials.signer().sign(now, method, path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        }
    }
}
