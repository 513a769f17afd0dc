package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StrategiesCommandTest {

    @Test
    void listsEachBundledStrategyWithItsDescriptionAndParameters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"strategies"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains("mid-quoter  quotes a post-only bid and ask around the mid")
                .containsPattern("--param ticker +the market to quote")
                .containsPattern("--param spread +distance between bid and ask .*\\(default 0\\.04\\)")
                .containsPattern("--param refresh +.*\\(default 2s\\)");
    }

    @Test
    void mainListsTheRunAndStrategiesCommands() {
        StringWriter out = new StringWriter();

        assertThat(Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).contains("run", "strategies");
    }
}
