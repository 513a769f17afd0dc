package dev.kalshisim.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code kalshi-sim record} as typed: a timed run, and every mistake one line and a non-zero exit. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecordCommandLineIT {

    private static final String TICKER = "KXCLI-26JAN01-A";

    private static EmbeddedSimulator sim;
    private static OpenedAccount account;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sim = EmbeddedSimulator.start();
        sim.createMarket(TICKER);
        sim.createMarket("KXCLI-26JAN01-B");
        account = sim.createAccount(Money.ofDollars(1000), Tier.BASIC, TestKeys.firstPublicKeyPem());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aTimedRecordingOfAnEventEndsByItselfWithItsSummary() throws Exception {
        Path out = dir.resolve("rec");
        Run run = record("--event", "KXCLI-26JAN01", "--out", out.toString(), "--duration", "1s");

        assertThat(run.code).as("stderr: %s", run.err).isZero();
        assertThat(run.out).contains("recording: ", "recorded ").contains("of 2 markets, 0 gaps");
        assertThat(RecordingReader.readManifest(out).markets()).hasSize(2);
        assertThat(RecordingReader.readManifest(out).segments()).isNotEmpty();
    }

    @Test
    void anUnknownTickerIsOneLineAndLeavesNoFolder() throws Exception {
        Path out = dir.resolve("rec");
        Run run = record("--tickers", TICKER + ",KXNOPE-1", "--out", out.toString(), "--duration", "1s");

        assertOneLine(run, "kalshi-sim: unknown market: KXNOPE-1");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownEventOrSeriesIsOneLine() throws Exception {
        assertOneLine(record("--event", "KXNOPE-26JAN01", "--out", dir.resolve("e").toString()),
                "kalshi-sim: unknown event: KXNOPE-26JAN01");
        assertOneLine(record("--series", "KXNOPE", "--out", dir.resolve("s").toString()),
                "kalshi-sim: unknown series: KXNOPE");
    }

    @Test
    void aRefusedKeyIsOneLine() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.pem"), TestKeys.firstPrivateKeyPem());
        Run run = run("record", "--url", sim.serverUrl(), "--key-id", "no-such-key", "--key-file", keyFile.toString(),
                "--tickers", TICKER, "--out", dir.resolve("rec").toString());

        assertOneLine(run, "kalshi-sim: the server refused the key");
    }

    @Test
    void noKeyIsOneLineSayingTheWebSocketNeedsOne() throws Exception {
        Run run = run("record", "--url", sim.serverUrl(), "--tickers", TICKER, "--out", dir.resolve("rec").toString());

        assertOneLine(run, "kalshi-sim: cannot open the WebSocket");
        assertThat(run.err).contains("pass --key-id and --key-file");
        assertThat(dir.resolve("rec")).doesNotExist();
    }

    @Test
    void anUnreachableOrMalformedUrlIsOneLine() throws Exception {
        assertOneLine(run("record", "--url", "http://127.0.0.1:1", "--tickers", TICKER, "--out",
                dir.resolve("a").toString()), "kalshi-sim: cannot reach http://127.0.0.1:1/trade-api/v2");
        assertOneLine(run("record", "--url", "ftp://example.com", "--tickers", TICKER, "--out",
                dir.resolve("b").toString()), "kalshi-sim: --url must be");
    }

    @Test
    void aNonEmptyFolderOrAnUnknownChannelIsOneLine() throws Exception {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertOneLine(record("--tickers", TICKER, "--out", full.toString()), "kalshi-sim: ");
        assertThat(full.resolve("keep.txt")).hasContent("mine");
        assertOneLine(record("--tickers", TICKER, "--out", dir.resolve("c").toString(), "--channels", "fill"),
                "kalshi-sim: --channels: unknown or unrecordable channel \"fill\"");
    }

    private Run record(String... options) throws Exception {
        Path keyFile = dir.resolve("key.pem");
        if (!Files.exists(keyFile)) {
            Files.writeString(keyFile, TestKeys.firstPrivateKeyPem());
        }
        List<String> args = new ArrayList<>(List.of("record", "--url", sim.serverUrl(), "--key-id", account.apiKeyId(),
                "--key-file", keyFile.toString(), "--status-interval", "200ms"));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertOneLine(Run run, String start) {
        assertThat(run.code).as("exit code; out %s", run.out).isNotZero();
        assertThat(run.err.lines().toList()).as("stderr").hasSize(1).first().asString().startsWith(start);
    }

    private record Run(int code, String out, String err) {
    }
}
