package dev.kalshisim.sim.server.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request body that is parsed as JSON at most once, however many stages read it: the limiter
 * counts a batch's items from the same tree the handler then binds, so a batch body is parsed once.
 *
 * <p>A body that fails to parse keeps its failure and throws the same 400 to every reader. Thread-safe.
 */
public final class RequestBody {

    private final byte[] bytes;
    private JsonNode tree;
    private ApiException malformed;

    private RequestBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The body {@code bytes}, not parsed yet. */
    public static RequestBody of(byte[] bytes) {
        return new RequestBody(bytes);
    }

    /** Whether no body was sent. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * The body as one JSON value, parsed on the first call.
     *
     * @throws ApiException 400 as {@link Json#read(byte[])} says, on this and every later call
     */
    public synchronized JsonNode tree() {
        if (tree == null && malformed == null) {
            try {
                tree = Json.read(bytes);
            } catch (ApiException failure) {
                malformed = failure;
            }
        }
        if (malformed != null) {
            throw malformed;
        }
        return tree;
    }

    /**
     * The length of the array in field {@code name} of a JSON-object body; 0 when the body is
     * empty, malformed, not an object, or has no such array (such a request still gets its 400).
     */
    public int arrayLength(String name) {
        if (isEmpty()) {
            return 0;
        }
        JsonNode root;
        try {
            root = tree();
        } catch (ApiException notJson) {
            return 0;
        }
        JsonNode value = root.isObject() ? root.get(name) : null;
        return value != null && value.isArray() ? value.size() : 0;
    }
}
