package dev.kalshisim.data.synthetic;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;

/**
 * The WebSocket messages of today's fixed-point generation, written by hand in the field order of
 * core's {@code wire.stream} records ({@code OrderbookSnapshot}, {@code OrderbookDelta},
 * {@code TradeUpdate}, {@code TickerUpdate} inside {@code ChannelMessage}); a test reads every line
 * back through core's {@code StreamCodec}. Hand-written because a two-million-line sample must be
 * rendered in seconds, and because a sample's bytes must not change with a serializer's settings.
 */
final class WireText {

    private WireText() {
    }

    static String snapshot(long sid, long seq, String ticker, String marketId, SyntheticBook book) {
        StringBuilder s = head("orderbook_snapshot", sid, seq);
        s.append("\"market_ticker\":\"").append(ticker).append("\",\"market_id\":\"").append(marketId).append('"');
        levels(s, "yes_dollars_fp", book.levels(true));
        levels(s, "no_dollars_fp", book.levels(false));
        return s.append("}}").toString();
    }

    static String delta(long sid, long seq, String ticker, String marketId, int cents, long hundredths,
            boolean yesSide, long tsNanos, IsoTimes times) {
        StringBuilder s = head("orderbook_delta", sid, seq);
        s.append("\"market_ticker\":\"").append(ticker).append("\",\"market_id\":\"").append(marketId)
                .append("\",\"price_dollars\":\"").append(Price.ofCents(cents))
                .append("\",\"delta_fp\":\"").append(signed(hundredths))
                .append("\",\"side\":\"").append(yesSide ? "yes" : "no")
                .append("\",\"ts\":\"");
        times.appendMicros(s, tsNanos);
        s.append("\",\"ts_ms\":").append(Math.floorDiv(tsNanos, 1_000_000L));
        return s.append("}}").toString();
    }

    /** A trade: the taker bought YES at {@code yesCents} when {@code takerYes}, else bought NO at 100 - it. */
    static String trade(long sid, String tradeId, String ticker, int yesCents, long hundredths, boolean takerYes,
            long tsNanos) {
        long millis = Math.floorDiv(tsNanos, 1_000_000L);
        StringBuilder s = head("trade", sid, -1);
        s.append("\"trade_id\":\"").append(tradeId).append("\",\"market_ticker\":\"").append(ticker)
                .append("\",\"yes_price_dollars\":\"").append(Price.ofCents(yesCents))
                .append("\",\"no_price_dollars\":\"").append(Price.ofCents(100 - yesCents))
                .append("\",\"count_fp\":\"").append(Count.ofHundredths(hundredths))
                .append("\",\"taker_side\":\"").append(takerYes ? "yes" : "no")
                .append("\",\"ts\":").append(Math.floorDiv(millis, 1000L))
                .append(",\"ts_ms\":").append(millis);
        return s.append("}}").toString();
    }

    /** A ticker: last price, best bid and ask (ask $1 with no NO bids, as Kalshi quotes it), volume, open interest. */
    static String ticker(long sid, String ticker, String marketId, int lastCents, SyntheticBook book,
            long volumeHundredths, long openInterestHundredths, long dollarVolume, long lastSizeHundredths,
            long tsNanos, IsoTimes times) {
        long millis = Math.floorDiv(tsNanos, 1_000_000L);
        int bid = book.best(true);
        int noBid = book.best(false);
        StringBuilder s = head("ticker", sid, -1);
        s.append("\"market_ticker\":\"").append(ticker).append("\",\"market_id\":\"").append(marketId)
                .append("\",\"price_dollars\":\"").append(Price.ofCents(lastCents))
                .append("\",\"yes_bid_dollars\":\"").append(Price.ofCents(bid))
                .append("\",\"yes_ask_dollars\":\"").append(Price.ofCents(100 - noBid))
                .append("\",\"volume_fp\":\"").append(Count.ofHundredths(volumeHundredths))
                .append("\",\"open_interest_fp\":\"").append(Count.ofHundredths(openInterestHundredths))
                .append("\",\"dollar_volume\":").append(dollarVolume)
                .append(",\"dollar_open_interest\":")
                .append(openInterestHundredths / Count.SCALE * lastCents / 100)
                .append(",\"yes_bid_size_fp\":\"").append(Count.ofHundredths(bid == 0 ? 0 : book.size(true, bid)))
                .append("\",\"yes_ask_size_fp\":\"")
                .append(Count.ofHundredths(noBid == 0 ? 0 : book.size(false, noBid)))
                .append("\",\"last_trade_size_fp\":\"").append(Count.ofHundredths(lastSizeHundredths))
                .append("\",\"ts\":").append(Math.floorDiv(millis, 1000L))
                .append(",\"ts_ms\":").append(millis)
                .append(",\"time\":\"");
        times.appendMillis(s, millis);
        s.append('"');
        return s.append("}}").toString();
    }

    private static StringBuilder head(String type, long sid, long seq) {
        StringBuilder s = new StringBuilder(256);
        s.append("{\"type\":\"").append(type).append("\",\"sid\":").append(sid);
        if (seq >= 0) {
            s.append(",\"seq\":").append(seq);
        }
        return s.append(",\"msg\":{");
    }

    /** Ascending by price, as Kalshi lists them; an empty side is left out, as Kalshi does. */
    private static void levels(StringBuilder s, String field, long[] sizes) {
        boolean any = false;
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] == 0) {
                continue;
            }
            s.append(any ? "," : ",\"" + field + "\":[");
            s.append("[\"").append(Price.ofCents(c)).append("\",\"").append(Count.ofHundredths(sizes[c])).append("\"]");
            any = true;
        }
        if (any) {
            s.append(']');
        }
    }

    private static String signed(long hundredths) {
        return hundredths < 0 ? "-" + Count.ofHundredths(-hundredths) : Count.ofHundredths(hundredths).toString();
    }

}
