package dev.kalshisim.data.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache with the project's normalizer, over messages of both generations written here in Kalshi's shapes. */
class ProjectNormalizerReplayTest {

    @TempDir
    Path temp;

    @Test
    void theLogHoldsExactlyWhatTheNormalizerReads() {
        List<RecordedMessage> messages = List.of(
                RecordedMessage.rest(1_000, "/trade-api/v2/markets/KXA-26/orderbook",
                        "{\"orderbook_fp\":{\"yes_dollars\":[[\"0.4500\",\"10.00\"]],\"no_dollars\":[[\"0.5300\",\"2.50\"]]}}"),
                RecordedMessage.ws(2_000, "{\"type\":\"subscribed\",\"id\":1,\"msg\":{\"channel\":\"orderbook_delta\",\"sid\":1}}"),
                RecordedMessage.ws(3_000, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":{\"market_ticker\":"
                        + "\"KXA-26\",\"yes\":[[45,10]],\"no\":[[53,3],[52,7]]}}"),
                RecordedMessage.ws(4_000, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":2,\"msg\":{\"market_ticker\":"
                        + "\"KXA-26\",\"price\":45,\"delta\":-4,\"side\":\"yes\"}}"),
                RecordedMessage.ws(5_000, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":3,\"msg\":{\"market_ticker\":"
                        + "\"KXA-26\",\"price_dollars\":\"0.5300\",\"delta_fp\":\"1.25\",\"side\":\"no\","
                        + "\"ts\":\"2026-07-01T02:31:45.308599Z\",\"ts_ms\":1782873105308}}"),
                RecordedMessage.ws(6_000, "{\"type\":\"trade\",\"sid\":2,\"msg\":{\"trade_id\":\"d91bc706-ee49-470d-82d8-"
                        + "11418bda6fed\",\"market_ticker\":\"KXA-26\",\"yes_price_dollars\":\"0.4600\",\"no_price_dollars\":"
                        + "\"0.5400\",\"count_fp\":\"3.00\",\"taker_side\":\"yes\",\"ts\":1782873106}}"),
                RecordedMessage.ws(7_000, "{\"type\":\"ticker\",\"sid\":3,\"msg\":{\"market_ticker\":\"KXA-26\","
                        + "\"price\":46,\"yes_bid\":45,\"yes_ask\":47,\"volume\":1203,\"open_interest\":800,\"ts\":1782873107}}"),
                RecordedMessage.ws(8_000, "{\"type\":\"market_lifecycle_v2\",\"sid\":4,\"msg\":{\"market_ticker\":\"KXA-26\","
                        + "\"event_type\":\"determined\",\"result\":\"yes\",\"ts\":1782873108}}"));
        Path dir = temp.resolve("rec");
        try (RecordingWriter writer = RecordingWriter.create(dir, new Manifest.Origin("record", null, "demo", null),
                WriterSettings.DEFAULTS)) {
            messages.forEach(writer::write);
        }
        MessageNormalizer normalizer = new MessageNormalizer();
        List<MarketEvent> expected = new ArrayList<>();
        messages.forEach(m -> expected.addAll(normalizer.normalize(m)));

        ReplayLogCache cache = new ReplayLogCache(RecordedEventNormalizer::new, temp.resolve("fallback"),
                ReplayLog.Verify.FULL);
        ReplayLogCache.CachedLog built = cache.open(dir, ReplayLogBuilder.Progress.NONE);

        assertThat(expected).hasSize(7);
        assertThat(ReplayLogRoundTripTest.readAll(built.log())).containsExactlyElementsOf(expected);
        assertThat(built.log().header().messageCount()).isEqualTo(messages.size());
        assertThat(new RecordedEventNormalizer().revision()).startsWith("MessageNormalizer sha256:")
                .isEqualTo(new RecordedEventNormalizer().revision());
        assertThat(cache.open(dir, ReplayLogBuilder.Progress.NONE).outcome()).isEqualTo(ReplayLogCache.Outcome.REUSED);
    }
}
