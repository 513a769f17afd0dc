package dev.kalshisim.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

/** Loads the JSON samples under {@code src/test/resources/wire/}. */
final class WireSamples {

    /** Fields the samples carry that no record declares: they must be ignored on read. */
    static final Set<String> UNKNOWN_FIELDS = Set.of("future_field_ignored", "is_yes", "purchased_side");

    private WireSamples() {
    }

    static String text(String file) {
        try (InputStream in = WireSamples.class.getResourceAsStream("/wire/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample /wire/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String file) {
        try {
            return KalshiJson.mapper().readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code node} without {@link #UNKNOWN_FIELDS} (at any depth) and {@code extraTopLevel}. */
    static JsonNode withoutUnknown(JsonNode node, Set<String> extraTopLevel) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove(extraTopLevel);
        }
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(UNKNOWN_FIELDS);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            strip(children.next());
        }
    }
}
