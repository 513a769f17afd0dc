package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep ran, as its comparison report states it: the data, the strategy, the parameters
 * every run shared, the grid (each key's values in the order given; the first key varies slowest)
 * and the seed. The sweep passes it while it writes; a saved sweep's {@code sweep.json} gives it
 * back for a rebuild.
 */
public record SweepSetup(String data, String strategy, Map<String, String> fixed, Map<String, List<String>> grid,
        long seed) {

    /** Written last by a sweep; its presence marks a folder as a sweep's result. */
    public static final String SWEEP_JSON = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepSetup {
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        Map<String, List<String>> axes = new LinkedHashMap<>();
        grid.forEach((key, values) -> axes.put(key, List.copyOf(values)));
        grid = Collections.unmodifiableMap(axes);
    }

    /** The grid's keys, in column order. */
    public List<String> keys() {
        return List.copyOf(grid.keySet());
    }

    /** Reads a finished sweep's {@code sweep.json}; a missing or unreadable one is a {@link ReportException}. */
    public static SweepSetup read(Path dir) {
        Path file = dir.resolve(SWEEP_JSON);
        if (!Files.isRegularFile(file)) {
            throw new ReportException("not a sweep result (no " + SWEEP_JSON + "): " + dir);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportException("unreadable " + file + ": " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.path("strategy").isTextual() || !root.path("grid").isObject()
                || !root.path("seed").isIntegralNumber()) {
            throw new ReportException("not a sweep result (" + SWEEP_JSON + " has no strategy, grid and seed): " + dir);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        root.path("fixed_params").fields().forEachRemaining(e -> fixed.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> grid = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> axes = root.path("grid").fields(); axes.hasNext(); ) {
            Map.Entry<String, JsonNode> axis = axes.next();
            List<String> values = new ArrayList<>();
            axis.getValue().forEach(value -> values.add(value.asText()));
            grid.put(axis.getKey(), values);
        }
        return new SweepSetup(root.path("data").asText(""), root.path("strategy").asText(), fixed, grid,
                root.path("seed").asLong());
    }

    static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
