package dev.kalshisim.data.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingViewsTest {

    /** 2026-01-01T12:00:00Z. */
    private static final long T0 = 1_767_268_800_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path temp;

    @Test
    void tablesOfTradesSampledBooksAndBarsAreWrittenExactly() throws IOException {
        Path recording = recording(List.of(
                ws(0, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":{\"market_ticker\":\"KXV-A\","
                        + "\"yes_dollars_fp\":[[\"0.4000\",\"10.00\"],[\"0.4100\",\"5.00\"]],"
                        + "\"no_dollars_fp\":[[\"0.5500\",\"8.00\"]]}}"),
                ws(1, trade("t1", "0.4200", "2.00", "yes", T0 + SECOND)),
                ws(2, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":\"KXV-A\","
                        + "\"price_dollars\":\"0.4100\",\"delta_fp\":\"-5.00\",\"side\":\"yes\"}}"),
                ws(3, trade("t2", "0.4500", "1.50", "no", T0 + 3 * SECOND)),
                // A page of history received at once, newest first: bars follow the exchange time.
                RecordedMessage.rest(T0 + 3 * SECOND + 1, "/trade-api/v2/markets/trades?ticker=KXV-A",
                        "{\"trades\":[{\"ticker\":\"KXV-A\",\"trade_id\":\"t4\",\"yes_price\":38,\"count\":4,"
                                + "\"created_time\":\"2026-01-01T12:00:01.500Z\"},{\"ticker\":\"KXV-A\","
                                + "\"trade_id\":\"t3\",\"yes_price\":44,\"count\":1,"
                                + "\"created_time\":\"2026-01-01T12:00:00.500Z\"}]}"),
                ws(5, "{\"type\":\"ok\",\"sid\":1,\"seq\":3,\"msg\":{}}")));
        Path out = temp.resolve("csv");

        List<Long> progress = new ArrayList<>();
        RecordingViews.Written written = RecordingViews.write(recording, out, Duration.ofSeconds(2), progress::add);

        assertThat(written.trades()).isEqualTo(4);
        assertThat(written.messages()).isEqualTo(6);
        assertThat(written.summary().messagesByType()).containsOnly(java.util.Map.entry("orderbook_snapshot", 1L),
                java.util.Map.entry("trade", 2L), java.util.Map.entry("orderbook_delta", 1L),
                java.util.Map.entry("rest:trades", 1L), java.util.Map.entry("ok", 1L));
        assertThat(progress).containsExactly(6L);
        assertThat(Files.readAllLines(out.resolve("trades.csv"))).containsExactly(
                "recv_ns,recv_time,exchange_ns,exchange_time,ticker,trade_id,yes_price,count,taker_side",
                (T0 + SECOND) + ",2026-01-01T12:00:01Z," + (T0 + SECOND) + ",2026-01-01T12:00:01Z,KXV-A,t1,0.4200,2.00,yes",
                (T0 + 3 * SECOND) + ",2026-01-01T12:00:03Z," + (T0 + 3 * SECOND)
                        + ",2026-01-01T12:00:03Z,KXV-A,t2,0.4500,1.50,no",
                (T0 + 3 * SECOND + 1) + ",2026-01-01T12:00:03.000000001Z," + (T0 + 1_500_000_000L)
                        + ",2026-01-01T12:00:01.500Z,KXV-A,t4,0.3800,4.00,",
                (T0 + 3 * SECOND + 1) + ",2026-01-01T12:00:03.000000001Z," + (T0 + 500_000_000L)
                        + ",2026-01-01T12:00:00.500Z,KXV-A,t3,0.4400,1.00,");
        // Samples at 12:00:00 (just the snapshot), :02 (after the delta at :02) and :04.
        assertThat(Files.readAllLines(out.resolve("top_of_book.csv"))).containsExactly(
                "time_ns,time,ticker,yes_bid,yes_bid_size,yes_ask,yes_ask_size",
                T0 + ",2026-01-01T12:00:00Z,KXV-A,0.4100,5.00,0.4500,8.00",
                (T0 + 2 * SECOND) + ",2026-01-01T12:00:02Z,KXV-A,0.4000,10.00,0.4500,8.00",
                (T0 + 4 * SECOND) + ",2026-01-01T12:00:04Z,KXV-A,0.4000,10.00,0.4500,8.00");
        assertThat(Files.readAllLines(out.resolve("spread_depth.csv"))).containsExactly(
                "time_ns,time,ticker,spread,yes_bid_depth,yes_bid_levels,no_bid_depth,no_bid_levels",
                T0 + ",2026-01-01T12:00:00Z,KXV-A,0.0400,15.00,2,8.00,1",
                (T0 + 2 * SECOND) + ",2026-01-01T12:00:02Z,KXV-A,0.0500,10.00,1,8.00,1",
                (T0 + 4 * SECOND) + ",2026-01-01T12:00:04Z,KXV-A,0.0500,10.00,1,8.00,1");
        // 12:00:00-02: t3 (0.44 at :00.5), t1 (0.42 at :01), t4 (0.38 at :01.5); 12:00:02-04: t2.
        assertThat(Files.readAllLines(out.resolve("ohlc.csv"))).containsExactly(
                "start_ns,start,ticker,open,high,low,close,volume,trades",
                T0 + ",2026-01-01T12:00:00Z,KXV-A,0.4400,0.4400,0.3800,0.3800,7.00,3",
                (T0 + 2 * SECOND) + ",2026-01-01T12:00:02Z,KXV-A,0.4500,0.4500,0.4500,0.4500,1.50,1");
    }

    @Test
    void aMessageThatCannotBeNormalizedIsNamed() throws IOException {
        Path recording = recording(List.of(ws(0, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":1,\"msg\":"
                + "{\"market_ticker\":\"A\",\"price_dollars\":\"cheap\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}}")));
        assertThatThrownBy(() -> RecordingViews.write(recording, temp.resolve("csv"), Duration.ofSeconds(1), n -> { }))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("message 1: orderbook_delta: price_dollars");
    }

    @Test
    void theSummaryCountsMessagesByTypeAndReportsTheManifest() throws IOException {
        Path recording = recording(List.of(
                ws(0, "{\"type\":\"subscribed\",\"id\":1,\"msg\":{\"channel\":\"trade\",\"sid\":2}}"),
                ws(1, trade("t1", "0.4200", "2.00", "yes", T0 + SECOND)),
                ws(2, trade("t2", "0.4200", "2.00", "yes", T0 + 2 * SECOND)),
                RecordedMessage.rest(T0 + 3 * SECOND, "/trade-api/v2/markets/KXV-A/orderbook", "{\"orderbook_fp\":{}}")));

        RecordingSummary summary = RecordingSummary.of(recording, n -> { });

        assertThat(summary.messages()).isEqualTo(4);
        assertThat(summary.messagesByType()).containsOnly(java.util.Map.entry("subscribed", 1L),
                java.util.Map.entry("trade", 2L), java.util.Map.entry("rest:orderbook", 1L));
        assertThat(summary.firstRecvNanos()).isEqualTo(T0);
        assertThat(summary.lastRecvNanos()).isEqualTo(T0 + 3 * SECOND);
        assertThat(summary.manifest().gaps()).containsExactly(new Manifest.Gap(T0, T0 + 1, List.of("KXV-A"),
                "disconnect"));
        assertThat(summary.segments()).containsExactly("segment-000001.jsonl.gz");
        assertThat(summary.bytesOnDisk()).isEqualTo(Files.size(recording.resolve("manifest.json"))
                + Files.size(recording.resolve("segment-000001.jsonl.gz")));
        assertThat(summary.warnings()).isEmpty();
    }

    private Path recording(List<RecordedMessage> messages) {
        Path dir = temp.resolve("rec");
        try (RecordingWriter writer = RecordingWriter.create(dir, new Manifest.Origin("record",
                "http://127.0.0.1:1/trade-api/v2", "simulator", null), WriterSettings.DEFAULTS)) {
            writer.putMarket(new Manifest.MarketMetadata("KXV-A", null, null, null));
            writer.gap(new Manifest.Gap(T0, T0 + 1, List.of("KXV-A"), "disconnect"));
            messages.forEach(writer::write);
        }
        return dir;
    }

    private static RecordedMessage ws(int second, String frame) {
        return RecordedMessage.ws(T0 + second * SECOND, frame);
    }

    private static String trade(String id, String price, String count, String taker, long exchangeNanos) {
        return "{\"type\":\"trade\",\"sid\":2,\"seq\":1,\"msg\":{\"trade_id\":\"" + id + "\",\"market_ticker\":\"KXV-A\","
                + "\"yes_price_dollars\":\"" + price + "\",\"count_fp\":\"" + count + "\",\"taker_side\":\"" + taker
                + "\",\"ts_ms\":" + exchangeNanos / 1_000_000 + "}}";
    }
}
