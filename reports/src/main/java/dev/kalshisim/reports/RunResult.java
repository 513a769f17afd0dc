package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest result folder as the files say it: {@code summary.json} and the JSON-lines form of
 * each table. Read from files, not from the simulator, so a report can be rebuilt from any saved
 * result and this module needs nothing but {@code core}.
 */
public record RunResult(Path dir, JsonNode summary, List<JsonNode> orders, List<JsonNode> fills,
        List<JsonNode> positions, List<JsonNode> cash, List<JsonNode> tokens, List<JsonNode> settlements) {

    public static final String SUMMARY = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code dir}; a folder without a summary or with an unreadable file is a {@link ReportException}. */
    public static RunResult read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException("not a folder: " + dir);
        }
        Path summaryFile = dir.resolve(SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new ReportException("not a backtest result (no " + SUMMARY + "): " + dir);
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(summaryFile.toFile());
        } catch (IOException e) {
            throw new ReportException("unreadable " + summaryFile + ": " + oneLine(e), e);
        }
        if (summary == null || !summary.path("config").isObject() || !summary.path("result").isObject()) {
            throw new ReportException("not a backtest result (" + SUMMARY + " has no config and result): " + dir);
        }
        return new RunResult(dir, summary, table(dir, "orders"), table(dir, "fills"), table(dir, "positions"),
                table(dir, "cash"), table(dir, "tokens"), table(dir, "settlements"));
    }

    private static List<JsonNode> table(Path dir, String name) {
        Path file = dir.resolve(name + ".jsonl");
        if (!Files.isRegularFile(file)) {
            throw new ReportException("not a complete backtest result (no " + name + ".jsonl): " + dir);
        }
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new ReportException("unreadable " + file + " line " + number + ": " + oneLine(e), e);
                }
            }
        } catch (IOException e) {
            throw new ReportException("unreadable " + file + ": " + oneLine(e), e);
        }
        return List.copyOf(rows);
    }

    private static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
