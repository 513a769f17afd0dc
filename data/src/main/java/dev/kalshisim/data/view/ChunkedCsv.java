package dev.kalshisim.data.view;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * A Tablesaw table written to one CSV file a chunk of rows at a time: the table holds at most
 * {@link #CHUNK_ROWS} rows, then is written out (the header with the first chunk only) and
 * cleared, so a view of a long recording never holds it all.
 */
final class ChunkedCsv implements AutoCloseable {

    /** Rows held before they are written out. */
    static final int CHUNK_ROWS = 50_000;

    private final Path file;
    private final Table table;
    private final Writer out;
    private boolean headerWritten;
    private long rows;

    ChunkedCsv(Path file, Table table) {
        this.file = file;
        this.table = table;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The table to append one row to, column by column; call {@link #rowDone()} after. */
    Table table() {
        return table;
    }

    void rowDone() {
        rows++;
        if (table.rowCount() >= CHUNK_ROWS) {
            writeChunk();
        }
    }

    /** Rows written and held so far. */
    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    private void writeChunk() {
        // Tablesaw closes the writer it is given; this one only flushes, so the file stays open.
        Writer keepOpen = new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        table.write().csv(CsvWriteOptions.builder(new BufferedWriter(keepOpen)).header(!headerWritten).build());
        headerWritten = true;
        table.clear();
    }

    @Override
    public void close() {
        if (table.rowCount() > 0 || !headerWritten) {
            writeChunk();
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
