package dev.kalshisim.sim.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kalshisim.sim.control.client.ControlPlaneClient;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.server.KalshiSimServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the running simulator with Kalshi's official TypeScript SDK ({@code kalshi-typescript},
 * pinned in {@code src/test/node/package.json}) and the {@code ws} package, exactly as a bot would
 * after changing only its base URL.
 *
 * <p>The test installs the node project into {@code target/sdk-conformance} with the machine's
 * npm, starts a {@link KalshiSimServer} on an ephemeral loopback port with an empty catalog, opens
 * three funded basic-tier members and three markets through the control plane, runs
 * {@code conformance.mjs} and turns each check the script reports into its own test, so a failure
 * names the check. Without node or npm the test is skipped, except in CI ({@code CI=true}), where
 * it fails: {@code .ci/run} installs them from Debian's packages.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OfficialTypeScriptSdkIT {

    /** Every check the script must report, in its order; the Must-show list of issue 4. */
    static final List<String> REQUIRED_CHECKS = List.of(
            "exchange_status",
            "get_markets",
            "get_market",
            "get_orderbook_empty",
            "resting_order",
            "orderbook_shows_resting_order",
            "crossing_order",
            "fills_with_fees",
            "positions",
            "balances_after_fill",
            "get_trades",
            "cancel_order",
            "batch_create",
            "websocket_refuses_unsigned_upgrade",
            "websocket_orderbook_snapshot_then_delta",
            "cancel_all",
            "account_limits",
            "rate_limit_429_under_burst",
            "settlement");

    /** The script's own budget; each check also has a 20 s limit inside it. */
    static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    static final String START_BALANCE = "1000.00";
    static final String SERIES = "SDKCONF";
    static final String EVENT = "SDKCONF-26";

    /** How much of the script's output a failure message carries. */
    private static final int OUTPUT_CHARS = 12_000;

    @TestFactory
    Stream<DynamicNode> officialSdkDrivesTheRunningSimulator(@TempDir Path keyDirectory) {
        NodeToolchain toolchain = requireToolchain();
        Path module = moduleDirectory();
        NodeProject project = new NodeProject(module.resolve("src/test/node"), module.resolve("target/sdk-conformance"));
        ProcessRun install = project.install(toolchain);
        if (install != null && !install.succeeded()) {
            unavailable("npm could not install the SDK project in " + project.directory() + " (registry unreachable "
                    + "and the package not in npm's cache?)\n" + install.describe(OUTPUT_CHARS));
        }

        ProcessRun script;
        try (EmbeddedSimulator simulator = EmbeddedSimulator.start()) {
            Map<String, String> environment = prepare(simulator, keyDirectory);
            script = ProcessRun.run(List.of(toolchain.node().toString(), "conformance.mjs"), project.directory(),
                    environment, SCRIPT_TIMEOUT, project.directory().resolve("logs"));
        }
        ScriptReport report = ScriptReport.parse(script.stdout());
        if (!script.succeeded()) {
            System.out.println("conformance.mjs with " + toolchain.nodeVersion() + ":\n" + script.describe(OUTPUT_CHARS));
        }
        return tests(report, script);
    }

    /** Opens the members and markets the script trades with; returns the script's environment. */
    private static Map<String, String> prepare(EmbeddedSimulator simulator, Path keyDirectory) {
        ControlPlaneClient control = simulator.control();
        // Keys the simulator generates, as a user of the SDK gets them from the control plane.
        OpenedAccount maker = control.openAccount(START_BALANCE, "basic", false);
        OpenedAccount taker = control.openAccount(START_BALANCE, "basic", false);
        OpenedAccount burst = control.openAccount(START_BALANCE, "basic", false);
        control.createMarket(SERIES + "-26-TRADE", EVENT, SERIES, "SDK conformance: trade and settle");
        control.createMarket(SERIES + "-26-BOOK", EVENT, SERIES, "SDK conformance: cancel and batch");
        control.createMarket(SERIES + "-26-WS", EVENT, SERIES, "SDK conformance: WebSocket book");

        Map<String, String> environment = new HashMap<>();
        environment.put("KALSHI_BASE_URL", simulator.restBaseUrl());
        environment.put("KALSHI_WS_URL", simulator.webSocketUrl().toString());
        environment.put("SIM_CONTROL_URL", control.url());
        // The maker's key goes in as PEM text, the taker's as a file: the SDK's two ways to take a key.
        environment.put("MAKER_KEY_ID", maker.apiKeyId());
        environment.put("MAKER_PRIVATE_KEY_PEM", maker.privateKeyPem());
        environment.put("MAKER_START_BALANCE", START_BALANCE);
        environment.put("TAKER_KEY_ID", taker.apiKeyId());
        environment.put("TAKER_PRIVATE_KEY_PATH", writeKey(keyDirectory.resolve("taker.pem"), taker.privateKeyPem()));
        environment.put("TAKER_START_BALANCE", START_BALANCE);
        environment.put("BURST_KEY_ID", burst.apiKeyId());
        environment.put("BURST_PRIVATE_KEY_PEM", burst.privateKeyPem());
        environment.put("BURST_START_BALANCE", START_BALANCE);
        environment.put("TRADE_TICKER", SERIES + "-26-TRADE");
        environment.put("TRADE_EVENT_TICKER", EVENT);
        environment.put("BOOK_TICKER", SERIES + "-26-BOOK");
        environment.put("WS_TICKER", SERIES + "-26-WS");
        // axios honours HTTP(S)_PROXY; a proxy configured for the npm registry must not see loopback calls.
        environment.put("NO_PROXY", withLoopback(System.getenv("NO_PROXY")));
        environment.put("no_proxy", withLoopback(System.getenv("no_proxy")));
        return environment;
    }

    private static Stream<DynamicNode> tests(ScriptReport report, ProcessRun script) {
        List<DynamicNode> tests = new ArrayList<>();
        for (String name : REQUIRED_CHECKS) {
            tests.add(dynamicTest(name, () -> {
                ScriptReport.Check check = report.check(name).orElse(null);
                if (check == null) {
                    fail("check " + name + " was not reported by conformance.mjs\n" + script.describe(OUTPUT_CHARS));
                } else if (!check.passed()) {
                    fail("check " + name + " failed: " + check.message());
                }
            }));
        }
        report.checks().values().stream()
                .filter(check -> !REQUIRED_CHECKS.contains(check.name()))
                .forEach(check -> tests.add(dynamicTest(check.name(), () -> {
                    if (!check.passed()) {
                        fail("check " + check.name() + " failed: " + check.message());
                    }
                })));
        tests.add(dynamicTest("script runs to its end and exits 0", () -> {
            if (!script.succeeded() || !report.summaryPrinted()) {
                fail("conformance.mjs did not finish cleanly\n" + script.describe(OUTPUT_CHARS));
            }
        }));
        return tests.stream();
    }

    private static NodeToolchain requireToolchain() {
        StringBuilder whyNot = new StringBuilder();
        return NodeToolchain.locate(whyNot).orElseGet(() -> {
            unavailable(whyNot.toString());
            throw new AssertionError("unreachable");
        });
    }

    /** Skips the suite locally; in CI ({@code CI=true}) fails it, since CI must prove conformance. */
    private static void unavailable(String why) {
        if (mustNotSkip(System.getenv("CI"))) {
            fail("CI=true, so the official-SDK conformance suite cannot be skipped: " + why);
        }
        Assumptions.abort("official-SDK conformance suite skipped: " + why);
    }

    /** Whether the environment variable {@code CI} (null when unset) forbids skipping: {@code true}, any case. */
    static boolean mustNotSkip(String ci) {
        return "true".equalsIgnoreCase(ci);
    }

    /** The sim-exchange module directory: Failsafe's {@code basedir}, else the working directory. */
    private static Path moduleDirectory() {
        String basedir = System.getProperty("basedir");
        Path candidate = Path.of(basedir == null ? "" : basedir).toAbsolutePath();
        if (!Files.exists(candidate.resolve("src/test/node/conformance.mjs"))
                && Files.exists(candidate.resolve("sim-exchange/src/test/node/conformance.mjs"))) {
            candidate = candidate.resolve("sim-exchange");
        }
        return candidate;
    }

    private static String writeKey(Path file, String pem) {
        try {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withLoopback(String existing) {
        String loopback = "127.0.0.1,localhost,::1";
        return existing == null || existing.isBlank() ? loopback : existing + "," + loopback;
    }
}
