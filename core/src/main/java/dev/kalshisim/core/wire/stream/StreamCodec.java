package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.wire.KalshiJson;
import java.util.Objects;

/**
 * Reads and writes WebSocket JSON: server messages to {@link StreamMessage}s, client commands to
 * {@link Command}s, and either back to text.
 *
 * <p>Reading never throws: a type this version does not model becomes an {@link UnknownMessage}
 * (or {@link UnknownCommand}), and text that cannot be read becomes a {@link MalformedMessage} (or
 * {@link MalformedCommand}) saying why. Unknown fields are ignored. Thread-safe.
 */
public final class StreamCodec {

    private final ObjectMapper mapper;

    /** A codec over {@code mapper}; the records carry their own annotations, so any mapper works. */
    public StreamCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * A codec over the project's {@link KalshiJson} configuration (unknown fields ignored, strict
     * fixed-point strings), so the client and the simulator's feed read and write alike.
     */
    public static StreamCodec create() {
        ObjectMapper mapper = KalshiJson.newMapper();
        // Strikes and fee multipliers are JSON numbers; keep them exact in trees (unknown messages) too.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return new StreamCodec(mapper);
    }

    /** The mapper this codec uses. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Writes a message or command as compact JSON.
     *
     * @throws IllegalArgumentException if the value cannot be written (a programming error)
     */
    public String write(Object messageOrCommand) {
        try {
            return mapper.writeValueAsString(messageOrCommand);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write " + messageOrCommand.getClass().getSimpleName()
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads one server message; never throws. */
    public StreamMessage readMessage(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            return new MalformedMessage(text, null, null, null, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new MalformedMessage(text, null, null, null, "not a JSON object");
        }
        String type = textOrNull(root.get("type"));
        if (type == null) {
            return new UnknownMessage(root);
        }
        try {
            return readTyped(root, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            String reason = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            return new MalformedMessage(text, type, longOrNull(root.get("sid")), longOrNull(root.get("seq")),
                    "bad " + type + " message: " + reason);
        }
    }

    /** Reads one client command; never throws. */
    public Command readCommand(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            return new MalformedCommand(text, 0, null, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new MalformedCommand(text, 0, null, "not a JSON object");
        }
        Long id = longOrNull(root.get("id"));
        long idOrZero = id == null || id < 0 ? 0 : id;
        String cmd = textOrNull(root.get("cmd"));
        Class<? extends Command> commandClass = commandClass(cmd);
        if (commandClass == null) {
            return new UnknownCommand(idOrZero, cmd, root);
        }
        try {
            return mapper.treeToValue(root, commandClass);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            String reason = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            return new MalformedCommand(text, idOrZero, cmd, "bad " + cmd + " command: " + reason);
        }
    }

    private StreamMessage readTyped(JsonNode root, String type) throws JacksonException {
        switch (type) {
            case Subscribed.TYPE:
                return mapper.treeToValue(root, Subscribed.class);
            case Unsubscribed.TYPE:
                return mapper.treeToValue(root, Unsubscribed.class);
            case ErrorReply.TYPE:
                return mapper.treeToValue(root, ErrorReply.class);
            case UpdateOk.TYPE:
                // One type, two shapes: list_subscriptions answers with an array body.
                JsonNode body = root.get("msg");
                return body != null && body.isArray()
                        ? mapper.treeToValue(root, SubscriptionList.class)
                        : mapper.treeToValue(root, UpdateOk.class);
            default:
                return readChannelMessage(root, type);
        }
    }

    private StreamMessage readChannelMessage(JsonNode root, String type) throws JacksonException {
        Class<? extends ChannelPayload> payloadClass = MessageTypes.payloadClass(type);
        if (payloadClass == null) {
            return new UnknownMessage(root);
        }
        JsonNode sid = root.get("sid");
        if (sid == null || !sid.canConvertToLong()) {
            throw new IllegalArgumentException("sid is missing or not an integer");
        }
        JsonNode body = root.get("msg");
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("msg is missing or not an object");
        }
        ChannelPayload payload = mapper.treeToValue(body, payloadClass);
        return new ChannelMessage<>(type, sid.asLong(), longOrNull(root.get("seq")), payload);
    }

    private static Class<? extends Command> commandClass(String cmd) {
        if (cmd == null) {
            return null;
        }
        switch (cmd) {
            case Subscribe.CMD:
                return Subscribe.class;
            case Unsubscribe.CMD:
                return Unsubscribe.class;
            case UpdateSubscription.CMD:
                return UpdateSubscription.class;
            case ListSubscriptions.CMD:
                return ListSubscriptions.class;
            default:
                return null;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static Long longOrNull(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong() ? node.asLong() : null;
    }
}
