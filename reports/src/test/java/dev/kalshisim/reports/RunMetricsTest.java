package dev.kalshisim.reports;

import static dev.kalshisim.reports.ConstructedResult.HOUR;
import static dev.kalshisim.reports.ConstructedResult.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each metric of {@link ConstructedResult}, worked out by hand. */
class RunMetricsTest {

    @TempDir
    static Path temp;

    static JsonNode metrics;
    static List<EquityCurve.Point> equity;

    @BeforeAll
    static void compute() throws IOException {
        RunResult run = RunResult.read(ConstructedResult.write(temp.resolve("run")));
        RunFacts facts = RunFacts.of(run.summary());
        equity = EquityCurve.of(run, facts);
        metrics = RunMetrics.of(run, facts, equity);
    }

    @Test
    void theRunSpansTheWindowNotTheRecording() {
        assertThat(metrics.at("/run/start_ns").asLong()).isEqualTo(T0);
        assertThat(metrics.at("/run/duration_ns").asLong()).isEqualTo(3 * HOUR);
        // One sample per minute, both ends included.
        assertThat(equity).hasSize(181);
    }

    @Test
    void equityMarksTheOpenPositionAtTheLastFillPrice() {
        // Minute 62: cash 99.40 and one long contract marked at C's fill price 0.20.
        EquityCurve.Point minute62 = equity.get(62);
        assertThat(minute62.cash()).hasToString("99.4000");
        assertThat(minute62.positionsValue()).hasToString("0.2000");
        assertThat(minute62.equity()).hasToString("99.6000");
        assertThat(equity.get(180).equity()).hasToString("100.1000");
    }

    @Test
    void pnlSplitsIntoRealizedAndUnrealized() {
        assertThat(metrics.at("/pnl/equity_change").asText()).isEqualTo("0.1000");
        assertThat(metrics.at("/pnl/realized").asText()).isEqualTo("0.1000");
        assertThat(metrics.at("/pnl/unrealized").asText()).isEqualTo("0.0000");
        assertThat(metrics.at("/pnl/return").asDouble()).isCloseTo(0.001, within(1e-15));
    }

    @Test
    void drawdownIsTheFallFromThePeakInDollarsAndAsAFraction() {
        assertThat(metrics.at("/risk/max_drawdown").asText()).isEqualTo("0.4000");
        assertThat(metrics.at("/risk/max_drawdown_fraction").asDouble()).isCloseTo(0.004, within(1e-15));
    }

    @Test
    void sharpeAndSortinoAreOnHourlyReturnsWithPopulationDeviation() {
        // Hourly equity 100.00, 100.00, 99.60, 100.10: returns 0, -0.004, 0.5/99.6.
        assertThat(metrics.at("/risk/hourly_returns").asInt()).isEqualTo(3);
        assertThat(metrics.at("/risk/sharpe").asDouble()).isCloseTo(0.09214135190008844, within(1e-9));
        assertThat(metrics.at("/risk/sortino").asDouble()).isCloseTo(0.1472359120222623, within(1e-9));
        assertThat(metrics.at("/conventions/returns").asText()).contains("hourly", "not annualized", "population");
    }

    @Test
    void fillRatioIsFilledOverOrderedContracts() {
        assertThat(metrics.at("/execution/ordered_contracts").asText()).isEqualTo("10.00");
        assertThat(metrics.at("/execution/filled_contracts").asText()).isEqualTo("4.00");
        assertThat(metrics.at("/execution/fill_ratio").asDouble()).isEqualTo(0.4);
    }

    @Test
    void timeInQueueRunsFromRestingToFirstFillOrCancel() {
        // A 60 s, B 30 s, C 30 s, F 60 s; D still rests.
        assertThat(metrics.at("/execution/queue_orders_measured").asLong()).isEqualTo(4);
        assertThat(metrics.at("/execution/queue_orders_still_resting").asLong()).isEqualTo(1);
        assertThat(metrics.at("/execution/mean_time_in_queue_ns").asLong()).isEqualTo(45_000_000_000L);
    }

    @Test
    void inventoryStatistics() {
        assertThat(metrics.at("/inventory/max_long").asText()).isEqualTo("2.00");
        assertThat(metrics.at("/inventory/max_short").asText()).isEqualTo("0.00");
        // 2 contracts at minutes 2..61, 1 at 62..150, none otherwise: 209 / 181 samples.
        assertThat(metrics.at("/inventory/mean_abs").asDouble()).isCloseTo(209.0 / 181, within(1e-12));
    }

    @Test
    void tokenBudgetShareIsSpentOverRefillTimesDuration() {
        // basic: write refills 100/s, read 200/s; 3 h = 10,800 s. A 429 spends nothing.
        assertThat(metrics.at("/rate_limits/buckets/write/tokens").asLong()).isEqualTo(40);
        assertThat(metrics.at("/rate_limits/buckets/write/budget").asDouble()).isEqualTo(1_080_000.0);
        assertThat(metrics.at("/rate_limits/buckets/write/budget_share").asDouble())
                .isCloseTo(40 / 1_080_000.0, within(1e-18));
        assertThat(metrics.at("/rate_limits/buckets/read/budget_share").asDouble())
                .isCloseTo(20 / 2_160_000.0, within(1e-18));
        assertThat(metrics.at("/rate_limits/tokens_by_endpoint/POST ~1trade-api~1v2~1portfolio~1orders").asLong())
                .isEqualTo(30);
        assertThat(metrics.at("/rate_limits/rate_limited_requests").asLong()).isEqualTo(1);
        assertThat(metrics.at("/rate_limits/rejections_429").asLong()).isEqualTo(1);
        assertThat(metrics.at("/rate_limits/waits").asLong()).isEqualTo(1);
        assertThat(metrics.at("/rate_limits/wait_ns").asLong()).isEqualTo(5_000_000);
    }
}
