package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a sweep as its folder {@code run-NNN} says it: the grid's values from its
 * {@code summary.json} parameters, its configuration, its {@code metrics.json} (the one source of
 * every figure the comparison shows) and its {@code equity.csv} curve.
 */
record SweepRun(String name, int number, Map<String, String> params, JsonNode config, JsonNode metrics,
        Money pnl, Money fees, List<Sample> equity) {

    private static final Pattern NAME = Pattern.compile("run-([0-9]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Best first: highest P&amp;L, then fewest fees, then run order (the sweep's own ranking). */
    static final Comparator<SweepRun> RANK = Comparator.comparing(SweepRun::pnl).reversed()
            .thenComparing(SweepRun::fees).thenComparingInt(SweepRun::number);

    /** Equity at one instant of virtual time. */
    record Sample(long tsNanos, Money equity) {
    }

    /** Every {@code run-NNN} folder of a sweep, read, in run order. */
    static List<SweepRun> readAll(Path sweep, List<String> keys) {
        List<SweepRun> runs = new ArrayList<>();
        for (Path folder : folders(sweep)) {
            runs.add(read(folder, keys));
        }
        return List.copyOf(runs);
    }

    /** A sweep's {@code run-NNN} folders in run order (by number: {@code run-1000} after {@code run-999}). */
    static List<Path> folders(Path sweep) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sweep)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && NAME.matcher(entry.getFileName().toString()).matches()) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ReportException("cannot list " + sweep + ": " + SweepSetup.firstLine(e.getMessage()), e);
        }
        if (folders.isEmpty()) {
            throw new ReportException("not a sweep result (no run-NNN folders): " + sweep);
        }
        folders.sort(Comparator.comparingInt(SweepRun::number));
        return List.copyOf(folders);
    }

    static SweepRun read(Path folder, List<String> keys) {
        String name = folder.getFileName().toString();
        JsonNode config = json(folder.resolve(RunResult.SUMMARY)).path("config");
        if (!config.isObject()) {
            throw new ReportException("not a backtest result (" + RunResult.SUMMARY + " has no config): " + folder);
        }
        JsonNode metrics = json(folder.resolve(Report.METRICS));
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : keys) {
            JsonNode value = config.path("params").path(key);
            if (!value.isTextual()) {
                throw new ReportException(name + "'s " + RunResult.SUMMARY + " has no parameter " + key + ": "
                        + folder);
            }
            params.put(key, value.asText());
        }
        Money pnl;
        Money fees;
        try {
            pnl = Money.parse(metrics.path("pnl").path("pnl").asText());
            fees = Money.parse(metrics.path("pnl").path("fees").asText());
        } catch (IllegalArgumentException e) {
            throw new ReportException(name + "'s " + Report.METRICS + " has no readable pnl and fees: " + folder, e);
        }
        return new SweepRun(name, number(folder), Collections.unmodifiableMap(params), config, metrics,
                pnl, fees, equity(folder.resolve(Report.EQUITY)));
    }

    /** {@code key=value} for each grid key, space separated: how the run is named beside its number. */
    String label() {
        StringBuilder text = new StringBuilder();
        params.forEach((key, value) -> text.append(text.isEmpty() ? "" : " ").append(key).append('=').append(value));
        return text.toString();
    }

    private static int number(Path folder) {
        Matcher m = NAME.matcher(folder.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a run folder: " + folder);
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new ReportException("not a run folder (number too large): " + folder, e);
        }
    }

    private static JsonNode json(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("not a complete sweep (no " + file.getFileName() + " in "
                    + file.getParent().getFileName() + "): " + file.getParent());
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ReportException("unreadable " + file + ": not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ReportException("unreadable " + file + ": " + SweepSetup.firstLine(e.getMessage()), e);
        }
    }

    /** The {@code ts_ns} and {@code equity} columns of {@code equity.csv}, found by their header names. */
    private static List<Sample> equity(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("not a complete sweep (no " + file.getFileName() + " in "
                    + file.getParent().getFileName() + "): " + file.getParent());
        }
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = List.of(String.valueOf(in.readLine()).split(",", -1));
            int ts = header.indexOf("ts_ns");
            int equity = header.indexOf("equity");
            if (ts < 0 || equity < 0) {
                throw new ReportException("unreadable " + file + ": no ts_ns and equity columns");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                try {
                    samples.add(new Sample(Long.parseLong(fields[ts]), Money.parse(fields[equity])));
                } catch (RuntimeException e) {
                    throw new ReportException("unreadable " + file + " line " + number + ": " + line, e);
                }
            }
        } catch (IOException e) {
            throw new ReportException("unreadable " + file + ": " + SweepSetup.firstLine(e.getMessage()), e);
        }
        return List.copyOf(samples);
    }
}
