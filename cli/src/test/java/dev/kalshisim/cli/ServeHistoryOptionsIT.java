package dev.kalshisim.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code serve --data-dir} and {@code --live-window}. */
@Timeout(60)
class ServeHistoryOptionsIT {

    @TempDir
    Path dir;

    @Test
    void aDataDirHoldsTheHistoricalDatabaseAndTheCutoffIsServed() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        StringWriter err = new StringWriter();
        Path data = dir.resolve("history-data");
        Thread serving = new Thread(() -> Main.run(new String[] {"serve", "--port", "0", "--catalog", "none",
            "--data-dir", data.toString(), "--live-window", "90s"}, new PrintWriter(pipe, true),
                new PrintWriter(err, true)));
        serving.start();
        String base = lines.readLine().substring("listening on ".length());
        HttpResponse<String> cutoff = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/trade-api/v2/historical/cutoff")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cutoff.statusCode()).isEqualTo(200);
        assertThat(cutoff.body()).contains("\"trades_created_ts\":\"1970-01-01T00:00:00Z\"");
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("history"));
        serving.interrupt();
        serving.join(10_000);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDataDirThatIsAFileIsOneLineAndNonZero() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--catalog", "none", "--data-dir", file.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--data-dir").contains("is not a directory");
    }
}
