package dev.kalshisim.cli.backtest;

import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.WriterSettings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small recording of one market for the command's tests: a snapshot, then for ten minutes a
 * trade at the touch and the level refilled every second, the book drifting a cent up and down
 * with a period of a minute, so a quoting strategy's orders rest, queue and fill.
 */
public final class ConstructedRecording {

    /** 2026-03-18T18:00:00Z, the first message. */
    static final long T0 = 1_773_856_800_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final long SECONDS = 600;
    public static final String TICKER = "KXBT-26MAR18-T50";

    private ConstructedRecording() {
    }

    public static Path write(Path dir) {
        try (RecordingWriter writer = RecordingWriter.create(dir, new Manifest.Origin("record",
                "http://127.0.0.1:1/trade-api/v2", "simulator", null), WriterSettings.DEFAULTS)) {
            writer.putMarket(new Manifest.MarketMetadata(TICKER, null, null, null));
            writer.write(RecordedMessage.ws(T0, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":"
                    + "{\"market_ticker\":\"" + TICKER + "\",\"yes_dollars_fp\":[[\"0.4700\",\"40.00\"],"
                    + "[\"0.4800\",\"30.00\"],[\"0.4900\",\"20.00\"]],\"no_dollars_fp\":[[\"0.4800\",\"40.00\"],"
                    + "[\"0.4900\",\"30.00\"],[\"0.5000\",\"20.00\"]]}}"));
            long seq = 1;
            long tradeSeq = 0;
            for (long s = 1; s <= SECONDS; s++) {
                long at = T0 + s * SECOND;
                boolean yesTaker = s % 2 == 0;
                // A taker hits the best YES bid (a NO taker) or lifts the best YES ask (a YES taker), then the level refills.
                String yesPrice = yesTaker ? "0.5000" : "0.4900";
                writer.write(RecordedMessage.ws(at, String.format(Locale.ROOT, "{\"type\":\"trade\",\"sid\":2,\"seq\":%d,"
                        + "\"msg\":{\"trade_id\":\"tr-%d\",\"market_ticker\":\"%s\",\"yes_price_dollars\":\"%s\","
                        + "\"count_fp\":\"3.00\",\"taker_side\":\"%s\",\"ts\":%d}}", ++tradeSeq, s, TICKER, yesPrice,
                        yesTaker ? "yes" : "no", at / SECOND)));
                String side = yesTaker ? "no" : "yes";
                String level = yesTaker ? "0.5000" : "0.4900";
                writer.write(RecordedMessage.ws(at + 1_000, delta(++seq, level, "-3.00", side)));
                writer.write(RecordedMessage.ws(at + 500_000_000L, delta(++seq, level, "3.00", side)));
            }
        }
        return dir;
    }

    private static String delta(long seq, String price, String delta, String side) {
        return String.format(Locale.ROOT, "{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":%d,\"msg\":{\"market_ticker\":"
                + "\"%s\",\"price_dollars\":\"%s\",\"delta_fp\":\"%s\",\"side\":\"%s\"}}", seq, TICKER, price, delta, side);
    }
}
