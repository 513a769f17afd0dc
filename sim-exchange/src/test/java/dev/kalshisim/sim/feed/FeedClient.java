package dev.kalshisim.sim.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A test's WebSocket connection to the feed (the JDK's client): collects every server message,
 * checks each against Kalshi's payload schema as it arrives, and waits for messages with a
 * deadline instead of sleeping.
 */
final class FeedClient implements AutoCloseable {

    /** How long any single wait may take before the test fails. */
    static final long WAIT_SECONDS = 20;

    /** How the server closed the connection. */
    record Closure(int statusCode, String reason) {
    }

    /** One received message, or the schema violations that made it unacceptable. */
    private record Incoming(JsonNode json, String text, List<String> violations) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Incoming> inbox = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> pings = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closure> closed = new CompletableFuture<>();
    private final SchemaValidator schemas;
    private final List<JsonNode> history = new ArrayList<>();
    private WebSocket socket;
    private long nextId = 1;

    FeedClient(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    /** The listener to open the socket with. */
    WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public void onOpen(WebSocket webSocket) {
                socket = webSocket;
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    receive(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
                pings.add(StandardCharsets.UTF_8.decode(message).toString());
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                pongs.add(StandardCharsets.UTF_8.decode(message).toString());
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(new Closure(statusCode, reason));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(new Closure(1006, String.valueOf(error)));
            }
        };
    }

    void opened(WebSocket webSocket) {
        this.socket = webSocket;
    }

    private void receive(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            inbox.add(new Incoming(json, text, schemas.validate(json)));
        } catch (Exception notJson) {
            inbox.add(new Incoming(null, text, List.of("not JSON: " + notJson.getMessage())));
        }
    }

    /** Sends raw text. */
    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends a command with the next id, {@code body} being its JSON without the id; returns the id. */
    long send(String cmd, String paramsJson) {
        long id = nextId++;
        String params = paramsJson == null ? "" : ",\"params\":" + paramsJson;
        sendText("{\"id\":" + id + ",\"cmd\":\"" + cmd + "\"" + params + "}");
        return id;
    }

    /** The next message; fails the test after {@value #WAIT_SECONDS} s or on a schema violation. */
    JsonNode next() {
        Incoming incoming;
        try {
            incoming = inbox.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (incoming == null) {
            throw new AssertionError("no message within " + WAIT_SECONDS + " s");
        }
        if (!incoming.violations().isEmpty()) {
            throw new AssertionError("message violates Kalshi's schema: " + incoming.violations() + "\n" + incoming.text());
        }
        history.add(incoming.json());
        return incoming.json();
    }

    /** Every message up to and including the first that matches {@code last}. */
    List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> messages = new ArrayList<>();
        JsonNode message;
        do {
            message = next();
            messages.add(message);
        } while (!last.test(message));
        return messages;
    }

    /** Every message up to and including the reply to command {@code id}. */
    List<JsonNode> untilReply(long id) {
        return until(message -> message.path("id").asLong(-1) == id);
    }

    /** The reply to command {@code id}, skipping channel messages before it. */
    JsonNode reply(long id) {
        List<JsonNode> messages = untilReply(id);
        return messages.get(messages.size() - 1);
    }

    /** Sends {@code list_subscriptions} and returns every message before its reply: everything queued so far. */
    List<JsonNode> drain() {
        List<JsonNode> messages = untilReply(send("list_subscriptions", null));
        return messages.subList(0, messages.size() - 1);
    }

    /** Messages received and not yet read. */
    int pending() {
        return inbox.size();
    }

    /** Every message read so far, in order. */
    List<JsonNode> history() {
        return history;
    }

    /** The wire types of every message read so far, in order ({@code ok_list} for a list reply). */
    List<String> seenTypes() {
        return history.stream().map(FeedClient::typeOf).toList();
    }

    /** The payload of the next Ping frame. */
    String nextPing() throws InterruptedException {
        String ping = pings.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (ping == null) {
            throw new AssertionError("no ping within " + WAIT_SECONDS + " s");
        }
        return ping;
    }

    /** Sends a Ping frame with {@code payload} and returns the payload of the Pong that answers it. */
    String ping(String payload) throws InterruptedException {
        socket.sendPing(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8))).join();
        String pong = pongs.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (pong == null) {
            throw new AssertionError("no pong within " + WAIT_SECONDS + " s");
        }
        return pong;
    }

    /** Waits for the server to close the connection. */
    Closure awaitClose() throws InterruptedException {
        try {
            return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("connection not closed within " + WAIT_SECONDS + " s", e);
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test done");
        }
        if (socket != null) {
            socket.abort();
        }
    }

    static String typeOf(JsonNode message) {
        String type = message.path("type").asText("");
        return type.equals("ok") && message.path("msg").isArray() ? "ok_list" : type;
    }
}
