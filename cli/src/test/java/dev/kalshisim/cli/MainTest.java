package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("kalshi-sim", "Commands:", "help");
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("kalshi-sim ").doesNotContain("${project.version}").doesNotContain("unknown");
    }

    @Test
    void unknownOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("kalshi-sim: ").doesNotContain("\n").doesNotContain("Exception");
    }
}
