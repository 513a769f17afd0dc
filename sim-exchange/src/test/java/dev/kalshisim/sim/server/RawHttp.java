package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.server.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, for requests no HTTP client sends (a bad version, broken chunking,
 * a body or head that never completes) and for reading the server's answer to them.
 */
final class RawHttp {

    /**
     * The server's answer on the socket. {@link #closed()} tells whether the server then closed the
     * connection; it is checked on first call only, because telling "still open" needs a wait,
     * which a test that does not ask should not pay.
     */
    static final class Answer {
        private final int status;
        private final Map<String, String> headers;
        private final String body;
        private final Socket socket;
        private final DataInputStream in;
        private Boolean closed;

        Answer(int status, Map<String, String> headers, String body, Socket socket, DataInputStream in) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.socket = socket;
            this.in = in;
        }

        int status() {
            return status;
        }

        Map<String, String> headers() {
            return headers;
        }

        String body() {
            return body;
        }

        /** Whether the server closes the connection within a short wait after this answer. */
        synchronized boolean closed() {
            if (closed == null) {
                if (socket.isClosed()) {
                    // Reading our own closed socket fails as if the server had closed it: ask before closing.
                    throw new IllegalStateException("closed() asked after the test closed the socket");
                }
                try {
                    closed = closedSoon(socket, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return closed;
        }

        JsonNode json() {
            return Json.read(body.getBytes(StandardCharsets.UTF_8));
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String errorMessage() {
            return json().path("error").path("message").asText();
        }

        @Override
        public String toString() {
            return "Answer[" + status + " " + headers + " " + body + "]";
        }
    }

    private RawHttp() {
    }

    /** Writes {@code text} (ASCII) to {@code socket}. */
    static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * Reads one answer (its body by {@code Content-Length}); a read that waits longer than
     * {@code waitMillis} fails. Whether the server then closes the connection is the answer's
     * {@link Answer#closed()}.
     */
    static Answer read(Socket socket, int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
        }
        byte[] body = new byte[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
        in.readFully(body);
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8),
                socket, in);
    }

    private static boolean closedSoon(Socket socket, DataInputStream in) throws IOException {
        socket.setSoTimeout(2_000);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(DataInputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed before a complete answer: " + bytes);
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
