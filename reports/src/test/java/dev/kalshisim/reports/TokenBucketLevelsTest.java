package dev.kalshisim.reports;

import static dev.kalshisim.reports.ConstructedResult.SECOND;
import static dev.kalshisim.reports.ConstructedResult.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kalshisim.core.limits.BucketKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** basic's write bucket: capacity 100, refill 100 tokens/s; each constructed request costs 10. */
class TokenBucketLevelsTest {

    @TempDir
    Path temp;

    @Test
    void startsFullTakesEachRequestAndRefillsUpToCapacity() throws IOException {
        List<TokenBucketLevels.Level> write = levels(ConstructedResult.write(temp.resolve("run")));
        // T0: 100; +10 s: 90; +20 s: refilled to 100 (capped), 90; the 429 a microsecond later
        // takes nothing (90.0001); +50 s: 90; +61 min: 90.
        double[] expected = {100, 90, 90, 90.0001, 90, 90};
        assertThat(write).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(write.get(i).tokens()).as("level %d", i).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(write.get(3).rateLimited()).isTrue();
        assertThat(write.get(3).tsNanos()).isEqualTo(T0 + 20 * SECOND + 1000);
    }

    @Test
    void refillsInProportionToTheTimeBetweenRequests() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("burst"));
        String row = "{\"ts_ns\":%d,\"bucket\":\"write\",\"endpoint\":\"POST /x\",\"tokens\":10,\"wait_ns\":0,"
                + "\"rate_limited\":false}\n";
        Files.writeString(dir.resolve("tokens.jsonl"), row.formatted(T0 + SECOND) + row.formatted(T0 + SECOND)
                + row.formatted(T0 + SECOND + 50_000_000));
        // 90, 80, then 50 ms refill 5 tokens: 85 - 10 = 75.
        assertThat(levels(dir)).extracting(TokenBucketLevels.Level::tokens).containsExactly(100.0, 90.0, 80.0, 75.0);
    }

    private static List<TokenBucketLevels.Level> levels(Path dir) {
        RunResult run = RunResult.read(dir);
        return TokenBucketLevels.of(run, RunFacts.of(run.summary()), BucketKind.WRITE);
    }
}
