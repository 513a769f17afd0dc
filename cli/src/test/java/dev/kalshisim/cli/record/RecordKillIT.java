package dev.kalshisim.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a recorder in its own JVM while the book moves: the folder it leaves is a
 * readable recording holding every message the recorder had counted as written, at most its last
 * line cut.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RecordKillIT {

    private static final String TICKER = "KXKILL-26JAN01-A";
    private static final Pattern STATUS = Pattern.compile("recording: (\\d+) messages.*");

    @TempDir
    Path dir;

    @Test
    void aKilledRecorderLeavesAReadableRecording() throws Exception {
        try (EmbeddedSimulator sim = EmbeddedSimulator.start()) {
            sim.createMarket(TICKER);
            OpenedAccount account = sim.createAccount(Money.ofDollars(100_000), Tier.BASIC, TestKeys.firstPublicKeyPem());
            Path keyFile = Files.writeString(dir.resolve("key.pem"), TestKeys.firstPrivateKeyPem());
            Path out = dir.resolve("rec");
            Path stdout = dir.resolve("stdout.txt");
            Path stderr = dir.resolve("stderr.txt");
            Process recorder = start(sim, account, keyFile, out, stdout, stderr);
            AtomicBoolean trading = new AtomicBoolean(true);
            Thread flow = new Thread(() -> {
                for (int i = 0; trading.get(); i++) {
                    sim.server().state().exchange().placeOrder(PlaceOrder.bid(account.memberId(), TICKER,
                            Price.ofCents(1 + i % 98), Count.ofContracts(1)));
                    LockSupport.parkNanos(1_000_000L);
                }
            }, "test-flow");
            long counted;
            try {
                flow.start();
                counted = awaitCount(recorder, stdout, stderr, 150);
                recorder.destroyForcibly();
                assertThat(recorder.waitFor(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                trading.set(false);
                flow.join(5_000);
                recorder.destroyForcibly();
            }

            long read = 0;
            List<String> warnings;
            try (RecordingReader reader = RecordingReader.open(out)) {
                while (reader.hasNext()) {
                    RecordedMessage message = reader.next();
                    assertThat(message.rawJson()).startsWith("{");
                    read++;
                }
                warnings = reader.warnings();
            }
            System.out.printf("kill -9: %d messages counted before the kill, %d read back, warnings %s%n",
                    counted, read, warnings);
            assertThat(read).as("every message counted before the kill is readable").isGreaterThanOrEqualTo(counted);
            assertThat(warnings).as("at most the last line cut").hasSizeLessThanOrEqualTo(1);
            assertThat(RecordingReader.readManifest(out).markets()).hasSize(1);
        }
    }

    @Test
    void aTerminatedRecorderClosesCleanlyWithItsFinalManifest() throws Exception {
        try (EmbeddedSimulator sim = EmbeddedSimulator.start()) {
            sim.createMarket(TICKER);
            OpenedAccount account = sim.createAccount(Money.ofDollars(1000), Tier.BASIC, TestKeys.firstPublicKeyPem());
            Path keyFile = Files.writeString(dir.resolve("key.pem"), TestKeys.firstPrivateKeyPem());
            Path out = dir.resolve("rec");
            Path stdout = dir.resolve("stdout.txt");
            Path stderr = dir.resolve("stderr.txt");
            Process recorder = start(sim, account, keyFile, out, stdout, stderr);
            try {
                sim.server().state().exchange().placeOrder(PlaceOrder.bid(account.memberId(), TICKER,
                        Price.ofCents(40), Count.ofContracts(1)));
                awaitCount(recorder, stdout, stderr, 3);
                recorder.destroy(); // SIGTERM: the shutdown hook's path, as for Ctrl-C
                assertThat(recorder.waitFor(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                recorder.destroyForcibly();
            }

            assertThat(Files.readString(stdout)).contains("recorded ");
            long read = 0;
            try (RecordingReader reader = RecordingReader.open(out)) {
                while (reader.hasNext()) {
                    reader.next();
                    read++;
                }
                assertThat(reader.warnings()).as("a clean close").isEmpty();
                assertThat(reader.manifest().lineCount()).as("the final manifest counts every line").isEqualTo(read);
            }
        }
    }

    private static Process start(EmbeddedSimulator sim, OpenedAccount account, Path keyFile, Path out, Path stdout,
                                 Path stderr) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.kalshisim.cli.Main", "record",
                "--url", sim.serverUrl(), "--key-id", account.apiKeyId(), "--key-file", keyFile.toString(),
                "--tickers", TICKER, "--out", out.toString(), "--status-interval", "100ms")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** Waits for a status line of at least {@code atLeast} messages; returns the count of the last one. */
    private static long awaitCount(Process recorder, Path stdout, Path stderr, long atLeast) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertThat(recorder.isAlive()).as("recorder alive; stderr: %s", Files.readString(stderr)).isTrue();
            long last = -1;
            for (String line : Files.readAllLines(stdout)) {
                Matcher status = STATUS.matcher(line);
                if (status.matches()) {
                    last = Long.parseLong(status.group(1));
                }
            }
            if (last >= atLeast) {
                return last;
            }
            LockSupport.parkNanos(50_000_000L);
        }
        throw new AssertionError("no status line with " + atLeast + " messages; stdout: " + Files.readString(stdout));
    }
}
