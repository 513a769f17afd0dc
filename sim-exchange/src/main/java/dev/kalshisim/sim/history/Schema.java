package dev.kalshisim.sim.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The historical store's tables; created if missing, so a data directory is reopened as it was left. */
final class Schema {

    /** Every table with rows, oldest row first by {@code seq}. */
    static final List<String> TABLES = List.of("trades", "fills", "orders", "markets", "positions", "bars", "cutoffs");

    private Schema() {
    }

    static void create(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS trades (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " ticker VARCHAR NOT NULL, ts BIGINT NOT NULL, volume BIGINT NOT NULL, body VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS trades_by_ticker ON trades (ticker, seq)");
            s.execute("CREATE TABLE IF NOT EXISTS fills (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " member VARCHAR NOT NULL, ticker VARCHAR NOT NULL, ts BIGINT NOT NULL, volume BIGINT NOT NULL,"
                    + " body VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS fills_by_member ON fills (member, seq)");
            s.execute("CREATE TABLE IF NOT EXISTS orders (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " member VARCHAR NOT NULL, ticker VARCHAR NOT NULL, ts BIGINT NOT NULL, body VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS orders_by_member ON orders (member, seq)");
            s.execute("CREATE TABLE IF NOT EXISTS markets (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " ticker VARCHAR NOT NULL, event_ticker VARCHAR NOT NULL, series_ticker VARCHAR NOT NULL,"
                    + " body VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS markets_by_ticker ON markets (ticker)");
            s.execute("CREATE TABLE IF NOT EXISTS positions (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " member VARCHAR NOT NULL, ticker VARCHAR NOT NULL, event_ticker VARCHAR NOT NULL,"
                    + " body VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS positions_by_member ON positions (member, seq)");
            s.execute("CREATE TABLE IF NOT EXISTS bars (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " ticker VARCHAR NOT NULL, fields VARCHAR NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS bars_by_ticker ON bars (ticker, seq)");
            s.execute("CREATE TABLE IF NOT EXISTS cutoffs (id INT PRIMARY KEY, market_settled BIGINT NOT NULL,"
                    + " trades_created BIGINT NOT NULL, orders_updated BIGINT NOT NULL,"
                    + " positions_updated BIGINT NOT NULL)");
        }
    }
}
