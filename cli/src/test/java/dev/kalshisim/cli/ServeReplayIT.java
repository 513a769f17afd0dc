package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code serve --replay DIR --clock virtual}, and its bad arguments. */
@Timeout(60)
class ServeReplayIT {

    private static final long T0 = 1_773_842_400_000_000_000L;
    private static final String M = "KXFED-26MAR-T4.25";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aVirtualReplayServesTheRecordedBookAndStepsWithTheClock() throws Exception {
        Path recording = recording();
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        StringWriter err = new StringWriter();
        Thread serving = new Thread(() -> Main.run(new String[] {"serve", "--replay", recording.toString(),
            "--clock", "virtual"}, new PrintWriter(pipe, true), new PrintWriter(err, true)));
        serving.start();
        String loaded = lines.readLine();
        assertThat(loaded).startsWith("replay: 1 markets in 1 events, 7 records from 2026-03-18T14:00:00Z")
                .contains("virtual clock");
        String base = lines.readLine().substring("listening on ".length());
        assertThat(get(base + "/trade-api/v2/markets/" + M + "/orderbook")).contains("\"yes_dollars\":[[\"0.4500\",\"10.00\"]]");

        post(base + "/sim/v1/clock/advance", "{\"millis\":1500}");
        assertThat(get(base + "/trade-api/v2/markets/" + M + "/orderbook")).contains("\"yes_dollars\":[[\"0.4500\",\"6.00\"]]");
        post(base + "/sim/v1/clock/advance", "{\"millis\":5000}");
        assertThat(lines.readLine()).startsWith("replay: the recording is exhausted after 7 records").endsWith("still serving");
        assertThat(get(base + "/trade-api/v2/markets/" + M)).contains("\"status\":\"finalized\"").contains("\"result\":\"no\"");

        serving.interrupt();
        serving.join(10_000);
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sample:nope||                  |unknown sample nope",
        "MISSING||                      |no such folder",
        "RECORDING|--speed|fast         |--speed must be",
        "RECORDING|--clock|sundial      |--clock must be wall or virtual",
        "RECORDING|--speed|0            |--speed must be"})
    void badArgumentsAreOneLineAndNonZero(String data, String option, String value, String message) throws Exception {
        String where = switch (data) {
            case "MISSING" -> dir.resolve("missing").toString();
            case "RECORDING" -> recording().toString();
            default -> data;
        };
        String[] args = option == null ? new String[] {"serve", "--replay", where}
                : new String[] {"serve", "--replay", where, option, value.trim()};
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains(message.trim());
    }

    @Test
    void speedOnTheVirtualClockAndClockWithoutReplayAreRefused() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--replay", recording().toString(), "--clock", "virtual", "--speed",
            "10"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--speed applies to --clock wall").hasLineCount(1);
        StringWriter err2 = new StringWriter();
        int code2 = Main.run(new String[] {"serve", "--clock", "virtual"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err2, true));
        assertThat(code2).isNotZero();
        assertThat(err2.toString()).contains("apply to --replay only").hasLineCount(1);
    }

    /** One market: a snapshot, a trade and its delta a second later, then a NO result. */
    private Path recording() {
        Path folder = dir.resolve("rec");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        try (RecordingWriter writer = RecordingWriter.create(folder, new Manifest.Origin("record", null, "simulator",
                "serve --replay test"), WriterSettings.DEFAULTS)) {
            writer.write(RecordedMessage.ws(T0, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":{"
                    + "\"market_ticker\":\"" + M + "\",\"yes_dollars_fp\":[[\"0.45\",\"10.00\"]],"
                    + "\"no_dollars_fp\":[[\"0.50\",\"3.00\"]]}}"));
            writer.write(RecordedMessage.ws(T0 + 1_000_000_000L, "{\"type\":\"trade\",\"sid\":2,\"msg\":{\"trade_id\":"
                    + "\"t-1\",\"market_ticker\":\"" + M + "\",\"yes_price_dollars\":\"0.45\",\"count_fp\":\"4.00\","
                    + "\"taker_side\":\"no\",\"ts_ms\":1773842401000}}"));
            writer.write(RecordedMessage.ws(T0 + 1_000_000_000L, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,"
                    + "\"msg\":{\"market_ticker\":\"" + M + "\",\"price_dollars\":\"0.45\",\"delta_fp\":\"-4.00\","
                    + "\"side\":\"yes\",\"ts_ms\":1773842401000}}"));
            writer.write(RecordedMessage.ws(T0 + 5_000_000_000L, "{\"type\":\"market_lifecycle_v2\",\"sid\":3,\"msg\":{"
                    + "\"market_ticker\":\"" + M + "\",\"event_type\":\"determined\",\"result\":\"no\"}}"));
        }
        return folder;
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void post(String url, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
