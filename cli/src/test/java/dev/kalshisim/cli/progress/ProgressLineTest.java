package dev.kalshisim.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final VirtualClock clock = VirtualClock.atMillis(1_000_000L);
    private final StringWriter text = new StringWriter();

    @Test
    void aLogGetsALineEveryFiveSeconds() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, clock);
        line.tick(() -> "one");
        clock.advanceByMillis(4_000);
        line.tick(() -> "two");
        clock.advanceByMillis(1_000);
        line.tick(() -> "three");
        line.done();
        assertThat(text.toString().lines()).containsExactly("three");
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlaceAndClearedAtTheEnd() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, clock);
        clock.advanceByMillis(200);
        line.tick(() -> "long status");
        clock.advanceByMillis(200);
        line.tick(() -> "short");
        line.done();
        assertThat(text.toString()).isEqualTo("\rlong status\rshort      \r           \r");
    }
}
