package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {

    @TempDir
    Path cache;

    @Test
    void listsTheSamplesWithTheirSizes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"samples", "--cache", cache.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .containsPattern("NAME +MARKETS +DURATION +EVENTS +CACHED +DESCRIPTION")
                .containsPattern("fed-decision +11 +6h +594059 +no +A Fed decision")
                .containsPattern("weather-nyc +6 +24h +541676 +no +NYC daily-high")
                .containsPattern("cpi-brackets +8 +8h +2175093 +no +Eight CPI brackets")
                .contains("--data sample:NAME");
    }

    @Test
    void generatesASampleIntoTheCacheAndSaysWhere() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"samples", "--cache", cache.toString(), "--generate", "weather-nyc"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isZero();
        Path folder = Path.of(out.toString().trim());
        assertThat(Files.isRegularFile(folder.resolve("manifest.json"))).isTrue();
        assertThat(err.toString()).contains("generating sample weather-nyc: 100%, 541676 messages");
        StringWriter list = new StringWriter();
        Main.run(new String[] {"samples", "--cache", cache.toString()}, new PrintWriter(list, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(list.toString()).containsPattern("weather-nyc +6 +24h +541676 +yes");
    }

    @Test
    void anUnknownSampleIsOneLineAndAFailure() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"samples", "--cache", cache.toString(), "--generate", "nope"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(OneLineErrors.FAILED);
        assertThat(err.toString()).isEqualTo(
                "kalshi-sim: unknown sample nope; the samples are fed-decision, weather-nyc, cpi-brackets"
                        + System.lineSeparator());
    }

    @Test
    void progressOnALogIsALineEveryFiveSecondsAndOnATerminalALineRedrawn() {
        long[] now = {0};
        StringWriter log = new StringWriter();
        GenerationProgress plain = new GenerationProgress(new PrintWriter(log, true), "x", false, () -> now[0]);
        plain.update(1, 100, 10);
        now[0] = 4_000_000_000L;
        plain.update(2, 100, 20);
        now[0] = 5_000_000_000L;
        plain.update(50, 100, 500);
        plain.update(100, 100, 1000);
        assertThat(log.toString().lines()).containsExactly("generating sample x: 50%, 500 messages",
                "generating sample x: 100%, 1000 messages");
        StringWriter tty = new StringWriter();
        GenerationProgress terminal = new GenerationProgress(new PrintWriter(tty, true), "x", true, () -> now[0]);
        terminal.update(10, 100, 1);
        terminal.update(100, 100, 2);
        assertThat(tty.toString()).isEqualTo("\rgenerating sample x: 10%, 1 messages\rgenerating sample x: 100%, 2 messages"
                + System.lineSeparator());
    }
}
