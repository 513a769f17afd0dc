package dev.kalshisim.cli.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.reports.ComparisonReport;
import dev.kalshisim.reports.SweepSetup;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A sweep's comparison: one row per parameter set, as {@code comparison.csv} and inside
 * {@code sweep.json}, in run order, with the figures every run reports. Nothing comes from the wall
 * clock, so the same sweep gives the same bytes whatever {@code --parallel} was, and wherever its
 * runs ran (a local pool or a Spark cluster). {@code comparison.html}, the report people read, is
 * written between the two by the reports module, from the runs' own metrics.
 */
public final class SweepComparison {

    private static final JsonFactory JSON = new JsonFactory();
    static final String CSV = "comparison.csv";

    /**
     * One finished run: its folder's name, its grid parameters and its figures. Serializable: a
     * Spark task returns it to the driver.
     */
    public record Row(String run, Map<String, String> parameters, Figures result) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The figures of a {@link BacktestResult} the comparison lists, named as there; the two sums
     * of money are kept as micros, which serialize as plain numbers.
     */
    public record Figures(long pnlMicros, long feesMicros, long orders, long fills, long rejections,
            long rejections429, long waitNanos, long events) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Figures of(BacktestResult r) {
            return new Figures(r.pnl().micros(), r.fees().micros(), r.orders(), r.fills(), r.rejections(),
                    r.rejections429(), r.waitNanos(), r.events());
        }

        public Money pnl() {
            return Money.ofMicros(pnlMicros);
        }

        public Money fees() {
            return Money.ofMicros(feesMicros);
        }
    }

    private SweepComparison() {
    }

    /** The rows best first: highest PnL, then fewest fees, then run order. */
    static List<Row> ranked(List<Row> rows) {
        List<Row> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparing((Row row) -> row.result().pnl()).reversed()
                .thenComparing(row -> row.result().fees()).thenComparing(Row::run));
        return ranked;
    }

    /**
     * Writes the comparison of a finished sweep into {@code dir}: every comparison file, then
     * {@code sweep.json}, last, as the marker of a finished sweep. The one place both ways of
     * running a sweep write them.
     */
    static void write(Path dir, SweepPlan plan, List<Row> rows) {
        writeCsv(dir.resolve(CSV), plan.keys(), rows);
        ComparisonReport.write(dir,
                new SweepSetup(plan.data(), plan.strategy(), plan.shared(), plan.grid().axes(), plan.seed()));
        writeJson(dir.resolve(ResultFolder.SWEEP), plan, rows);
    }

    static void writeCsv(Path file, List<String> keys, List<Row> rows) {
        try (Writer out = writer(file)) {
            StringBuilder header = new StringBuilder("run");
            for (String key : keys) {
                header.append(',');
                CsvText.appendField(header, key);
            }
            header.append(",pnl,fees,orders,fills,rejections,rejections_429,wait_ns,events\n");
            out.write(header.toString());
            for (Row row : rows) {
                StringBuilder line = new StringBuilder(row.run());
                for (String key : keys) {
                    line.append(',');
                    CsvText.appendField(line, row.parameters().get(key));
                }
                Figures r = row.result();
                line.append(',').append(r.pnl()).append(',').append(r.fees()).append(',').append(r.orders())
                        .append(',').append(r.fills()).append(',').append(r.rejections()).append(',')
                        .append(r.rejections429()).append(',').append(r.waitNanos()).append(',').append(r.events())
                        .append('\n');
                out.write(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** {@code sweep.json}: what was swept and every run's figures; written last, it marks a finished sweep. */
    static void writeJson(Path file, SweepPlan sweep, List<Row> rows) {
        try (Writer out = writer(file); JsonGenerator json = JSON.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("format", "kalshi-sim sweep result 1");
            json.writeStringField("data", sweep.data());
            json.writeStringField("strategy", sweep.strategy());
            json.writeObjectFieldStart("fixed_params");
            for (Map.Entry<String, String> entry : sweep.shared().entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("grid");
            for (Map.Entry<String, List<String>> axis : sweep.grid().axes().entrySet()) {
                json.writeArrayFieldStart(axis.getKey());
                for (String value : axis.getValue()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeNumberField("seed", sweep.seed());
            json.writeArrayFieldStart("runs");
            for (Row row : rows) {
                Figures r = row.result();
                json.writeStartObject();
                json.writeStringField("run", row.run());
                json.writeObjectFieldStart("params");
                for (Map.Entry<String, String> entry : row.parameters().entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
                json.writeStringField("pnl", r.pnl().toString());
                json.writeStringField("fees", r.fees().toString());
                json.writeNumberField("orders", r.orders());
                json.writeNumberField("fills", r.fills());
                json.writeNumberField("rejections", r.rejections());
                json.writeNumberField("rejections_429", r.rejections429());
                json.writeNumberField("wait_ns", r.waitNanos());
                json.writeNumberField("events", r.events());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("best", ranked(rows).get(0).run());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }
}
