package dev.kalshisim.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * WireMock standalone as an outside user runs it: {@code java -jar wiremock-standalone.jar} in a
 * JVM of its own (default JVM flags, as this bench's own JVM), on 127.0.0.1, with two stubs added
 * through its admin API: the simulator's balance JSON for {@code GET} and its order JSON for
 * {@code POST}.
 *
 * <p>A process of its own, not in this JVM, because that is how a bot's author meets WireMock when
 * they pick it instead of the simulator, and so its JIT, heap and threads are its own. Its request
 * journal is off ({@code --no-request-journal}): it keeps every request unbounded by default, which
 * would slow it as a run goes on; without it WireMock is at its fastest, so the comparison is
 * against its best.
 */
final class WireMockProcess implements AutoCloseable {

    /** Where {@code mvn package} copies the jar (next to benchmarks.jar). */
    static final Path DEFAULT_JAR = Path.of("bench", "target", "wiremock-standalone.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private WireMockProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts WireMock from {@code jar} and installs the two stubs; returns once they are served. */
    static WireMockProcess start(Path jar, String getPath, byte[] getBody, String postPath, byte[] postBody)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no WireMock jar at " + jar
                    + " (mvn package -pl bench -am copies it there; or pass --wiremock-jar)");
        }
        int port = freePort();
        Path log = Files.createTempFile("wiremock", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--port");
        command.add(Integer.toString(port));
        command.add("--bind-address");
        command.add("127.0.0.1");
        command.add("--no-request-journal");
        command.add("--disable-banner");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        WireMockProcess wireMock = new WireMockProcess(process, port, log);
        try {
            wireMock.awaitAdmin(Duration.ofSeconds(60));
            wireMock.stub("GET", getPath, 200, getBody);
            wireMock.stub("POST", postPath, 201, postBody);
        } catch (IOException | RuntimeException | InterruptedException failed) {
            wireMock.close();
            throw failed;
        }
        return wireMock;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitAdmin(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WireMock exited with " + process.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/__admin/mappings"))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // Still starting.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("WireMock did not start within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private void stub(String method, String path, int status, byte[] body) throws IOException, InterruptedException {
        ObjectNode mapping = KalshiJson.mapper().createObjectNode();
        mapping.putObject("request").put("method", method).put("urlPath", path);
        ObjectNode response = mapping.putObject("response");
        response.put("status", status).put("body", new String(body, StandardCharsets.UTF_8));
        response.putObject("headers").put("Content-Type", "application/json");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/__admin/mappings"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(mapping.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("WireMock refused the stub: " + answer.statusCode() + " " + answer.body());
        }
    }

    private static int freePort() throws IOException {
        // Closed at once for WireMock to take; another process taking it first would fail the start loudly.
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        File file = log.toFile();
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
