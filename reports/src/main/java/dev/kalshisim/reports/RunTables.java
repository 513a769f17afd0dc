package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A backtest result as Tablesaw tables, for analysis in code (a notebook, jshell, a test): its
 * orders, fills, positions, cash, token charges and settlements as the result files hold them,
 * and the equity curve and token-bucket levels over time as the report computes them.
 *
 * <p>Money, prices and contract counts stay exact: each becomes a {@link LongColumn} of the value's
 * fixed-point integer, named for its unit ({@code price_units}: 1/10,000 of a dollar, core's
 * {@link Price}; {@code count_hundredths}: 1/100 of a contract, {@link Count}; {@code fee_micros}:
 * 1/1,000,000 of a dollar, {@link Money}). Divide by the scale only when a picture needs it. Times
 * are epoch nanoseconds ({@code ts_ns}) beside their UTC text, as {@code equity.csv} writes it.
 * Only the bucket level, a balance of tokens that refills continuously, is a double.
 */
public final class RunTables {

    private final RunResult run;
    private final RunFacts facts;

    private RunTables(RunResult run) {
        this.run = run;
        this.facts = RunFacts.of(run.summary());
    }

    /** The tables of the result folder {@code dir}; a folder that is no result is a {@link ReportException}. */
    public static RunTables read(Path dir) {
        return new RunTables(RunResult.read(dir));
    }

    /** The tables of an already read result. */
    public static RunTables of(RunResult run) {
        return new RunTables(run);
    }

    /** Every state an order of the strategy went through, in time order. */
    public Table orders() {
        return table("orders", run.orders(), List.of(
                text("order_id"), text("client_order_id"), text("ticker"), text("side"), price("price"),
                count("count"), count("filled"), count("remaining"), text("status"), text("reason")));
    }

    /** Every fill, with its fee and the position after it. */
    public Table fills() {
        return table("fills", run.fills(), List.of(
                text("trade_id"), text("order_id"), text("ticker"), text("side"), price("price"), count("count"),
                bool("taker"), money("fee"), count("position_after")));
    }

    /** Each market position after each change. */
    public Table positions() {
        return table("positions", run.positions(), List.of(
                text("ticker"), count("position"), money("exposure"), money("realized_pnl"), money("fees_paid")));
    }

    /** The cash balance after each change, and what changed it. */
    public Table cash() {
        return table("cash", run.cash(), List.of(money("balance"), money("change"), money("fee"), text("reason")));
    }

    /** Every request's rate-limit charge: bucket, endpoint, tokens, wait, and whether it drew a 429. */
    public Table tokens() {
        return table("tokens", run.tokens(), List.of(
                text("bucket"), text("endpoint"), whole("tokens"), whole("wait_ns"), bool("rate_limited")));
    }

    /** What each settled market paid the strategy's position. */
    public Table settlements() {
        return table("settlements", run.settlements(), List.of(
                text("ticker"), text("result"), count("position"), money("payout")));
    }

    /** Equity over time, per minute of virtual time and at each fill, marked as {@code metrics.json} states. */
    public Table equity() {
        LongColumn ts = LongColumn.create("ts_ns");
        StringColumn time = StringColumn.create("ts");
        LongColumn cash = LongColumn.create("cash_micros");
        LongColumn positions = LongColumn.create("positions_value_micros");
        LongColumn equity = LongColumn.create("equity_micros");
        LongColumn drawdown = LongColumn.create("drawdown_micros");
        LongColumn inventory = LongColumn.create("inventory_hundredths");
        for (EquityCurve.Point point : EquityCurve.of(run, facts)) {
            ts.append(point.tsNanos());
            time.append(EquityCsv.iso(point.tsNanos()));
            cash.append(point.cash().micros());
            positions.append(point.positionsValue().micros());
            equity.append(point.equity().micros());
            drawdown.append(point.drawdown().micros());
            inventory.append(point.inventory().hundredths());
        }
        return Table.create("equity", ts, time, cash, positions, equity, drawdown, inventory);
    }

    /** The level of one token bucket over time, as the report draws it, with the instants of its 429s. */
    public Table bucketLevels(BucketKind bucket) {
        LongColumn ts = LongColumn.create("ts_ns");
        StringColumn time = StringColumn.create("ts");
        DoubleColumn tokens = DoubleColumn.create("tokens");
        BooleanColumn limited = BooleanColumn.create("rate_limited");
        for (TokenBucketLevels.Level level : TokenBucketLevels.of(run, facts, bucket)) {
            ts.append(level.tsNanos());
            time.append(EquityCsv.iso(level.tsNanos()));
            tokens.append(level.tokens());
            limited.append(level.rateLimited());
        }
        return Table.create(bucket.wire() + "_bucket", ts, time, tokens, limited);
    }

    // ---- building a table from JSON-lines rows ------------------------------------------------

    /** One column of a result file: how its JSON field becomes a typed, exact column. */
    private record Field(String name, String column, Kind kind) {
    }

    private enum Kind { TEXT, BOOL, WHOLE, PRICE, COUNT, MONEY }

    private static Field text(String name) {
        return new Field(name, name, Kind.TEXT);
    }

    private static Field bool(String name) {
        return new Field(name, name, Kind.BOOL);
    }

    private static Field whole(String name) {
        return new Field(name, name, Kind.WHOLE);
    }

    private static Field price(String name) {
        return new Field(name, name + "_units", Kind.PRICE);
    }

    private static Field count(String name) {
        return new Field(name, name + "_hundredths", Kind.COUNT);
    }

    private static Field money(String name) {
        return new Field(name, name + "_micros", Kind.MONEY);
    }

    private static Table table(String name, List<JsonNode> rows, List<Field> fields) {
        Table table = Table.create(name, LongColumn.create("ts_ns"), StringColumn.create("ts"));
        for (Field field : fields) {
            table.addColumns(switch (field.kind()) {
                case TEXT -> StringColumn.create(field.column());
                case BOOL -> BooleanColumn.create(field.column());
                default -> LongColumn.create(field.column());
            });
        }
        int line = 0;
        for (JsonNode row : rows) {
            line++;
            long ts = row.path("ts_ns").asLong();
            table.longColumn("ts_ns").append(ts);
            table.stringColumn("ts").append(EquityCsv.iso(ts));
            for (Field field : fields) {
                append(table.column(field.column()), field, row.get(field.name()), name, line);
            }
        }
        return table;
    }

    private static void append(Column<?> column, Field field, JsonNode value, String table, int line) {
        boolean missing = value == null || value.isNull();
        try {
            switch (field.kind()) {
                case TEXT -> ((StringColumn) column).append(missing ? "" : value.asText());
                case BOOL -> ((BooleanColumn) column).append(!missing && value.asBoolean());
                case WHOLE -> ((LongColumn) column).append(missing ? 0 : value.asLong());
                case PRICE -> ((LongColumn) column).append(Price.parse(value.asText()).units());
                case COUNT -> ((LongColumn) column).append(Count.parseSigned(value.asText()).hundredths());
                case MONEY -> ((LongColumn) column).append(Money.parse(value.asText()).micros());
                default -> throw new IllegalStateException(field.kind().name());
            }
        } catch (RuntimeException bad) {
            if (bad instanceof ReportException) {
                throw bad;
            }
            throw new ReportException(table + ".jsonl line " + line + ": field " + field.name() + " is not "
                    + field.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + (missing ? "missing" : value), bad);
        }
    }
}
