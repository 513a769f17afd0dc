package dev.kalshisim.sim.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.KalshiJson;
import dev.kalshisim.sim.engine.retention.Archived;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The historical store: what left the engine's live window, in an embedded H2 database, in memory
 * or in a file under a data directory. Each kind is a table of Kalshi's JSON record plus the
 * columns its endpoint filters on, in the order archived; pages go newest first by that order.
 * Beyond the row cap the oldest rows are deleted.
 *
 * <p>One connection, every method synchronized: archiving runs under the engine's lock, reads on
 * server threads, and neither calls the other side. Thread-safe.
 */
public final class HistoryStore implements AutoCloseable {

    private static final AtomicLong MEMORY_DATABASES = new AtomicLong();
    private static final ObjectMapper JSON = KalshiJson.mapper();

    private final Connection db;
    private final int rowCap;
    private final Writer writer;
    private final Reader reader;

    private HistoryStore(Connection db, int rowCap) {
        this.db = db;
        this.rowCap = rowCap;
        this.writer = new Writer(db, rowCap);
        this.reader = new Reader(db);
    }

    /** Opens the store {@code config} describes: a fresh in-memory one, or the file in its data directory. */
    public static HistoryStore open(HistoryConfig config) {
        String url;
        if (config.dataDir() == null) {
            // A private name per store, so two simulators in one JVM never share a database.
            url = "jdbc:h2:mem:kalshisim-history-" + MEMORY_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0";
        } else {
            try {
                Files.createDirectories(config.dataDir());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
            }
            Path file = config.dataDir().toAbsolutePath().resolve("history");
            url = "jdbc:h2:file:" + file + ";CACHE_SIZE=8192";
        }
        try {
            Connection connection = DriverManager.getConnection(url, "sa", "");
            Schema.create(connection);
            return new HistoryStore(connection, config.rowCap());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the historical store at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Stores one eviction round in one transaction, with the minute bars of its markets. */
    public synchronized void archive(Archived batch, BarSource bars) {
        try {
            writer.write(batch, bars);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("historical store write failed: " + e.getMessage(), e);
        }
    }

    /** The current boundary; {@link Cutoffs#NONE} for an empty store. */
    public synchronized Cutoffs cutoffs() {
        return query(() -> reader.cutoffs());
    }

    public synchronized Page<Trade> trades(String ticker, Long minTs, Long maxTs, Long afterSeq, int limit) {
        return query(() -> reader.page(Trade.class, "trades", filters().eq("ticker", ticker).min("ts", minTs)
                .max("ts", maxTs), afterSeq, limit));
    }

    public synchronized Page<Fill> fills(String member, String ticker, Long maxTs, Long afterSeq, int limit) {
        return query(() -> reader.page(Fill.class, "fills", filters().eq("member", member).eq("ticker", ticker)
                .max("ts", maxTs), afterSeq, limit));
    }

    public synchronized Page<Order> orders(String member, String ticker, Long maxTs, Long afterSeq, int limit) {
        return query(() -> reader.page(Order.class, "orders", filters().eq("member", member).eq("ticker", ticker)
                .max("ts", maxTs), afterSeq, limit));
    }

    /** Markets, filtered by at most one of tickers, event and series. */
    public synchronized Page<Market> markets(List<String> tickers, String event, String series, Long afterSeq,
            int limit) {
        return query(() -> reader.page(Market.class, "markets", filters().in("ticker", tickers)
                .eq("event_ticker", event).eq("series_ticker", series), afterSeq, limit));
    }

    public synchronized Market market(String ticker) {
        return query(() -> reader.one(Market.class, "markets", "ticker", ticker));
    }

    /** A member's archived positions, each with its market's event ticker. */
    public synchronized Page<Positioned> positions(String member, String ticker, String event, Long afterSeq,
            int limit) {
        return query(() -> reader.positions(filters().eq("member", member).eq("ticker", ticker)
                .eq("event_ticker", event), afterSeq, limit));
    }

    /** The minute bars of an archived market, oldest first. */
    public synchronized List<MinuteBar> bars(String ticker) {
        return query(() -> reader.bars(ticker));
    }

    /** Whether the member has any archived order. */
    public synchronized boolean hasOrders(String member) {
        return query(() -> reader.exists("orders", "member", member));
    }

    /** Contracts the member filled from {@code fromNanos} on, and the exchange's trades over the same span. */
    public synchronized long[] volumeSince(String member, long fromNanos) {
        return query(() -> new long[] {reader.sumVolume("fills", member, fromNanos),
            reader.sumVolume("trades", null, fromNanos)});
    }

    /** Rows per table, for tests and the soak. */
    public synchronized long rows(String table) {
        return query(() -> reader.count(table));
    }

    /** Empties every table and resets the cutoffs (the simulator was reset). */
    public synchronized void clear() {
        try (Statement statement = db.createStatement()) {
            for (String table : Schema.TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("historical store reset failed: " + e.getMessage(), e);
        }
    }

    /** The row cap in force. */
    public int rowCap() {
        return rowCap;
    }

    @Override
    public synchronized void close() {
        try (db) {
            if (!db.isClosed()) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (SQLException ignored) {
            // Closing: an in-memory database that already went away is fine.
        }
    }

    private static Filters filters() {
        return new Filters();
    }

    private interface SqlQuery<T> {
        T run() throws SQLException, JsonProcessingException;
    }

    private static <T> T query(SqlQuery<T> body) {
        try {
            return body.run();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("historical store read failed: " + e.getMessage(), e);
        }
    }

    /** An archived position with its market's event. */
    public record Positioned(MarketPosition position, String eventTicker) {
    }

    /** One page, newest first, and the sequence number to continue after ({@code null} when done). */
    public record Page<T>(List<T> items, Long nextAfter) {
    }

    /** The bars of a market that is leaving the live window. */
    @FunctionalInterface
    public interface BarSource {
        List<MinuteBar> take(String ticker);
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    static <T> T parse(String json, Class<T> type) throws JsonProcessingException {
        return JSON.readValue(json, type);
    }

    /** A column filter list, built into a WHERE clause. */
    static final class Filters {
        final List<String> clauses = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        Filters eq(String column, Object value) {
            if (value != null) {
                clauses.add(column + " = ?");
                values.add(value);
            }
            return this;
        }

        Filters min(String column, Long value) {
            if (value != null) {
                clauses.add(column + " >= ?");
                values.add(value);
            }
            return this;
        }

        Filters max(String column, Long value) {
            if (value != null) {
                clauses.add(column + " <= ?");
                values.add(value);
            }
            return this;
        }

        Filters in(String column, List<String> list) {
            if (list != null && !list.isEmpty()) {
                clauses.add(column + " IN (" + String.join(",", java.util.Collections.nCopies(list.size(), "?")) + ")");
                values.addAll(list);
            }
            return this;
        }

        int bind(PreparedStatement statement, int from) throws SQLException {
            int index = from;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }

    /** Sequences rows: used by the reader and writer. */
    static ResultSet run(PreparedStatement statement) throws SQLException {
        return statement.executeQuery();
    }
}
