package dev.kalshisim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A load test's {@code timeseries.csv} as columns of numbers by header name (the label column, the
 * only text, is kept as text). Rows are samples in time order.
 */
final class LoadtestSeries {

    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private LoadtestSeries(Map<String, Integer> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static LoadtestSeries read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("unreadable " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new ReportException("empty " + file + ": expected a header line");
        }
        String[] header = lines.get(0).split(",", -1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].trim(), i);
        }
        List<String[]> rows = lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1)).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length != header.length) {
                throw new ReportException(file + " line " + (i + 2) + " has " + rows.get(i).length + " fields, expected "
                        + header.length);
            }
        }
        return new LoadtestSeries(columns, rows);
    }

    int size() {
        return rows.size();
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The number in {@code column} of row {@code row}. */
    double value(int row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new ReportException("timeseries.csv has no column " + column);
        }
        try {
            return Double.parseDouble(rows.get(row)[index]);
        } catch (NumberFormatException e) {
            throw new ReportException("timeseries.csv row " + (row + 1) + " column " + column + " is not a number: "
                    + rows.get(row)[index], e);
        }
    }
}
