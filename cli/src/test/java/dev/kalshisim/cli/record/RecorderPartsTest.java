package dev.kalshisim.cli.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.kalshi.client.Backoff;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder's small parts: frame heads, seq checks, one-line JSON, the status line, settings. */
class RecorderPartsTest {

    @Test
    void aFrameHeadReadsTypeSidAndSeqWhereverTheyStand() {
        FrameHead delta = FrameHead.of("{\"msg\":{\"seq\":99,\"sid\":98,\"type\":\"x\"},\"seq\":7,\"type\":\"orderbook_delta\",\"sid\":2}");
        assertThat(delta).isEqualTo(new FrameHead("orderbook_delta", 2, 7));
        assertThat(delta.sequenced()).isTrue();
        assertThat(delta.isReply()).isFalse();

        FrameHead trade = FrameHead.of("{\"type\":\"trade\",\"sid\":3,\"msg\":{\"count_fp\":\"1.00\"}}");
        assertThat(trade.sequenced()).isFalse();
        assertThat(FrameHead.of("{\"id\":4,\"sid\":1,\"seq\":222,\"type\":\"ok\",\"msg\":{}}").isReply()).isTrue();
        assertThat(FrameHead.of("[1,2]")).isEqualTo(new FrameHead("", -1, -1));
        assertThat(FrameHead.of("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":")).isEqualTo(new FrameHead("orderbook_delta", 1, -1));
    }

    @Test
    void aSeqThatSkipsIsOneBreakFromTheLastGoodFrame() {
        SequenceWatch watch = new SequenceWatch();
        assertThat(watch.onMessage(1, 5, 100)).as("the first seq is taken as it comes").isNull();
        assertThat(watch.onMessage(1, 6, 110)).isNull();
        assertThat(watch.onMessage(2, 1, 115)).as("sids count apart").isNull();

        assertThat(watch.onMessage(1, 8, 120)).isEqualTo(new SequenceWatch.Break(1, 7, 8, 110));
        assertThat(watch.onMessage(1, 9, 130)).as("one loss, one break").isNull();

        watch.onReply(1, 10, 140);
        assertThat(watch.onMessage(1, 11, 150)).as("a reply that used a number").isNull();
        watch.onReply(1, 11, 155);
        assertThat(watch.onMessage(1, 12, 160)).as("a reply that repeated the number").isNull();

        watch.reset();
        assertThat(watch.onMessage(1, 1, 170)).as("a new connection's sids start afresh").isNull();
    }

    @Test
    void oneLineDropsOnlyTheLineBreaksBetweenTokens() {
        assertThat(RecordingSink.oneLine("{\n  \"a\": \"x\\ny\",\r\n  \"b\": [1, 2]\n}\n"))
                .isEqualTo("{  \"a\": \"x\\ny\",  \"b\": [1, 2]}");
        String compact = "{\"a\":1}";
        assertThat(RecordingSink.oneLine(compact)).isSameAs(compact);
    }

    @Test
    void theStatusLineRewritesItselfOnATerminalAndPrintsLinesElsewhere() {
        StringWriter text = new StringWriter();
        StatusLine terminal = new StatusLine(new PrintWriter(text), true);
        terminal.show(0, 0, 2, 0, 10, "connected");
        terminal.show(2_000_000_000L, 300, 2, 1, 3 * 1024 * 1024, "reconnecting");
        terminal.show(3_000_000_000L, 300, 2, 1, 3 * 1024 * 1024, "ok");
        terminal.end();
        assertThat(text.toString()).startsWith("\rrecording: 0 messages, 0.0 msg/s, 2 markets, 0 gaps, 10 B, connected")
                .contains("\rrecording: 300 messages, 150.0 msg/s, 2 markets, 1 gaps, 3.0 MiB, reconnecting")
                .contains("\rrecording: 300 messages, 0.0 msg/s, 2 markets, 1 gaps, 3.0 MiB, ok           ")
                .endsWith(System.lineSeparator());

        StringWriter log = new StringWriter();
        StatusLine lines = new StatusLine(new PrintWriter(log), false);
        lines.show(0, 5, 1, 0, 2048, "connected");
        assertThat(log.toString()).isEqualTo("recording: 5 messages, 0.0 msg/s, 1 markets, 0 gaps, 2.0 KiB, connected"
                + System.lineSeparator());
    }

    @Test
    void settingsRefuseChannelsThatAreNotMarketData() {
        assertThatThrownBy(() -> settings(List.of("fill"))).hasMessageContaining("unrecordable channel \"fill\"");
        assertThatThrownBy(() -> settings(List.of())).hasMessageContaining("at least one channel");
        assertThat(settings(List.of("trade")).channels()).containsExactly("trade");
    }

    @Test
    void aSelectionNamesMarketsWithoutBlanksOrRepeats() {
        assertThat(Selection.tickers(List.of(" A", "B", "A")).tickers()).containsExactly("A", "B");
        assertThat(Selection.event("E").describe()).isEqualTo("event E");
        assertThatThrownBy(() -> Selection.tickers(List.of("A", " "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEnvironmentComesFromTheHost() {
        assertThat(Recorder.environment("https://external-api.kalshi.com/trade-api/v2")).isEqualTo("production");
        assertThat(Recorder.environment("https://external-api.demo.kalshi.co/trade-api/v2")).isEqualTo("demo");
        assertThat(Recorder.environment("http://127.0.0.1:8080/trade-api/v2")).isEqualTo("simulator");
        assertThat(Recorder.environment("https://example.org/trade-api/v2")).isEqualTo("other");
    }

    private static RecordSettings settings(List<String> channels) {
        return new RecordSettings("http://127.0.0.1:1/trade-api/v2", null, Selection.tickers(List.of("A")),
                Path.of("out"), null, channels, WriterSettings.DEFAULTS, Backoff.DEFAULT, Duration.ofSeconds(1));
    }
}
