package dev.kalshisim.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small backtest result written by hand, in the shapes {@code backtest} writes (JSON lines with
 * ts_ns first, exact decimal strings), whose metrics are worked out in the tests' comments.
 *
 * <p>Three hours from T0, balance 100.0000, tier basic. A bids 2 @ 0.40 (rests +10 s, fills +70 s);
 * B asks 2 @ 0.50 (rests +20 s, canceled +50 s); C asks 4 @ 0.20 (rests +61 min, 1 fills +61.5 min);
 * D bids 1 @ 0.90 (rests +2 h, still resting at the end); F asks 1 @ 0.70 (rests +150 min, fills
 * +151 min). Equity: 100.00 until C's fill, then 99.40 cash + 1 × 0.20 = 99.60, then 100.10 after F.
 */
final class ConstructedResult {

    static final long T0 = 1_780_000_000_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final String TICKER = "KXTEST-26JAN01-T50";

    private ConstructedResult() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> orders = new ArrayList<>();
        orders.add(order(T0 + 10 * SECOND, "A", "bid", "0.4000", "2.00", "0.00", "2.00", "resting"));
        orders.add(order(T0 + 20 * SECOND, "B", "ask", "0.5000", "2.00", "0.00", "2.00", "resting"));
        orders.add(order(T0 + 50 * SECOND, "B", "ask", "0.5000", "2.00", "0.00", "0.00", "canceled"));
        orders.add(order(T0 + 70 * SECOND, "A", "bid", "0.4000", "2.00", "2.00", "0.00", "executed"));
        orders.add(order(T0 + 61 * MINUTE, "C", "ask", "0.2000", "4.00", "0.00", "4.00", "resting"));
        orders.add(order(T0 + 61 * MINUTE + 30 * SECOND, "C", "ask", "0.2000", "4.00", "1.00", "3.00", "resting"));
        orders.add(order(T0 + 2 * HOUR, "D", "bid", "0.9000", "1.00", "0.00", "1.00", "resting"));
        orders.add(order(T0 + 150 * MINUTE, "F", "ask", "0.7000", "1.00", "0.00", "1.00", "resting"));
        orders.add(order(T0 + 151 * MINUTE, "F", "ask", "0.7000", "1.00", "1.00", "0.00", "executed"));
        lines(dir, "orders", orders);

        lines(dir, "fills", List.of(
                fill(T0 + 70 * SECOND, "A", "bid", "0.4000", "2.00", "2.00"),
                fill(T0 + 61 * MINUTE + 30 * SECOND, "C", "ask", "0.2000", "1.00", "1.00"),
                fill(T0 + 151 * MINUTE, "F", "ask", "0.7000", "1.00", "0.00")));
        lines(dir, "positions", List.of(
                position(T0 + 70 * SECOND, "2.00", "0.8000", "0.0000"),
                position(T0 + 61 * MINUTE + 30 * SECOND, "1.00", "0.4000", "-0.2000"),
                position(T0 + 151 * MINUTE, "0.00", "0.0000", "0.1000")));
        lines(dir, "cash", List.of(
                cash(T0 + 70 * SECOND, "99.2000", "-0.8000"),
                cash(T0 + 61 * MINUTE + 30 * SECOND, "99.4000", "0.2000"),
                cash(T0 + 151 * MINUTE, "100.1000", "0.7000")));
        lines(dir, "tokens", List.of(
                token(T0 + SECOND, "read", "GET /trade-api/v2/portfolio/balance", 0, false),
                token(T0 + 10 * SECOND, "write", "POST /trade-api/v2/portfolio/orders", 0, false),
                token(T0 + 20 * SECOND, "write", "POST /trade-api/v2/portfolio/orders", 0, false),
                token(T0 + 20 * SECOND + 1000, "write", "POST /trade-api/v2/portfolio/orders", 0, true),
                token(T0 + 50 * SECOND, "write", "DELETE /trade-api/v2/portfolio/orders/{order_id}", 5_000_000, false),
                token(T0 + 61 * MINUTE, "write", "POST /trade-api/v2/portfolio/orders", 0, false),
                token(T0 + HOUR, "read", "GET /trade-api/v2/portfolio/balance", 0, false)));
        lines(dir, "settlements", List.of());
        lines(dir, "rejections", List.of());
        Files.writeString(dir.resolve("summary.json"), """
                {
                  "format" : "kalshi-sim backtest result 1",
                  "config" : {
                    "data" : "sample:constructed",
                    "recording" : { "first_ns" : %d, "last_ns" : %d, "markets" : 1 },
                    "strategy" : "hand-made",
                    "params" : { "spread" : "0.04" },
                    "seed" : 7,
                    "tier" : "basic",
                    "fill_model" : "l2",
                    "queue_model" : "probabilistic",
                    "pacing" : true,
                    "window" : { "from_ns" : %d, "from" : null, "to_ns" : %d, "to" : null },
                    "balance" : "100.0000"
                  },
                  "result" : { "pnl" : "0.1000", "fees" : "0.0000", "rejections_429" : 1 }
                }
                """.formatted(T0 - HOUR, T0 + 5 * HOUR, T0, T0 + 3 * HOUR));
        return dir;
    }

    private static void lines(Path dir, String table, List<String> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(row).append('\n'));
        Files.writeString(dir.resolve(table + ".jsonl"), text.toString());
    }

    private static String order(long ts, String id, String side, String price, String count, String filled,
            String remaining, String status) {
        return "{\"ts_ns\":%d,\"order_id\":\"%s\",\"ticker\":\"%s\",\"side\":\"%s\",\"price\":\"%s\",\"count\":\"%s\","
                .formatted(ts, id, TICKER, side, price, count)
                + "\"filled\":\"%s\",\"remaining\":\"%s\",\"status\":\"%s\"}".formatted(filled, remaining, status);
    }

    private static String fill(long ts, String id, String side, String price, String count, String after) {
        return ("{\"ts_ns\":%d,\"order_id\":\"%s\",\"ticker\":\"%s\",\"side\":\"%s\",\"price\":\"%s\","
                + "\"count\":\"%s\",\"taker\":false,\"fee\":\"0.0000\",\"position_after\":\"%s\"}")
                .formatted(ts, id, TICKER, side, price, count, after);
    }

    private static String position(long ts, String position, String exposure, String realized) {
        return ("{\"ts_ns\":%d,\"ticker\":\"%s\",\"position\":\"%s\",\"exposure\":\"%s\",\"realized_pnl\":\"%s\","
                + "\"fees_paid\":\"0.0000\"}").formatted(ts, TICKER, position, exposure, realized);
    }

    private static String cash(long ts, String balance, String change) {
        return "{\"ts_ns\":%d,\"balance\":\"%s\",\"change\":\"%s\",\"fee\":\"0.0000\",\"reason\":\"fill\"}"
                .formatted(ts, balance, change);
    }

    private static String token(long ts, String bucket, String endpoint, long waitNanos, boolean limited) {
        return "{\"ts_ns\":%d,\"bucket\":\"%s\",\"endpoint\":\"%s\",\"tokens\":10,\"wait_ns\":%d,\"rate_limited\":%s}"
                .formatted(ts, bucket, endpoint, waitNanos, limited);
    }
}
