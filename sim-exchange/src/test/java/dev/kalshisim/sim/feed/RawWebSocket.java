package dev.kalshisim.sim.feed;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bare WebSocket client over a plain socket, for what the JDK's client cannot do: read the body
 * of a refused upgrade, and stop reading altogether (a stalled subscriber) with a tiny receive
 * buffer, so the server's writes back up quickly.
 */
final class RawWebSocket implements AutoCloseable {

    /** The upgrade's HTTP answer. */
    record Handshake(int status, Map<String, String> headers, String body) {
    }

    /** One frame from the server. */
    record Frame(int opcode, byte[] payload) {

        static final int TEXT = 1;
        static final int CLOSE = 8;

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The close status code of a close frame. */
        int closeCode() {
            return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        /** The close reason of a close frame. */
        String closeReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to 127.0.0.1:{@code port} with a receive buffer of {@code receiveBufferBytes} (set
     * before connecting, so it caps the TCP window).
     */
    static RawWebSocket connect(int port, int receiveBufferBytes) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBufferBytes);
        socket.setSoTimeout((int) (FeedClient.WAIT_SECONDS * 1000));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return new RawWebSocket(socket);
    }

    /** Sends the upgrade request with {@code headers} and reads the answer. */
    Handshake upgrade(String path, Map<String, String> headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(socket.getPort()).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(Base64.getEncoder().encodeToString(new byte[16])).append("\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = line();
        Map<String, String> answer = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            answer.put(header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String body = "";
        if (status != 101 && answer.containsKey("content-length")) {
            byte[] bytes = new byte[Integer.parseInt(answer.get("content-length"))];
            in.readFully(bytes);
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        return new Handshake(status, answer, body);
    }

    /** Sends one masked text frame, as a client must. */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = {1, 2, 3, 4};
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Reads the next frame; throws {@link EOFException} when the server has closed the socket. */
    Frame readFrame() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        return new Frame(first & 0x0f, payload);
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed in the HTTP head");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    /**
     * Reads everything the server still sends, up to and including its close frame; fails if the
     * socket ends without one or the read times out first.
     */
    List<Frame> readToClose() throws IOException {
        List<Frame> frames = new ArrayList<>();
        try {
            Frame frame;
            do {
                frame = readFrame();
                frames.add(frame);
            } while (frame.opcode() != Frame.CLOSE);
        } catch (EOFException closedWithoutFrame) {
            throw new AssertionError("the server closed the socket without a close frame after " + frames.size()
                    + " frames", closedWithoutFrame);
        } catch (SocketTimeoutException silent) {
            throw new AssertionError("the server sent nothing more after " + frames.size() + " frames, the last "
                    + (frames.isEmpty() ? "none" : frames.get(frames.size() - 1).opcode() + " "
                    + frames.get(frames.size() - 1).text()), silent);
        }
        return frames;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
