package dev.kalshisim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.limits.BucketKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

/** The constructed result as tables: every row, exact fixed-point columns, and a query a researcher would run. */
class RunTablesTest {

    @TempDir
    Path temp;

    @Test
    void everyResultFileBecomesATableWithExactColumns() throws IOException {
        RunTables tables = RunTables.read(ConstructedResult.write(temp.resolve("run")));

        Table orders = tables.orders();
        assertThat(orders.rowCount()).isEqualTo(9);
        assertThat(orders.columnNames()).containsExactly("ts_ns", "ts", "order_id", "client_order_id", "ticker",
                "side", "price_units", "count_hundredths", "filled_hundredths", "remaining_hundredths", "status",
                "reason");
        assertThat(orders.longColumn("price_units").get(0)).isEqualTo(4_000L);
        assertThat(orders.stringColumn("ts").get(0)).isEqualTo("2026-05-28T20:26:50.000000000Z");

        Table fills = tables.fills();
        assertThat(fills.rowCount()).isEqualTo(3);
        // Filled contracts, summed exactly: 2 + 1 + 1.
        assertThat(fills.longColumn("count_hundredths").sum()).isEqualTo(400.0);
        assertThat(fills.longColumn("position_after_hundredths").asList()).containsExactly(200L, 100L, 0L);
        // README's example.
        Table byMarket = fills.summarize("count_hundredths", "fee_micros", AggregateFunctions.sum).by("ticker");
        assertThat(byMarket.rowCount()).isEqualTo(1);
        assertThat(byMarket.doubleColumn(1).get(0)).isEqualTo(400.0);

        Table cash = tables.cash();
        assertThat(cash.longColumn("balance_micros").asList()).containsExactly(99_200_000L, 99_400_000L, 100_100_000L);
        assertThat(tables.positions().longColumn("realized_pnl_micros").asList())
                .containsExactly(0L, -200_000L, 100_000L);
        assertThat(tables.settlements().rowCount()).isZero();

        // Tokens spent on order creates, and the one 429: a query on the table, not a loop.
        Table tokens = tables.tokens();
        Table creates = tokens.where(tokens.stringColumn("endpoint").endsWith("/portfolio/orders"));
        assertThat(creates.rowCount()).isEqualTo(4);
        assertThat(tokens.where(tokens.booleanColumn("rate_limited").isTrue()).rowCount()).isEqualTo(1);
    }

    @Test
    void theEquityCurveAndTheBucketLevelsAreTheReportsOwn() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("run"));
        RunTables tables = RunTables.read(dir);

        Table equity = tables.equity();
        // The same points as equity.csv: one row per line after its header.
        Report.write(dir);
        assertThat(equity.rowCount()).isEqualTo(Files.readAllLines(dir.resolve(Report.EQUITY)).size() - 1);
        assertThat(equity.longColumn("equity_micros").get(0)).isEqualTo(100_000_000L);
        assertThat(equity.longColumn("equity_micros").get(equity.rowCount() - 1)).isEqualTo(100_100_000L);
        assertThat(equity.longColumn("equity_micros").min()).isEqualTo(99_600_000.0);

        Table write = tables.bucketLevels(BucketKind.WRITE);
        assertThat(write.name()).isEqualTo("write_bucket");
        assertThat(write.rowCount()).isGreaterThan(1);
        assertThat(write.where(write.booleanColumn("rate_limited").isTrue()).rowCount()).isEqualTo(1);
        assertThat(write.doubleColumn("tokens").max()).isLessThanOrEqualTo(100.0);
    }

    @Test
    void aMalformedValueIsOneLineNamingTheFileLineAndField() throws IOException {
        Path dir = ConstructedResult.write(temp.resolve("run"));
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, Files.readString(fills).replaceFirst("\"price\":\"0.4000\"", "\"price\":\"cheap\""));

        assertThatThrownBy(() -> RunTables.read(dir).fills()).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("fills.jsonl line 1: field price is not price: \"cheap\"");
        assertThatThrownBy(() -> RunTables.read(temp.resolve("nothing"))).isInstanceOf(ReportException.class);
    }
}
