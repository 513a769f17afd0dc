package dev.kalshisim.kalshi.stream.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal RFC 6455 server on a loopback socket, for one client, driven step by step by a test:
 * accept the upgrade, write frames, read the client's frames. Blocking calls; tests bound them with
 * {@code @Timeout}. No extensions, no fragmentation on the read side.
 */
public final class RawWebSocketServer implements AutoCloseable {

    public static final int TEXT = 0x1;
    public static final int CONTINUATION = 0x0;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket serverSocket;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String requestLine;
    private final Map<String, String> requestHeaders = new LinkedHashMap<>();

    public RawWebSocketServer() throws IOException {
        serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    public URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + serverSocket.getLocalPort() + path);
    }

    /** Accepts one connection and completes its upgrade. */
    public void acceptUpgrade() throws IOException {
        socket = serverSocket.accept();
        in = socket.getInputStream();
        out = socket.getOutputStream();
        requestLine = readLine();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            requestHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String accept = acceptKey(requestHeaders.get("sec-websocket-key"));
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
        out.write(response.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Answers the upgrade request with a plain HTTP status instead, as a server refusing auth does. */
    public void refuseUpgrade(int status) throws IOException {
        socket = serverSocket.accept();
        in = socket.getInputStream();
        out = socket.getOutputStream();
        requestLine = readLine();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            // Headers are not needed for a refusal.
        }
        out.write(("HTTP/1.1 " + status + " Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    public String requestLine() {
        return requestLine;
    }

    /** Request headers of the upgrade, names lower-cased. */
    public Map<String, String> requestHeaders() {
        return requestHeaders;
    }

    public void sendFrame(int opcode, boolean fin, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        }
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    public void sendText(String text) throws IOException {
        sendFrame(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the client's next frame (client frames are always masked). */
    public Frame readFrame() throws IOException {
        int first = readByte();
        int second = readByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = ((long) readByte() << 8) | readByte();
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte();
            }
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
        byte[] payload = in.readNBytes((int) length);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return new Frame(first & 0x0F, payload);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        serverSocket.close();
    }

    public record Frame(int opcode, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private int readByte() throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException("client closed the socket");
        }
        return value;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = readByte(); c != '\n'; c = readByte()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String acceptKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
