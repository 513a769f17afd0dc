package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import dev.kalshisim.reports.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden file of a real run: the market maker on the bundled {@code fed-decision} sample,
 * seed 7, over the whole six hours (five whole hours of returns, so Sharpe and Sortino both have
 * values), through the whole command. Every figure of {@code metrics.json} (P&L, fees, returns and ratios, drawdown, fills,
 * queue times, inventory, tokens per bucket and endpoint, 429s, waits) must come out the same;
 * a change to the generator, the exchange's rules, the fill or queue models, latency, pacing or
 * the metrics shows here first. When a change is meant, rerun with {@code -Dgolden.update=true}
 * and read the diff before committing it.
 */
class GoldenMetricsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/fed-decision-market-maker-seed7.metrics.json");

    @TempDir
    Path temp;

    @Test
    void theMarketMakersMetricsOnTheFedSampleMatchTheGoldenFile() throws IOException {
        Path out = temp.resolve("run");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"backtest", "--data", "sample:fed-decision", "--strategy", "market-maker",
            "--seed", "7", "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();

        String actual = Files.readString(out.resolve(Report.METRICS));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN));
        // Not a golden file of nothing: the run traded, and paid for it in tokens.
        assertThat(actual).doesNotContain("\"fills\" : 0,");
    }
}
