package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.auth.TestKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code run}: one line on standard error, a non-zero exit, never a stack trace. */
@Timeout(60)
class RunCommandIT {

    @TempDir
    Path dir;

    private Path keyFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeKey() throws Exception {
        keyFile = Files.writeString(dir.resolve("key.pem"), TestKeys.firstPrivateKeyPem());
    }

    @Test
    void anUnknownStrategyNamesTheKnownOnes() {
        assertOneLineFailure(1, run("--strategy", "nope"), "no strategy named nope; known: [event-arb, load, market-maker, mid-quoter, momentum, noop, poller, streamer]");
    }

    @Test
    void aMissingKeyFileIsNamed() {
        assertOneLineFailure(1, run("--key-file", dir.resolve("absent.pem").toString()), "cannot read key file");
    }

    @Test
    void aMalformedPemSaysWhatWasExpectedWithoutEchoingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.pem"), "-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0\n"
                + "-----END RSA PRIVATE KEY-----\n");

        assertOneLineFailure(1, run("--key-file", bad.toString()), "PEM private key");
        assertThat(err.toString()).doesNotContain("c2VjcmV0");
    }

    @Test
    void aParameterWithoutAnEqualsSignIsRefused() {
        assertOneLineFailure(1, run("--param", "spread"), "a parameter must look like key=value");
    }

    @Test
    void aParameterTheStrategyDoesNotTakeIsRefused() {
        assertOneLineFailure(1, run("--param", "sprad=0.02"), "strategy mid-quoter has no parameter sprad");
    }

    @Test
    void aParameterValueThatDoesNotParseIsRefused() {
        assertOneLineFailure(1, run("--param", "spread=wide"), "parameter spread must be a price");
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertOneLineFailure(1, run("--url", "ftp://example.com/trade-api/v2"), "--url must be a REST base");
    }

    @Test
    void anUnreachableServerFailsTheStart() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertOneLineFailure(1, run("--url", "http://127.0.0.1:" + closedPort),
                "cannot run against http://127.0.0.1:" + closedPort + "/trade-api/v2: reading the balance failed",
                "connection refused");
    }

    @Test
    void aBadDurationIsAUsageError() {
        assertOneLineFailure(2, run("--duration", "soon"), "--duration");
    }

    @Test
    void aBadBlackoutTimeIsRefused() {
        assertOneLineFailure(1, run("--blackout", "after lunch"), "a blackout release must be an instant");
    }

    @Test
    void aStrategyMissingARequiredParameterSaysWhichOne() {
        assertOneLineFailure(1, run("--param", "size=2"), "mid-quoter needs a market");
    }

    @Test
    void aDurationParameterTakesTheIsoForm() {
        // It parses, as --duration PT30S does; the run then stops at the missing market.
        assertOneLineFailure(1, run("--param", "refresh=PT30S"), "mid-quoter needs a market");
    }

    @Test
    void aDurationParameterTakesTheShortForm() {
        assertOneLineFailure(1, run("--param", "refresh=30s"), "mid-quoter needs a market");
    }

    @Test
    void aDurationParameterThatIsNoDurationIsRefused() {
        assertOneLineFailure(1, run("--param", "refresh=soon"), "parameter refresh must be a duration");
    }

    @Test
    void anUnknownBlackoutZoneIsRefused() {
        assertOneLineFailure(1, run("--blackout", "08:30", "--blackout-zone", "Mars/Olympus"),
                "--blackout-zone must be a time zone");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        int code = Main.run(new String[] {"run", "--url", "http://127.0.0.1:1"}, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertOneLineFailure(2, code, "Missing required options");
    }

    /** Runs {@code run} with valid defaults, each replaced by the same option in {@code overrides}. */
    private int run(String... overrides) {
        List<String> args = new ArrayList<>(List.of("run"));
        String[][] defaults = {{"--url", "http://127.0.0.1:1"}, {"--key-id", "key-1"},
                {"--key-file", keyFile.toString()}, {"--strategy", "mid-quoter"}, {"--param", "ticker=KXTEST"},
                {"--duration", "1s"}};
        for (String[] option : defaults) {
            if (!List.of(overrides).contains(option[0])) {
                args.add(option[0]);
                args.add(option[1]);
            }
        }
        args.addAll(List.of(overrides));
        return Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void assertOneLineFailure(int expectedCode, int code, String... expectedText) {
        String line = err.toString().strip();
        assertThat(code).as("exit code; stderr: %s", line).isEqualTo(expectedCode);
        assertThat(line).startsWith("kalshi-sim: ").contains(expectedText).doesNotContain("\n")
                .doesNotContain("\tat ").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+Exception");
    }
}
