package dev.kalshisim.sim.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code conformance.mjs} printed: one JSON line per check, then a summary line. Lines that
 * are not JSON objects (warnings from node or npm) are ignored.
 *
 * @param checks each reported check by name, in the order reported
 * @param summaryPrinted whether the closing {@code {"summary": ...}} line appeared, i.e. the script
 *     ran to its end
 */
record ScriptReport(Map<String, Check> checks, boolean summaryPrinted) {

    /** One check's verdict. */
    record Check(String name, boolean passed, long millis, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScriptReport parse(String stdout) {
        Map<String, Check> checks = new LinkedHashMap<>();
        boolean summary = false;
        for (String line : stdout.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("{")) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(trimmed);
            } catch (JsonProcessingException notJson) {
                continue;
            }
            if (node.hasNonNull("check")) {
                boolean passed = "pass".equals(node.path("status").asText());
                String message = passed ? node.path("detail").asText("") : node.path("error").asText("(no error text)");
                String name = node.get("check").asText();
                checks.put(name, new Check(name, passed, node.path("ms").asLong(), message));
            } else if (node.has("summary")) {
                summary = true;
            }
        }
        return new ScriptReport(checks, summary);
    }

    Optional<Check> check(String name) {
        return Optional.ofNullable(checks.get(name));
    }
}
