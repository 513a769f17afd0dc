package dev.kalshisim.sim.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the store's tables: keyset pages newest first, single rows, bars and sums. */
final class Reader {

    private final Connection db;

    Reader(Connection db) {
        this.db = db;
    }

    Cutoffs cutoffs() throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT market_settled, trades_created, orders_updated,"
                + " positions_updated FROM cutoffs WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Cutoffs.NONE;
            }
            return new Cutoffs(HistoryStore.instant(row.getLong(1)), HistoryStore.instant(row.getLong(2)),
                    HistoryStore.instant(row.getLong(3)), HistoryStore.instant(row.getLong(4)));
        }
    }

    <T> HistoryStore.Page<T> page(Class<T> type, String table, HistoryStore.Filters filters, Long afterSeq, int limit)
            throws SQLException, JsonProcessingException {
        List<T> items = new ArrayList<>();
        Long next = select(table, "body", filters, afterSeq, limit, row -> items.add(HistoryStore.parse(row.getString(2),
                type)));
        return new HistoryStore.Page<>(items, next);
    }

    HistoryStore.Page<HistoryStore.Positioned> positions(HistoryStore.Filters filters, Long afterSeq, int limit)
            throws SQLException, JsonProcessingException {
        List<HistoryStore.Positioned> items = new ArrayList<>();
        Long next = select("positions", "body, event_ticker", filters, afterSeq, limit, row -> items.add(
                new HistoryStore.Positioned(HistoryStore.parse(row.getString(2), MarketPosition.class), row.getString(3))));
        return new HistoryStore.Page<>(items, next);
    }

    <T> T one(Class<T> type, String table, String column, String value) throws SQLException, JsonProcessingException {
        try (PreparedStatement select = db.prepareStatement("SELECT body FROM " + table + " WHERE " + column
                + " = ? ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? HistoryStore.parse(row.getString(1), type) : null;
            }
        }
    }

    List<MinuteBar> bars(String ticker) throws SQLException {
        List<MinuteBar> bars = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT fields FROM bars WHERE ticker = ? ORDER BY seq")) {
            select.setString(1, ticker);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String[] parts = row.getString(1).split(",");
                    long[] values = new long[MinuteBar.FIELDS];
                    for (int i = 0; i < MinuteBar.FIELDS; i++) {
                        values[i] = Long.parseLong(parts[i]);
                    }
                    bars.add(MinuteBar.fromLongs(values, Long.parseLong(parts[MinuteBar.FIELDS]),
                            Long.parseLong(parts[MinuteBar.FIELDS + 1])));
                }
            }
        }
        return bars;
    }

    boolean exists(String table, String column, String value) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM " + table + " WHERE " + column
                + " = ? LIMIT 1")) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    long sumVolume(String table, String member, long fromNanos) throws SQLException {
        String sql = "SELECT COALESCE(SUM(volume), 0) FROM " + table + " WHERE ts >= ?"
                + (member == null ? "" : " AND member = ?");
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, fromNanos);
            if (member != null) {
                select.setString(2, member);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    long count(String table) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException, JsonProcessingException;
    }

    /** Selects up to {@code limit} rows before {@code afterSeq}, newest first; returns the next cursor's seq. */
    private Long select(String table, String columns, HistoryStore.Filters filters, Long afterSeq, int limit,
            RowHandler handler) throws SQLException, JsonProcessingException {
        List<String> clauses = new ArrayList<>(filters.clauses);
        if (afterSeq != null) {
            clauses.add("seq < ?");
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        try (PreparedStatement select = db.prepareStatement("SELECT seq, " + columns + " FROM " + table + where
                + " ORDER BY seq DESC LIMIT ?")) {
            int index = filters.bind(select, 1);
            if (afterSeq != null) {
                select.setLong(index++, afterSeq);
            }
            select.setInt(index, limit + 1);
            try (ResultSet row = select.executeQuery()) {
                int taken = 0;
                long lastSeq = 0;
                while (row.next()) {
                    if (taken == limit) {
                        return lastSeq;
                    }
                    lastSeq = row.getLong(1);
                    handler.handle(row);
                    taken++;
                }
                return null;
            }
        }
    }
}
