package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.soak.HeapTrend;
import dev.kalshisim.cli.soak.SoakRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The soak command's arguments, help, fit and last line; the end-to-end run is {@link SoakCommandIT}. */
@Timeout(120)
class SoakCommandTest {

    @Test
    void badArgumentsGiveOneLineAndANonZeroExit() {
        for (String[] args : new String[][] {{"soak"}, {"soak", "--minutes", "0"}, {"soak", "--minutes", "x"},
            {"soak", "--minutes", "1", "--clients", "99"}, {"soak", "--minutes", "1", "--live-window", "5y"}}) {
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertThat(code).as(String.join(" ", args)).isNotZero();
            assertThat(err.toString().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(err.toString()).startsWith("kalshi-sim: ");
        }
    }

    @Test
    void helpSaysWhatAMinuteIs() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new String[] {"soak", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(out.toString()).contains("wall-clock minutes").contains("warm-up").contains("slope_mib_per_h");
    }

    @Test
    void theSlopeIsALeastSquaresFitInMibPerHour() {
        HeapTrend trend = new HeapTrend();
        for (int minute = 0; minute <= 30; minute++) {
            // 100 MiB plus 6 MiB an hour, with a wobble that averages out.
            trend.add(minute * 60_000_000_000L, 100 + minute / 10.0 + (minute % 2 == 0 ? 0.5 : -0.5));
        }
        assertThat(trend.slopeMibPerHour()).isBetween(5.5, 6.5);
        assertThat(new HeapTrend().slopeMibPerHour()).isZero();
    }

    @Test
    void theLastLineHasTheDocumentedShape() {
        String line = new SoakRun.Result(30, 120.04, 121.46, 2.345, 61_000, 0).line();
        assertThat(line).isEqualTo("soak: minutes=30 heap_start_mib=120.0 heap_end_mib=121.5 slope_mib_per_h=2.35"
                + " requests=61000 errors_5xx=0");
    }
}
