package dev.kalshisim.data.importer;

import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Imports trade prints from CSV or Parquet ({@code kalshi-trades-csv}, {@code kalshi-trades-parquet})
 * through an embedded DuckDB, which reads both natively.
 *
 * <p>Two passes. First every row of every file is read in file order and checked in Java
 * ({@link TradeRowParser}), so a bad value is reported with its file and row, and staged as
 * (created_ns, trade_id, ticker, json) in a DuckDB table. Then the staged rows are read back
 * sorted by created time (trade id breaking ties) and written as trades pages. The sort is
 * DuckDB's: it runs in at most {@link #MEMORY_LIMIT} of memory and spills to a folder beside the
 * output, so files of any size and in any order import with a bounded heap.
 *
 * <p>Each written line is a REST line with path {@code /trade-api/v2/markets/trades?ticker=T} and
 * msg {@code {"trades":[...],"cursor":""}}: one page per run of consecutive trades of one ticker,
 * at most {@link #PAGE_SIZE} trades, oldest first, received at its newest trade's created time.
 */
final class TradesImporter {

    /** Trades per written page: the trades endpoint's largest page. */
    static final int PAGE_SIZE = 1000;

    /** DuckDB's memory for staging and sorting; beyond it DuckDB spills to disk. */
    static final String MEMORY_LIMIT = "256MB";

    private final RecordingWriter writer;
    private final boolean parquet;
    private final LongConsumer progress;

    TradesImporter(RecordingWriter writer, boolean parquet, LongConsumer progress) {
        this.writer = writer;
        this.parquet = parquet;
        this.progress = progress;
    }

    /** Imports {@code files} into the writer, spilling under {@code spillDir}; returns the manifest's detail. */
    String importFiles(List<Path> files, Path spillDir) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                Files.createDirectories(spillDir);
                statement.execute("SET memory_limit='" + MEMORY_LIMIT + "'");
                statement.execute("SET temp_directory=" + literal(spillDir.toString()));
                statement.execute("SET preserve_insertion_order=true");
                statement.execute("CREATE TABLE staged (created_ns BIGINT, trade_id VARCHAR, ticker VARCHAR, json VARCHAR)");
            }
            List<String> perFile = new ArrayList<>();
            long staged = 0;
            for (Path file : files) {
                long rows = stage(connection, file);
                staged += rows;
                perFile.add(file.getFileName() + " (" + rows + " trades)");
            }
            long pages = writeSorted(connection);
            return (parquet ? "kalshi-trades-parquet" : "kalshi-trades-csv") + ": " + String.join(", ", perFile)
                    + "; " + staged + " trades sorted by created_time into " + pages
                    + " trades pages (path /trade-api/v2/markets/trades?ticker=T, at most " + PAGE_SIZE
                    + " trades of one ticker each, received at the newest trade's created_time)";
        } catch (SQLException e) {
            throw new ImportException("the embedded DuckDB failed: " + firstLine(e.getMessage()), e);
        } catch (java.io.IOException e) {
            throw new ImportException("cannot create " + spillDir + ": " + e.getMessage(), e);
        }
    }

    private long stage(Connection connection, Path file) throws SQLException {
        String source = parquet ? "read_parquet(" + literal(file.toString()) + ")"
                : "read_csv(" + literal(file.toString()) + ", header=true, all_varchar=true)";
        long rows = 0;
        try (Statement statement = connection.createStatement();
                DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                        "staged")) {
            ResultSet result;
            try {
                result = statement.executeQuery("SELECT * FROM " + source);
            } catch (SQLException e) {
                throw new ImportException(file + ": not a readable " + (parquet ? "Parquet" : "CSV") + " file: "
                        + firstLine(e.getMessage()), e);
            }
            try (result) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i));
                }
                TradeRowParser parser = new TradeRowParser(TradeColumns.resolve(names, file.toString()));
                Object[] row = new Object[names.size()];
                while (next(result, file, rows + 1)) {
                    rows++;
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    ImportedTrade trade;
                    try {
                        trade = parser.parse(row);
                    } catch (IllegalArgumentException e) {
                        throw new ImportException(file + " row " + rows + ": " + e.getMessage());
                    }
                    appender.beginRow().append(trade.createdNanos()).append(trade.tradeId()).append(trade.ticker())
                            .append(trade.json()).endRow();
                }
            }
        }
        return rows;
    }

    /** Advances, turning DuckDB's read errors mid-file (a bad CSV line, a corrupt page) into one line. */
    private boolean next(ResultSet result, Path file, long row) {
        try {
            return result.next();
        } catch (SQLException e) {
            throw new ImportException(file + " near row " + row + ": cannot read: " + firstLine(e.getMessage()), e);
        }
    }

    private long writeSorted(Connection connection) throws SQLException {
        long pages = 0;
        long trades = 0;
        try (Statement statement = connection.createStatement();
                ResultSet sorted = statement.executeQuery(
                        "SELECT created_ns, ticker, json FROM staged ORDER BY created_ns, trade_id")) {
            String pageTicker = null;
            long pageNewest = 0;
            StringBuilder page = new StringBuilder();
            int inPage = 0;
            while (sorted.next()) {
                long created = sorted.getLong(1);
                String ticker = sorted.getString(2);
                if (inPage > 0 && (inPage == PAGE_SIZE || !ticker.equals(pageTicker))) {
                    writePage(pageTicker, pageNewest, page);
                    pages++;
                    page.setLength(0);
                    inPage = 0;
                }
                page.append(inPage == 0 ? "{\"trades\":[" : ",").append(sorted.getString(3));
                pageTicker = ticker;
                pageNewest = created;
                inPage++;
                trades++;
                progress.accept(trades);
            }
            if (inPage > 0) {
                writePage(pageTicker, pageNewest, page);
                pages++;
            }
        }
        return pages;
    }

    private void writePage(String ticker, long newestNanos, StringBuilder page) {
        page.append("],\"cursor\":\"\"}");
        String path = "/trade-api/v2/markets/trades?ticker=" + URLEncoder.encode(ticker, StandardCharsets.UTF_8);
        writer.write(RecordedMessage.rest(newestNanos, path, page.toString()));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(message);
    }
}
