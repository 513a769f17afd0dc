package dev.kalshisim.cli.backtest;

import dev.kalshisim.sim.backtest.BacktestEntry;
import dev.kalshisim.sim.backtest.BacktestJournal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's journal written to its result tables as the entries come, each table as CSV and
 * JSON lines (see {@link ResultTable}); nothing is held once written. {@code summary.json} is not
 * written here: the command writes it last, from the result, so a folder without it is not a result.
 */
final class ResultFiles implements BacktestJournal, AutoCloseable {

    /** The tables, in the order the summary and the README list them. */
    static final List<String> TABLES = List.of("orders", "fills", "rejections", "positions", "cash", "tokens",
            "settlements");

    private final ResultTable orders;
    private final ResultTable fills;
    private final ResultTable rejections;
    private final ResultTable positions;
    private final ResultTable cash;
    private final ResultTable tokens;
    private final ResultTable settlements;
    private final List<ResultTable> all = new ArrayList<>();
    private long waits;
    private long waitNanos;

    /** Creates every table's two files in {@code dir}, even those that stay empty. */
    ResultFiles(Path dir) {
        try {
            orders = open(dir, "orders", List.of("order_id", "client_order_id", "ticker", "side", "price", "count",
                    "filled", "remaining", "status", "reason"));
            fills = open(dir, "fills", List.of("trade_id", "order_id", "ticker", "side", "price", "count", "taker",
                    "fee", "position_after"));
            rejections = open(dir, "rejections", List.of("client_order_id", "ticker", "request", "code",
                    "http_status", "retry_after_ns", "message"));
            positions = open(dir, "positions", List.of("ticker", "position", "exposure", "realized_pnl",
                    "fees_paid"));
            cash = open(dir, "cash", List.of("balance", "change", "fee", "reason"));
            tokens = open(dir, "tokens", List.of("bucket", "endpoint", "tokens", "wait_ns", "rate_limited"));
            settlements = open(dir, "settlements", List.of("ticker", "result", "position", "payout"));
        } catch (RuntimeException failure) {
            close();
            throw failure;
        }
    }

    /** Every file name a result folder holds: each table's CSV and JSON lines. */
    static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (String table : TABLES) {
            names.add(table + ".csv");
            names.add(table + ".jsonl");
        }
        return names;
    }

    private ResultTable open(Path dir, String name, List<String> columns) {
        ResultTable table = new ResultTable(dir, name, columns);
        all.add(table);
        return table;
    }

    @Override
    public void record(BacktestEntry entry) {
        if (entry instanceof BacktestEntry.OrderChange o) {
            orders.row(o.tsNanos(), o.orderId(), o.clientOrderId(), o.ticker(), o.side(), o.price(), o.count(),
                    o.filled(), o.remaining(), o.status(), o.reason());
        } else if (entry instanceof BacktestEntry.Fill f) {
            fills.row(f.tsNanos(), f.tradeId(), f.orderId(), f.ticker(), f.side(), f.price(), f.count(), f.taker(),
                    f.fee(), f.positionAfter());
        } else if (entry instanceof BacktestEntry.Rejection r) {
            rejections.row(r.tsNanos(), r.clientOrderId(), r.ticker(), r.request(), r.code(), r.httpStatus(),
                    r.retryAfterNanos(), r.message());
        } else if (entry instanceof BacktestEntry.Position p) {
            positions.row(p.tsNanos(), p.ticker(), p.position(), p.exposure(), p.realizedPnl(), p.feesPaid());
        } else if (entry instanceof BacktestEntry.Cash c) {
            cash.row(c.tsNanos(), c.balance(), c.change(), c.fee(), c.reason());
        } else if (entry instanceof BacktestEntry.Tokens t) {
            tokens.row(t.tsNanos(), t.bucket(), t.endpoint(), t.tokens(), t.waitNanos(), t.rateLimited());
            if (t.waitNanos() > 0) {
                waits++;
                waitNanos += t.waitNanos();
            }
        } else if (entry instanceof BacktestEntry.Settlement s) {
            settlements.row(s.tsNanos(), s.ticker(), s.result(), s.position(), s.payout());
        } else {
            throw new IllegalArgumentException("no result table for " + entry.getClass().getName());
        }
    }

    /** Requests that waited for tokens (paced runs). */
    long waits() {
        return waits;
    }

    /** Virtual time those requests waited, in total. */
    long waitNanos() {
        return waitNanos;
    }

    /** Rows per table, in {@link #TABLES} order. */
    Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (ResultTable table : all) {
            rows.put(table.name(), table.rows());
        }
        return rows;
    }

    /** Flushes and closes every file; the first failure is thrown after all are closed. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (ResultTable table : all) {
            try {
                table.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
