package dev.kalshisim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.Tier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The REST latency harness end to end against the simulator it starts on loopback, briefly, so a
 * broken harness fails {@code mvn verify}; no timing is asserted.
 */
@Isolated("it measures latency")
class RestLatencyIT {

    @Test
    void restLatencyRunsAgainstALiveSimulator() throws Exception {
        RestLatency.Options options = new RestLatency.Options(Duration.ofMillis(300), Duration.ZERO, Tier.PRESTIGE,
                false, RestLatency.RequestKind.ORDERS);
        RestLatency.Report report = RestLatency.run(options);
        assertThat(report.errors()).isZero();
        assertThat(report.latencies()).containsOnlyKeys("create", "cancel");
        assertThat(report.latencies().get("create").getTotalCount()).isPositive();
        assertThat(report.latencies().get("cancel").getTotalCount())
                .isEqualTo(report.latencies().get("create").getTotalCount());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("p99.9 us", "create", "cancel", "429 responses: 0");
    }

    @Test
    void restLatencyMeasuresTheUnsignedFloor() throws Exception {
        RestLatency.Options options = new RestLatency.Options(Duration.ofMillis(200), Duration.ZERO, Tier.BASIC,
                false, RestLatency.RequestKind.STATUS_UNSIGNED);
        RestLatency.Report report = RestLatency.run(options);
        assertThat(report.errors()).isZero();
        assertThat(report.rateLimited()).isZero();
        assertThat(report.latencies().get("status-unsigned").getTotalCount()).isPositive();
    }
}
