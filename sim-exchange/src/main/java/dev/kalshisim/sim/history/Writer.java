package dev.kalshisim.sim.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kalshisim.sim.engine.retention.Archived;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

/** Writes eviction rounds into the store's tables, one transaction each, and trims them to the row cap. */
final class Writer {

    private final Connection db;
    private final int rowCap;

    Writer(Connection db, int rowCap) {
        this.db = db;
        this.rowCap = rowCap;
    }

    void write(Archived batch, HistoryStore.BarSource bars) throws SQLException, JsonProcessingException {
        db.setAutoCommit(false);
        try {
            trades(batch);
            fills(batch);
            orders(batch);
            markets(batch, bars);
            cutoffs(batch.cutoffs());
            trim("trades", rowCap);
            trim("fills", 2L * rowCap);
            trim("orders", rowCap);
            trim("markets", rowCap);
            trim("positions", rowCap);
            trim("bars", 10L * rowCap);
            db.commit();
        } catch (SQLException | JsonProcessingException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void trades(Archived batch) throws SQLException, JsonProcessingException {
        if (batch.trades().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO trades (ticker, ts, volume, body) VALUES (?, ?, ?, ?)")) {
            for (var trade : batch.trades()) {
                insert.setString(1, trade.ticker());
                insert.setLong(2, HistoryStore.nanos(trade.createdTime()));
                insert.setLong(3, trade.countFp().hundredths());
                insert.setString(4, HistoryStore.json(trade));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void fills(Archived batch) throws SQLException, JsonProcessingException {
        if (batch.fills().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO fills (member, ticker, ts, volume, body) VALUES (?, ?, ?, ?, ?)")) {
            for (Archived.MemberFill fill : batch.fills()) {
                insert.setString(1, fill.memberId());
                insert.setString(2, fill.fill().ticker());
                insert.setLong(3, HistoryStore.nanos(fill.fill().createdTime()));
                insert.setLong(4, fill.fill().countFp().hundredths());
                insert.setString(5, HistoryStore.json(fill.fill()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void orders(Archived batch) throws SQLException, JsonProcessingException {
        if (batch.orders().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO orders (member, ticker, ts, body) VALUES (?, ?, ?, ?)")) {
            for (var order : batch.orders()) {
                insert.setString(1, order.userId());
                insert.setString(2, order.ticker());
                insert.setLong(3, HistoryStore.nanos(order.createdTime()));
                insert.setString(4, HistoryStore.json(order));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void markets(Archived batch, HistoryStore.BarSource source) throws SQLException, JsonProcessingException {
        for (Archived.ArchivedMarket archived : batch.markets()) {
            var market = archived.market();
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO markets (ticker, event_ticker, series_ticker, body) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, market.ticker());
                insert.setString(2, market.eventTicker());
                insert.setString(3, archived.seriesTicker());
                insert.setString(4, HistoryStore.json(market));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO positions (member, ticker, event_ticker, body) VALUES (?, ?, ?, ?)")) {
                for (Archived.MemberPosition position : archived.positions()) {
                    insert.setString(1, position.memberId());
                    insert.setString(2, market.ticker());
                    insert.setString(3, market.eventTicker());
                    insert.setString(4, HistoryStore.json(position.position()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            bars(market.ticker(), source.take(market.ticker()));
        }
    }

    private void bars(String ticker, List<MinuteBar> bars) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bars (ticker, fields) VALUES (?, ?)")) {
            for (MinuteBar bar : bars) {
                StringJoiner fields = new StringJoiner(",");
                for (long value : bar.toLongs()) {
                    fields.add(Long.toString(value));
                }
                for (long value : bar.sums()) {
                    fields.add(Long.toString(value));
                }
                insert.setString(1, ticker);
                insert.setString(2, fields.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void cutoffs(Cutoffs cutoffs) throws SQLException {
        try (PreparedStatement merge = db.prepareStatement("MERGE INTO cutoffs (id, market_settled, trades_created,"
                + " orders_updated, positions_updated) KEY (id) VALUES (1, ?, ?, ?, ?)")) {
            merge.setLong(1, HistoryStore.nanos(cutoffs.marketSettled()));
            merge.setLong(2, HistoryStore.nanos(cutoffs.tradesCreated()));
            merge.setLong(3, HistoryStore.nanos(cutoffs.ordersUpdated()));
            merge.setLong(4, HistoryStore.nanos(cutoffs.positionsUpdated()));
            merge.executeUpdate();
        }
    }

    /** Deletes the oldest rows of {@code table} beyond {@code cap}; sequence numbers are dense, so one range delete. */
    private void trim(String table, long cap) throws SQLException {
        try (Statement s = db.createStatement();
                var max = s.executeQuery("SELECT MAX(seq) FROM " + table)) {
            if (!max.next()) {
                return;
            }
            long newest = max.getLong(1);
            if (max.wasNull() || newest <= cap) {
                return;
            }
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE seq <= ?")) {
                delete.setLong(1, newest - cap);
                delete.executeUpdate();
            }
        }
    }
}
