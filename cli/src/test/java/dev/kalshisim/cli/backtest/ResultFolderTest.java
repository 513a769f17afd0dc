package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.reports.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderIsCreatedWithTheResult() throws IOException {
        Path out = temp.resolve("deep/out");
        ResultFolder folder = ResultFolder.claim(out);
        assertThat(out).doesNotExist();

        finish(folder, "new");

        assertThat(Files.readString(out.resolve(ResultFolder.SUMMARY))).isEqualTo("new");
        assertThat(temp.resolve("deep").toFile().list()).containsExactly("out");
    }

    @Test
    void anEmptyFolderIsUsed() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));

        finish(ResultFolder.claim(out), "new");

        assertThat(Files.readString(out.resolve(ResultFolder.SUMMARY))).isEqualTo("new");
    }

    @Test
    void aPreviousResultIsReplacedWhole() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve(ResultFolder.SUMMARY), "old");
        Files.writeString(out.resolve("orders.csv"), "old orders");
        Files.writeString(out.resolve("tokens.jsonl"), "old tokens");

        ResultFolder folder = ResultFolder.claim(out);
        Path staging = folder.stage();
        Files.writeString(staging.resolve("orders.csv"), "new orders");
        Files.writeString(staging.resolve(ResultFolder.SUMMARY), "new");
        folder.publish();

        assertThat(out.toFile().list()).containsExactlyInAnyOrder("orders.csv", ResultFolder.SUMMARY);
        assertThat(Files.readString(out.resolve("orders.csv"))).isEqualTo("new orders");
        assertThat(temp.toFile().list()).containsExactly("out");
    }

    @Test
    void aPreviousResultWithItsReportIsStillAResult() throws IOException {
        Path out = Files.createDirectories(temp.resolve("reported"));
        for (String name : List.of(ResultFolder.SUMMARY, "orders.csv", Report.METRICS, Report.EQUITY, Report.HTML)) {
            Files.writeString(out.resolve(name), "old");
        }
        ResultFolder folder = ResultFolder.claim(out);
        Path staging = folder.stage();
        Files.writeString(staging.resolve(ResultFolder.SUMMARY), "new");
        folder.publish();

        assertThat(out.toFile().list()).containsExactly(ResultFolder.SUMMARY);
    }

    @Test
    void aFolderThatIsNotAResultIsRefusedAndLeftAlone() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        assertThatThrownBy(() -> ResultFolder.claim(notes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--out " + notes + " is not empty and holds no backtest result (no summary.json, or other "
                        + "files beside it): choose another folder or empty it");

        // A summary beside someone else's file is not a result either: replacing it would delete their file.
        Files.writeString(notes.resolve(ResultFolder.SUMMARY), "{}");
        assertThatThrownBy(() -> ResultFolder.claim(notes)).isInstanceOf(IllegalArgumentException.class);
        assertThat(notes.toFile().list()).containsExactlyInAnyOrder("todo.txt", ResultFolder.SUMMARY);

        // Result files without their summary are a failed or foreign result: not ours to replace.
        Path half = Files.createDirectories(temp.resolve("half"));
        Files.writeString(half.resolve("orders.csv"), "x");
        assertThatThrownBy(() -> ResultFolder.claim(half)).isInstanceOf(IllegalArgumentException.class);

        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> ResultFolder.claim(file)).hasMessage("--out " + file + " is a file, not a folder");
    }

    @Test
    void aFailedRunLeavesNothingBehind() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve(ResultFolder.SUMMARY), "old");
        ResultFolder folder = ResultFolder.claim(out);
        Path staging = folder.stage();
        Files.writeString(staging.resolve("orders.csv"), "half");

        folder.abandon();

        assertThat(temp.toFile().list()).containsExactly("out");
        assertThat(Files.readString(out.resolve(ResultFolder.SUMMARY))).isEqualTo("old");
    }

    @Test
    void aFailedRunRemovesTheFoldersItCreatedAboveTheTarget() throws IOException {
        ResultFolder folder = ResultFolder.claim(temp.resolve("runs/today/out"));
        Files.writeString(folder.stage().resolve("orders.csv"), "half");

        folder.abandon();

        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void aKilledRunsStagingFolderIsClearedByTheNextRun() throws IOException {
        Path out = temp.resolve("out");
        Path leftover = Files.createDirectories(temp.resolve(".out.partial"));
        Files.writeString(leftover.resolve("orders.csv"), "killed half-way");

        ResultFolder folder = ResultFolder.claim(out);
        assertThat(folder.stage().toFile().list()).isEmpty();
        folder.abandon();
        assertThat(temp.toFile().list()).isEmpty();
    }

    private static void finish(ResultFolder folder, String summary) throws IOException {
        Path staging = folder.stage();
        Files.writeString(staging.resolve(ResultFolder.SUMMARY), summary);
        folder.publish();
    }
}
