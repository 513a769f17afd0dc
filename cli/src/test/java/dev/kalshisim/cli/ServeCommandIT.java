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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ServeCommandIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @Test
    void servePrintsTheListeningLineAndServesKalshisApiUntilStopped() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exitCode.set(Main.run(
                new String[] {"serve", "--port", "0", "--catalog", "none"},
                new PrintWriter(pipe, true), new PrintWriter(err, true))));
        serving.start();

        Matcher matcher = LISTENING.matcher(lines.readLine());
        assertThat(matcher.matches()).as("first line of stdout").isTrue();
        assertThat(Integer.parseInt(matcher.group(2))).isPositive();

        HttpResponse<String> status = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(matcher.group(1) + "/trade-api/v2/exchange/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"trading_active\"");

        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theDefaultDemoCatalogTradesWithinFiveSeconds() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe));
        Thread serving = new Thread(() -> Main.run(new String[] {"serve", "--port", "0"},
                new PrintWriter(pipe, true), new PrintWriter(new StringWriter(), true)));
        serving.start();
        try {
            Matcher matcher = LISTENING.matcher(lines.readLine());
            assertThat(matcher.matches()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest trades = HttpRequest.newBuilder(
                    URI.create(matcher.group(1) + "/trade-api/v2/markets/trades?limit=5")).build();
            long deadline = System.nanoTime() + 5_000_000_000L;
            String body = "";
            while (System.nanoTime() < deadline && !body.contains("\"trade_id\"")) {
                body = http.send(trades, HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(body).as("trades within 5 s of start").contains("\"trade_id\"");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(serving.isAlive()).isFalse();
    }

    @Test
    void aMissingConfigFileIsOneLineAndNonZero(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--config", dir.resolve("nope.json").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("kalshi-sim: cannot read config file").doesNotContain("\n");
    }

    @Test
    void aBadConfigFileIsOneLineAndNonZero(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.json"), "{\"no_such_key\": 1}");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--catalog", "none", "--config", config.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("kalshi-sim: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aBadCatalogNameIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--catalog", "everything"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--catalog");
    }
}
