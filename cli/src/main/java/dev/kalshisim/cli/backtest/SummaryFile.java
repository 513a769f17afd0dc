package dev.kalshisim.cli.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.data.replay.ReplayLogHeader;
import dev.kalshisim.sim.backtest.BacktestConfig;
import dev.kalshisim.sim.backtest.BacktestResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code summary.json}: what was run (data, strategy, parameters, seed, tier, models, latency,
 * pacing, window) and what came of it (pnl, fees, counts, tokens, events, the fill model used), in
 * a fixed key order with sorted maps and LF line ends. It holds no wall-clock figure (no elapsed
 * time, no events per second): the same inputs must give the same bytes.
 */
final class SummaryFile {

    /** Names the layout, so a reader can tell a result folder and its version. */
    static final String FORMAT = "kalshi-sim backtest result 1";

    private static final JsonFactory JSON = new JsonFactory();

    private SummaryFile() {
    }

    /**
     * What the summary describes.
     *
     * @param data       the data as the command line named it ({@code sample:NAME} or a folder)
     * @param config     the backtest's configuration
     * @param result     its result
     * @param files      the tables' row counts and waits
     */
    record Contents(String data, BacktestConfig config, BacktestResult result, ResultFiles files) {
    }

    static void write(Path file, Contents contents) {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8)); JsonGenerator json = JSON.createGenerator(writer)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            writeConfig(json, contents);
            writeResult(json, contents.result(), contents.files());
            json.writeObjectFieldStart("rows");
            for (Map.Entry<String, Long> table : contents.files().rows().entrySet()) {
                json.writeNumberField(table.getKey(), table.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeConfig(JsonGenerator json, Contents contents) throws IOException {
        BacktestConfig config = contents.config();
        json.writeObjectFieldStart("config");
        json.writeStringField("data", contents.data());
        ReplayLogHeader header = config.log().header();
        json.writeObjectFieldStart("recording");
        writeTime(json, "first", header.firstRecvNs());
        writeTime(json, "last", header.lastRecvNs());
        json.writeNumberField("markets", header.marketCount());
        json.writeNumberField("records", header.recordCount());
        json.writeNumberField("events", header.eventCount());
        json.writeStringField("content_key", header.contentKeyHex());
        json.writeEndObject();
        json.writeStringField("strategy", config.strategyName());
        json.writeObjectFieldStart("params");
        for (Map.Entry<String, String> parameter : config.parameters().asMap().entrySet()) {
            json.writeStringField(parameter.getKey(), parameter.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("seed", config.seed());
        json.writeStringField("tier", config.tier().wire());
        json.writeStringField("fill_model", config.fillModel());
        json.writeStringField("queue_model", config.queueModel());
        BacktestConfig.Latency latency = config.latency();
        json.writeObjectFieldStart("latency");
        json.writeNumberField("entry_ns", latency.entryNanos());
        json.writeNumberField("entry_jitter_ns", latency.entryJitterNanos());
        json.writeNumberField("ack_ns", latency.ackNanos());
        json.writeNumberField("ack_jitter_ns", latency.ackJitterNanos());
        json.writeNumberField("market_data_ns", latency.marketDataNanos());
        json.writeNumberField("market_data_jitter_ns", latency.marketDataJitterNanos());
        json.writeEndObject();
        json.writeBooleanField("pacing", config.pacing());
        json.writeObjectFieldStart("window");
        // An open end is null: the whole recording on that side.
        writeTime(json, "from", config.fromNanos() == 0 ? null : config.fromNanos());
        writeTime(json, "to", config.toNanos() == Long.MAX_VALUE ? null : config.toNanos());
        json.writeEndObject();
        json.writeStringField("balance", config.balance().toString());
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, BacktestResult result, ResultFiles files) throws IOException {
        json.writeObjectFieldStart("result");
        json.writeStringField("fill_model", result.fillModel());
        json.writeStringField("queue_model", result.queueModel());
        json.writeStringField("pnl", result.pnl().toString());
        json.writeStringField("fees", result.fees().toString());
        json.writeNumberField("orders", result.orders());
        json.writeNumberField("fills", result.fills());
        json.writeNumberField("rejections", result.rejections());
        json.writeNumberField("rejections_429", result.rejections429());
        json.writeNumberField("waits", files.waits());
        json.writeNumberField("wait_ns", result.waitNanos());
        writeCounts(json, "tokens_by_bucket", result.tokensByBucket());
        writeCounts(json, "tokens_by_endpoint", result.tokensByEndpoint());
        json.writeNumberField("events", result.events());
        json.writeNumberField("records", result.records());
        json.writeNumberField("unoffered_levels", result.unofferedLevels());
        json.writeNumberField("unmatched_fills", result.unmatchedFills());
        RunResult run = result.run();
        if (run != null) {
            // The runner's own counts, without its elapsed wall time.
            json.writeObjectFieldStart("runner");
            json.writeNumberField("orders_submitted", run.ordersSubmitted());
            json.writeNumberField("orders_placed", run.ordersPlaced());
            json.writeNumberField("orders_rejected", run.ordersRejected());
            json.writeNumberField("blackout_rejected", run.blackoutRejected());
            json.writeNumberField("cancels_sent", run.cancelsSent());
            json.writeNumberField("orders_canceled", run.ordersCanceled());
            json.writeNumberField("orders_filled", run.ordersFilled());
            json.writeNumberField("fills", run.fills());
            json.writeStringField("contracts_filled", run.contractsFilled().toString());
            json.writeNumberField("amends_sent", run.amendsSent());
            json.writeNumberField("decreases_sent", run.decreasesSent());
            json.writeNumberField("command_failures", run.commandFailures());
            json.writeNumberField("rate_limited_responses", run.rateLimitedResponses());
            json.writeNumberField("throttle_wait_ns", run.throttleWaitNanos());
            json.writeNumberField("open_orders_left", run.openOrdersLeft());
            json.writeNumberField("loop_failures", run.loopFailures());
            json.writeNumberField("callback_failures", run.callbackFailures());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeCounts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> count : new TreeMap<>(counts == null ? Map.of() : counts).entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }

    private static void writeTime(JsonGenerator json, String name, Long epochNanos) throws IOException {
        if (epochNanos == null) {
            json.writeNullField(name + "_ns");
            json.writeNullField(name);
        } else {
            json.writeNumberField(name + "_ns", epochNanos);
            json.writeStringField(name, UtcTime.iso(epochNanos));
        }
    }
}
