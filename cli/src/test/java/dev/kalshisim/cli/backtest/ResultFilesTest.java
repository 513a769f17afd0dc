package dev.kalshisim.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.backtest.BacktestEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    /** 2026-03-18T18:00:00Z. */
    private static final long T = 1_773_856_800_000_000_000L;
    private static final String TICKER = "KXFED-26MAR-T4.25";

    @TempDir
    Path temp;

    @Test
    void writesEveryKindOfEntryToItsTable() throws IOException {
        Path dir = write(temp.resolve("a"));

        assertThat(Files.readAllLines(dir.resolve("orders.csv"))).containsExactly(
                "ts_ns,ts,order_id,client_order_id,ticker,side,price,count,filled,remaining,status,reason",
                T + ",2026-03-18T18:00:00.000000000Z,o-1,bt-1,KXFED-26MAR-T4.25,bid,0.5600,5.00,0.00,5.00,resting,",
                (T + 2) + ",2026-03-18T18:00:00.000000002Z,o-1,bt-1,KXFED-26MAR-T4.25,bid,0.5600,5.00,2.00,3.00,"
                        + "canceled,\"canceled by the strategy, at shutdown\"");
        assertThat(Files.readAllLines(dir.resolve("fills.jsonl"))).containsExactly(
                "{\"ts_ns\":" + (T + 1) + ",\"ts\":\"2026-03-18T18:00:00.000000001Z\",\"trade_id\":\"t-9\","
                        + "\"order_id\":\"o-1\",\"ticker\":\"KXFED-26MAR-T4.25\",\"side\":\"bid\",\"price\":\"0.5600\","
                        + "\"count\":\"2.00\",\"taker\":false,\"fee\":\"0.0100\",\"position_after\":\"2.00\"}");
        assertThat(Files.readAllLines(dir.resolve("rejections.csv"))).element(1).isEqualTo(
                (T + 3) + ",2026-03-18T18:00:00.000000003Z,bt-2,KXFED-26MAR-T4.25,POST /portfolio/orders,"
                        + "too_many_requests,429,125000000,too many requests");
        assertThat(Files.readAllLines(dir.resolve("positions.csv"))).element(1).isEqualTo(
                (T + 1) + ",2026-03-18T18:00:00.000000001Z,KXFED-26MAR-T4.25,2.00,1.1200,0.0000,0.0100");
        assertThat(Files.readAllLines(dir.resolve("cash.csv"))).element(1).isEqualTo(
                (T + 1) + ",2026-03-18T18:00:00.000000001Z,9998.8700,-1.1300,0.0100,fill");
        assertThat(Files.readAllLines(dir.resolve("tokens.jsonl"))).containsExactly(
                "{\"ts_ns\":" + T + ",\"ts\":\"2026-03-18T18:00:00.000000000Z\",\"bucket\":\"write\","
                        + "\"endpoint\":\"POST /portfolio/orders\",\"tokens\":10,\"wait_ns\":0,\"rate_limited\":false}",
                "{\"ts_ns\":" + (T + 3) + ",\"ts\":\"2026-03-18T18:00:00.000000003Z\",\"bucket\":\"write\","
                        + "\"endpoint\":\"POST /portfolio/orders\",\"tokens\":10,\"wait_ns\":40000000,"
                        + "\"rate_limited\":true}");
        assertThat(Files.readAllLines(dir.resolve("settlements.csv"))).containsExactly(
                "ts_ns,ts,ticker,result,position,payout",
                (T + 4) + ",2026-03-18T18:00:00.000000004Z,KXFED-26MAR-T4.25,yes,2.00,2.0000");
    }

    @Test
    void countsRowsAndWaits() {
        try (ResultFiles files = new ResultFiles(temp)) {
            entries().forEach(files::record);
            assertThat(files.rows()).containsExactly(java.util.Map.entry("orders", 2L), java.util.Map.entry("fills", 1L),
                    java.util.Map.entry("rejections", 1L), java.util.Map.entry("positions", 1L),
                    java.util.Map.entry("cash", 1L), java.util.Map.entry("tokens", 2L),
                    java.util.Map.entry("settlements", 1L));
            assertThat(files.waits()).isEqualTo(1);
            assertThat(files.waitNanos()).isEqualTo(40_000_000L);
        }
        assertThat(temp.toFile().list()).containsExactlyInAnyOrderElementsOf(ResultFiles.fileNames());
    }

    @Test
    void theSameEntriesGiveTheSameBytes() throws IOException {
        Path a = write(temp.resolve("a"));
        Path b = write(temp.resolve("b"));

        for (String name : ResultFiles.fileNames()) {
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
        }
    }

    private static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (ResultFiles files = new ResultFiles(dir)) {
            entries().forEach(files::record);
        }
        return dir;
    }

    private static List<BacktestEntry> entries() {
        Price p56 = Price.ofCents(56);
        return List.of(
                new BacktestEntry.Tokens(T, "write", "POST /portfolio/orders", 10, 0, false),
                new BacktestEntry.OrderChange(T, "o-1", "bt-1", TICKER, "bid", p56, Count.ofContracts(5), Count.ZERO,
                        Count.ofContracts(5), "resting", null),
                new BacktestEntry.Fill(T + 1, "t-9", "o-1", TICKER, "bid", p56, Count.ofContracts(2), false,
                        Money.ofCents(1), Count.ofContracts(2)),
                new BacktestEntry.Position(T + 1, TICKER, Count.ofContracts(2), Money.ofCents(112), Money.ZERO,
                        Money.ofCents(1)),
                new BacktestEntry.Cash(T + 1, Money.parse("9998.87"), Money.parse("-1.13"), Money.ofCents(1), "fill"),
                new BacktestEntry.OrderChange(T + 2, "o-1", "bt-1", TICKER, "bid", p56, Count.ofContracts(5),
                        Count.ofContracts(2), Count.ofContracts(3), "canceled", "canceled by the strategy, at shutdown"),
                new BacktestEntry.Tokens(T + 3, "write", "POST /portfolio/orders", 10, 40_000_000L, true),
                new BacktestEntry.Rejection(T + 3, "bt-2", TICKER, "POST /portfolio/orders", "too_many_requests", 429,
                        125_000_000L, "too many requests"),
                new BacktestEntry.Settlement(T + 4, TICKER, "yes", Count.ofContracts(2), Money.ofDollars(2)));
    }
}
