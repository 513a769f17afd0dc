package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Client-caused HTTP errors (issue 8, finding 4's {@code HTTP/9.9}, and bad framing, oversize
 * bodies and bad chunking) are 4xx with Kalshi's error body, never a 5xx or an
 * {@code internal_error}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpProtocolErrorsIT {

    private SimHarness sim;

    @BeforeEach
    void start() {
        sim = new SimHarness();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anUnsupportedHttpVersionIs400BadRequest() throws Exception {
        RawHttp.Answer answer = exchange("GET /trade-api/v2/markets HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n");
        assertClientError(answer, 400, "bad_request");
        assertThat(answer.errorMessage()).contains("unsupported HTTP version");
    }

    @Test
    void brokenChunkingIs400() throws Exception {
        RawHttp.Answer answer = exchange("POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        assertClientError(answer, 400, "bad_request");
        assertThat(answer.errorMessage()).isEqualTo("malformed HTTP request: the request body ended before its "
                + "announced length, or its chunked framing is broken");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void badFramingIs400() throws Exception {
        assertClientError(exchange("POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: ten\r\n\r\n{}"), 400, "bad_request");
        assertClientError(exchange("POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"), 400, "bad_request");
        assertClientError(exchange("GARBAGE\r\n\r\n"), 400, "bad_request");
    }

    @Test
    void anAnnouncedBodyOverTheCapIs413BeforeAnyByteIsRead() throws Exception {
        RawHttp.Answer answer = exchange("POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (SimHandler.MAX_BODY_BYTES + 1) + "\r\n\r\n{");
        assertClientError(answer, 413, "invalid_parameters");
        assertThat(answer.errorMessage()).isEqualTo("request body exceeds 1048576 bytes");
    }

    @Test
    void aChunkedBodyGrowingOverTheCapIs413() throws Exception {
        try (Socket socket = connect()) {
            RawHttp.send(socket, "POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(64 * 1024);
            for (int sent = 0; sent <= SimHandler.MAX_BODY_BYTES; sent += chunk.length()) {
                RawHttp.send(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
            assertClientError(RawHttp.read(socket, 10_000), 413, "invalid_parameters");
        }
    }

    @Test
    void oversizedHeadersAre431InKalshiShape() throws Exception {
        RawHttp.Answer answer = exchange("GET /trade-api/v2/markets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(20_000) + "\r\n\r\n");
        assertClientError(answer, 431, "bad_request");
    }

    private static void assertClientError(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/json");
        assertThat(answer.errorCode()).isEqualTo(code);
        assertThat(answer.errorMessage()).doesNotContain("Exception", "java.", "org.eclipse");
    }

    private RawHttp.Answer exchange(String request) throws Exception {
        try (Socket socket = connect()) {
            RawHttp.send(socket, request);
            RawHttp.Answer answer = RawHttp.read(socket, 10_000);
            answer.closed(); // settled while the socket is open, for the tests that assert it
            return answer;
        }
    }

    private Socket connect() throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", sim.server.port()), 10_000);
        return socket;
    }
}
