package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.soak.SoakRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/** A soak end to end: the server, the demo flow and a signed client on loopback, and its last line. */
@Timeout(120)
@Isolated("it samples the heap")
class SoakCommandIT {

    @Test
    void aShortSoakRunsEndToEndAndEndsWithTheLine() throws Exception {
        // The whole run (server, demo flow, a signed client, heap samples) with one of its minutes
        // lasting 3 s, so the suite does not spend a wall-clock minute on it.
        SoakRun.Settings settings = new SoakRun.Settings(1, 0, 1, 100, 2, 1, null, 1L, Duration.ofSeconds(3));
        SoakRun.Result result = new SoakRun(settings, new PrintWriter(new StringWriter(), true), false).run();

        assertThat(result.requests()).isPositive();
        assertThat(result.errors5xx()).isZero();
        assertThat(result.line()).matches("soak: minutes=1 heap_start_mib=\\d+\\.\\d heap_end_mib=\\d+\\.\\d"
                + " slope_mib_per_h=-?\\d+\\.\\d\\d requests=\\d+ errors_5xx=0");
    }
}
