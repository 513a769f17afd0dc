package dev.kalshisim.cli.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One result table written twice as rows arrive: {@code NAME.csv} (a header row, then one row per
 * entry, RFC 4180 quoting, LF line ends) and {@code NAME.jsonl} (one JSON object per line, keys in
 * column order). Every row starts with its virtual time as {@code ts_ns} (epoch nanos) and
 * {@code ts} (ISO-8601 UTC).
 *
 * <p>Cells are written by type: a {@link Price}, {@link Count} or {@link Money} as Kalshi writes it
 * ({@code "0.5600"}, {@code "5.00"}, {@code "12.3400"}), a JSON string in the JSON lines; whole
 * numbers and booleans as JSON numbers and booleans; text as text; {@code null} as an empty CSV
 * field and a JSON {@code null}. Nothing is kept once written: the writers are buffered and the
 * row is gone, so a long backtest's heap stays flat.
 */
final class ResultTable implements AutoCloseable {

    // No separator between root values: each object is followed by the line feed written after it.
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);
    private static final int BUFFER = 1 << 16;

    private final String name;
    private final String[] keys;
    private final Writer csv;
    private final Writer jsonlText;
    private final JsonGenerator jsonl;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    /** Creates both files in {@code dir}; {@code columns} follow {@code ts_ns} and {@code ts}. */
    ResultTable(Path dir, String name, List<String> columns) {
        this.name = name;
        this.keys = new String[columns.size() + 2];
        keys[0] = "ts_ns";
        keys[1] = "ts";
        for (int i = 0; i < columns.size(); i++) {
            keys[i + 2] = columns.get(i);
        }
        try {
            this.csv = writer(dir.resolve(name + ".csv"));
            this.jsonlText = writer(dir.resolve(name + ".jsonl"));
            this.jsonl = JSON.createGenerator(jsonlText);
            csv.write(String.join(",", keys));
            csv.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    String name() {
        return name;
    }

    /** Rows written so far (the header not counted). */
    long rows() {
        return rows;
    }

    /** Writes one row: its time, then one cell per column, in column order. */
    void row(long tsNanos, Object... cells) {
        if (cells.length != keys.length - 2) {
            throw new IllegalArgumentException(name + " has " + (keys.length - 2) + " columns after the time, got "
                    + cells.length + " cells");
        }
        String iso = UtcTime.iso(tsNanos);
        try {
            line.setLength(0);
            line.append(tsNanos).append(',').append(iso);
            jsonl.writeStartObject();
            jsonl.writeNumberField(keys[0], tsNanos);
            jsonl.writeStringField(keys[1], iso);
            for (int i = 0; i < cells.length; i++) {
                line.append(',');
                Object cell = cells[i];
                CsvText.appendField(line, cell == null ? null : cell.toString());
                writeJson(keys[i + 2], cell);
            }
            line.append('\n');
            csv.append(line);
            jsonl.writeEndObject();
            jsonl.writeRaw('\n');
            rows++;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void writeJson(String key, Object cell) throws IOException {
        jsonl.writeFieldName(key);
        if (cell == null) {
            jsonl.writeNull();
        } else if (cell instanceof Long number) {
            jsonl.writeNumber(number);
        } else if (cell instanceof Integer number) {
            jsonl.writeNumber(number);
        } else if (cell instanceof Boolean flag) {
            jsonl.writeBoolean(flag);
        } else if (cell instanceof String || cell instanceof Price || cell instanceof Count || cell instanceof Money) {
            jsonl.writeString(cell.toString());
        } else {
            throw new IllegalArgumentException(name + "." + key + ": no column type for " + cell.getClass().getName());
        }
    }

    @Override
    public void close() {
        IOException first = null;
        try {
            jsonl.close();
        } catch (IOException e) {
            first = e;
        }
        try {
            csv.close();
        } catch (IOException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw failure(first);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot write the result table " + name + ": " + e.getMessage(), e);
    }
}
