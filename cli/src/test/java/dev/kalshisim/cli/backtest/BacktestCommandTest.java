package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's refusals: each one line on standard error, a non-zero exit, and nothing written. */
class BacktestCommandTest {

    @TempDir
    static Path shared;

    private static Path recording;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void record() {
        recording = ConstructedRecording.write(shared.resolve("recording"));
    }

    @Test
    void unknownStrategyParameterOrValue() {
        refused(List.of("--strategy", "no-such-strategy"), "no strategy named no-such-strategy; known: [");
        refused(List.of("--param", "colour=red"), "strategy mid-quoter has no parameter colour; it takes [");
        refused(List.of("--param", "spread=wide"), "spread");
        refused(List.of("--param", "nonsense"), "nonsense");
    }

    @Test
    void unknownSampleOrAFolderThatIsNoRecording() throws IOException {
        refused(List.of("--data", "sample:no-such-sample"), "unknown sample no-such-sample; the samples are");
        refused(List.of("--data", temp.resolve("missing").toString()), "no such folder: ");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        refused(List.of("--data", empty.toString()), "is not a recording: it has no manifest.json");
    }

    @Test
    void unknownModelsPacingOrLatency() {
        refusedUsage(List.of("--fill-model", "l3"), "no fill model 'l3'; the fill models are l2, trades");
        refusedUsage(List.of("--queue-model", "fifo"), "no queue model 'fifo'; the queue models are conservative,");
        refusedUsage(List.of("--pacing", "maybe"), "--pacing is on or off, got 'maybe'");
        refusedUsage(List.of("--latency", "fast"), "fast");
        refusedUsage(List.of("--latency-jitter", "-5ms"), "-5ms");
        refusedUsage(List.of("--tier", "gold"), "gold");
        refusedUsage(List.of("--seed", "one"), "one");
    }

    @Test
    void aBadWindow() {
        refusedUsage(List.of("--from", "yesterday"), "'yesterday' is not a time");
        refused(List.of("--from", "2026-03-18T18:05:00Z", "--to", "2026-03-18T18:01:00Z"),
                "--to 2026-03-18T18:01:00.000000000Z must be after --from 2026-03-18T18:05:00.000000000Z");
        refused(List.of("--from", "2026-03-18T19:00:00Z"), "--from 2026-03-18T19:00:00.000000000Z is after the "
                + "recording's end: the recording runs from 2026-03-18T18:00:00.000000000Z to 2026-03-18T18:10:00.500000000Z");
        refused(List.of("--to", "2026-03-18T17:00:00"), "--to 2026-03-18T17:00:00.000000000Z is not after the recording's start");
        refused(List.of("--from", "2026-03-18T16:00:00Z", "--to", "2026-03-18T17:00:00Z"), "is not after the recording's start");
    }

    @Test
    void aWindowReachingPastTheRecordingIsTheRecordingsOwnEnds() throws IOException {
        Path target = temp.resolve("out");
        int code = run(args(List.of("--from", "2026-03-18T17:00:00Z", "--to", "2026-03-19T00:00:00Z"), target));
        assertThat(code).as(err.toString()).isZero();
        String summary = Files.readString(target.resolve(ResultFolder.SUMMARY));
        // The same run as the whole recording: neither end was needed.
        assertThat(summary).contains("\"from\" : null").contains("\"to\" : null");
    }

    @Test
    void anOutFolderThatIsNotAResultIsLeftAsItWas() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");

        int code = run(args(List.of(), notes));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("kalshi-sim: --out " + notes + " is not empty and holds no backtest result (no summary.json,"
                        + " or other files beside it): choose another folder or empty it");
        assertThat(notes.toFile().list()).containsExactly("todo.txt");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingRequiredOptions() {
        assertThat(run("backtest", "--data", recording.toString(), "--strategy", "mid-quoter")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("Missing required option: '--out=DIR'");
    }

    /** Refused when the command ran: exit 1, one line, no output folder. */
    private void refused(List<String> changes, String expected) {
        Path target = temp.resolve("out");
        assertThat(run(args(changes, target))).as(String.join(" ", changes)).isEqualTo(1);
        oneLine(expected, target);
    }

    /** Refused as the command line is read: exit 2, one line, no output folder. */
    private void refusedUsage(List<String> changes, String expected) {
        Path target = temp.resolve("out");
        assertThat(run(args(changes, target))).as(String.join(" ", changes)).isEqualTo(2);
        oneLine(expected, target);
    }

    private void oneLine(String expected, Path target) {
        assertThat(err.toString().lines()).singleElement().asString().startsWith("kalshi-sim: ").contains(expected);
        assertThat(target).doesNotExist();
        assertThat(temp.toFile().list()).allMatch(name -> !name.startsWith("."));
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
    }

    /** A valid command line with the options in {@code changes} (pairs) put in place of its own. */
    private static String[] args(List<String> changes, Path target) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--data", recording.toString());
        options.put("--strategy", "mid-quoter");
        options.put("--out", target.toString());
        List<String> params = new ArrayList<>(List.of("ticker=" + ConstructedRecording.TICKER));
        for (int i = 0; i < changes.size(); i += 2) {
            if (changes.get(i).equals("--param")) {
                params.add(changes.get(i + 1));
            } else {
                options.put(changes.get(i), changes.get(i + 1));
            }
        }
        List<String> args = new ArrayList<>(List.of("backtest"));
        options.forEach((option, value) -> args.addAll(List.of(option, value)));
        params.forEach(param -> args.addAll(List.of("--param", param)));
        return args.toArray(String[]::new);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
