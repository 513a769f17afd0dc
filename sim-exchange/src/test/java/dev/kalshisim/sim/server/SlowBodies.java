package dev.kalshisim.sim.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw sockets that each send a request's headers, announce a body of {@value #ANNOUNCED} bytes
 * and send only its first {@value #SENT} bytes, then wait: the slow-body clients of issue 8.
 */
final class SlowBodies implements AutoCloseable {

    static final int ANNOUNCED = 1_000;
    static final int SENT = 9;

    private final List<Socket> sockets;

    private SlowBodies(List<Socket> sockets) {
        this.sockets = sockets;
    }

    /**
     * Opens {@code count} connections to 127.0.0.1:{@code port}, each sending the method, path and
     * headers of {@code signed} (a signed request; its own body is ignored) and 9 body bytes.
     */
    static SlowBodies open(int port, int count, HttpRequest signed) throws IOException {
        byte[] head = head(port, signed);
        List<Socket> sockets = new ArrayList<>(count);
        SlowBodies slow = new SlowBodies(sockets);
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                sockets.add(socket);
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                socket.getOutputStream().write(head);
                socket.getOutputStream().write("{\"ticker\"".getBytes(StandardCharsets.US_ASCII), 0, SENT);
                socket.getOutputStream().flush();
            }
        } catch (IOException failure) {
            slow.close();
            throw failure;
        }
        return slow;
    }

    /** The request line and headers of {@code signed}, announcing a body of {@value #ANNOUNCED} bytes. */
    static byte[] head(int port, HttpRequest signed) {
        StringBuilder head = new StringBuilder(signed.method()).append(' ').append(signed.uri().getRawPath())
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n");
        signed.headers().map().forEach((name, values) -> head.append(name).append(": ").append(values.get(0))
                .append("\r\n"));
        head.append("Content-Type: application/json\r\nContent-Length: ").append(ANNOUNCED).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The sockets the server has not closed (nor answered): a read neither ends nor returns data. */
    int stillOpen() throws IOException {
        int open = 0;
        for (Socket socket : sockets) {
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            try {
                if (in.read() < 0) {
                    continue;
                }
            } catch (SocketTimeoutException waiting) {
                open++;
            } catch (IOException reset) {
                // closed by the server
            }
        }
        return open;
    }

    /** The open sockets, for tests that read the server's answer on them. */
    List<Socket> sockets() {
        return sockets;
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a socket the server already closed changes nothing for the test.
            }
        }
    }
}
