package dev.kalshisim.sim.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Running the SDK script's processes: output capture, environment, and the kill on timeout. */
@Timeout(60)
class ProcessRunIT {

    @TempDir
    Path directory;

    @Test
    void capturesOutputExitCodeAndAddedEnvironment() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");

        ProcessRun run = ProcessRun.run(List.of("/bin/sh", "-c", "echo out $GREETING; echo err >&2; exit 3"),
                directory, Map.of("GREETING", "hello"), Duration.ofSeconds(30), directory.resolve("logs"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.timedOut()).isFalse();
        assertThat(run.succeeded()).isFalse();
        assertThat(run.stdout()).isEqualTo("out hello\n");
        assertThat(run.stderr()).isEqualTo("err\n");
        assertThat(directory.resolve("logs/sh--c.stdout.log")).hasContent("out hello");
    }

    @Test
    void killsTheCommandAndItsChildrenOnTimeout() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");

        ProcessRun run = ProcessRun.run(List.of("/bin/sh", "-c", "sleep 60 & echo $!; wait"), directory, Map.of(),
                Duration.ofMillis(500), null);

        assertThat(run.timedOut()).isTrue();
        assertThat(run.exitCode()).isEqualTo(-1);
        assertThat(run.describe(1_000)).contains("timed out and was killed");
        long child = Long.parseLong(run.stdout().strip());
        Optional<ProcessHandle> sleeper = ProcessHandle.of(child);
        if (sleeper.isPresent()) {
            sleeper.get().onExit().get(10, TimeUnit.SECONDS);
        }
    }
}
