package dev.kalshisim.sim.replay.playback;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.data.replay.ReplayLogBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small recording written for a test, in the shapes Kalshi's WebSocket sends today (fixed-point
 * strings): snapshots, deltas, trades and lifecycle messages at chosen receive times, then opened
 * for playback. Prices are dollar strings ("0.45"), sizes contract strings ("10.00").
 */
final class TestRecording {

    static final long T0 = 1_773_842_400_000_000_000L; // 2026-03-18T14:00:00Z
    static final long SECOND = 1_000_000_000L;

    private final List<RecordedMessage> messages = new ArrayList<>();
    private long seq;
    private long trades;

    /** A snapshot of {@code ticker}: YES levels and NO levels as {@code {"0.45", "10.00"}} pairs. */
    TestRecording snapshot(long at, String ticker, String[][] yes, String[][] no) {
        StringBuilder s = new StringBuilder("{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":").append(++seq)
                .append(",\"msg\":{\"market_ticker\":\"").append(ticker).append('"');
        levels(s, "yes_dollars_fp", yes);
        levels(s, "no_dollars_fp", no);
        messages.add(RecordedMessage.ws(at, s.append("}}").toString()));
        return this;
    }

    /** A delta of {@code change} contracts ("-4.00") at {@code price} on {@code side} ("yes"/"no"). */
    TestRecording delta(long at, String ticker, String side, String price, String change) {
        messages.add(RecordedMessage.ws(at, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + (++seq)
                + ",\"msg\":{\"market_ticker\":\"" + ticker + "\",\"price_dollars\":\"" + price + "\",\"delta_fp\":\""
                + change + "\",\"side\":\"" + side + "\",\"ts_ms\":" + at / 1_000_000 + "}}"));
        return this;
    }

    /** A trade: the taker bought {@code takerSide} ("yes"/"no") at YES price {@code yesPrice}. */
    TestRecording trade(long at, String ticker, String yesPrice, String count, String takerSide) {
        messages.add(RecordedMessage.ws(at, "{\"type\":\"trade\",\"sid\":2,\"msg\":{\"trade_id\":\"t-" + (++trades)
                + "\",\"market_ticker\":\"" + ticker + "\",\"yes_price_dollars\":\"" + yesPrice + "\",\"count_fp\":\""
                + count + "\",\"taker_side\":\"" + takerSide + "\",\"ts_ms\":" + at / 1_000_000 + "}}"));
        return this;
    }

    /** A lifecycle message ({@code determined} with {@code result} "yes", say; result may be null). */
    TestRecording lifecycle(long at, String ticker, String eventType, String result) {
        messages.add(RecordedMessage.ws(at, "{\"type\":\"market_lifecycle_v2\",\"sid\":3,\"msg\":{\"market_ticker\":\""
                + ticker + "\",\"event_type\":\"" + eventType + "\"" + (result == null ? "" : ",\"result\":\"" + result
                + "\"") + "}}"));
        return this;
    }

    /** Writes the recording into {@code dir} and opens it for playback. */
    PlaybackSource open(Path dir) {
        try (RecordingWriter writer = RecordingWriter.create(dir, new Manifest.Origin("record", null, "simulator",
                "a playback test"), WriterSettings.DEFAULTS)) {
            for (RecordedMessage message : messages) {
                writer.write(message);
            }
        }
        return PlaybackSource.open(dir, ReplayLogBuilder.Progress.NONE);
    }

    private static void levels(StringBuilder s, String field, String[][] levels) {
        if (levels.length == 0) {
            return;
        }
        s.append(",\"").append(field).append("\":[");
        for (int i = 0; i < levels.length; i++) {
            s.append(i == 0 ? "" : ",").append("[\"").append(levels[i][0]).append("\",\"").append(levels[i][1])
                    .append("\"]");
        }
        s.append(']');
    }

    static String[][] levels(String... pairs) {
        String[][] out = new String[pairs.length / 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        return out;
    }
}
