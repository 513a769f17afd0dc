package dev.kalshisim.data.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload readers shared by WebSocket frames and REST bodies: one market's book, a level
 * change, a trade, a ticker, a lifecycle change. Each reads today's field first and falls back to
 * the legacy one, so a message of either generation (or the transitional ones that carried both)
 * yields the same event.
 */
final class Payloads {

    private Payloads() {
    }

    /** An {@code orderbook_snapshot} payload, or a REST book object, as one snapshot. */
    static BookSnapshot book(Fields f, JsonNode book, long recvNanos, long exchangeNanos, String ticker, long sid,
            long seq, String yesFp, String noFp) {
        return new BookSnapshot(recvNanos, exchangeNanos, ticker, sid, seq,
                side(f, book, yesFp, "yes_dollars", "yes"), side(f, book, noFp, "no_dollars", "no"));
    }

    /**
     * One side's levels: today's fixed-point array, else the transitional dollars array, else the
     * legacy cents array; a side that is absent or null has no levels (Kalshi omits empty sides).
     */
    private static List<Level> side(Fields f, JsonNode book, String fpName, String dollarsName, String centsName) {
        if (Fields.present(book, fpName)) {
            return levels(f, book.get(fpName), fpName, true);
        }
        if (!fpName.equals(dollarsName) && Fields.present(book, dollarsName)) {
            return levels(f, book.get(dollarsName), dollarsName, true);
        }
        if (Fields.present(book, centsName)) {
            return levels(f, book.get(centsName), centsName, false);
        }
        return List.of();
    }

    private static List<Level> levels(Fields f, JsonNode array, String name, boolean dollars) {
        if (!array.isArray()) {
            throw f.fail(name, "must be an array of [price, count] levels, got " + array);
        }
        List<Level> levels = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode level = array.get(i);
            String where = name + "[" + i + "]";
            if (!level.isArray() || level.size() < 2) {
                throw f.fail(where, "must be a [price, count] pair, got " + level);
            }
            Price price = dollars ? f.dollars(level.get(0), where) : f.cents(level.get(0), where);
            Count size = f.count(level.get(1), where, false);
            levels.add(new Level(price, size));
        }
        return levels;
    }

    /** An {@code orderbook_delta} payload. */
    static BookDelta delta(Fields f, JsonNode msg, long recvNanos, long exchangeNanos, long sid, long seq) {
        String ticker = f.text(msg, "market_ticker");
        Price price = f.priceEither(msg, "price_dollars", "price");
        if (price == null) {
            throw f.fail("price_dollars", "is missing (and no legacy price)");
        }
        Count delta = f.countEither(msg, "delta_fp", "delta", true);
        if (delta == null) {
            throw f.fail("delta_fp", "is missing (and no legacy delta)");
        }
        return new BookDelta(recvNanos, exchangeNanos, ticker, sid, seq, f.side(msg, "side"), price, delta);
    }

    /**
     * A trade, from the WebSocket ({@code market_ticker}) or REST ({@code ticker}); the YES price is
     * read directly, or as the complement of the NO price when only that was sent.
     */
    static TradePrint trade(Fields f, JsonNode trade, long recvNanos, long exchangeNanos) {
        String ticker = Fields.present(trade, "market_ticker") ? f.text(trade, "market_ticker") : f.text(trade, "ticker");
        Price yes = f.priceEither(trade, "yes_price_dollars", "yes_price");
        if (yes == null) {
            Price no = f.priceEither(trade, "no_price_dollars", "no_price");
            if (no == null) {
                throw f.fail("yes_price_dollars", "is missing (and no yes_price, no_price_dollars or no_price)");
            }
            yes = no.complement();
        }
        Count count = f.countEither(trade, "count_fp", "count", false);
        if (count == null) {
            throw f.fail("count_fp", "is missing (and no legacy count)");
        }
        OutcomeSide taker = Fields.present(trade, "taker_outcome_side") ? f.side(trade, "taker_outcome_side")
                : Fields.present(trade, "taker_side") ? f.side(trade, "taker_side") : null;
        return new TradePrint(recvNanos, exchangeNanos, ticker, f.optionalText(trade, "trade_id"), yes, count, taker);
    }

    /** A {@code ticker} (or {@code ticker_v2}) payload; whatever it lacks stays null. */
    static TickerQuote ticker(Fields f, JsonNode msg, long recvNanos, long exchangeNanos) {
        return new TickerQuote(recvNanos, exchangeNanos, f.text(msg, "market_ticker"),
                f.priceEither(msg, "yes_bid_dollars", "yes_bid"),
                f.priceEither(msg, "yes_ask_dollars", "yes_ask"),
                f.priceEither(msg, "price_dollars", "price"),
                f.countEither(msg, "volume_fp", "volume", false),
                f.countEither(msg, "open_interest_fp", "open_interest", false));
    }

    /** A {@code market_lifecycle_v2} payload; an empty result means not determined. */
    static MarketStatusChange lifecycle(Fields f, JsonNode msg, long recvNanos, long exchangeNanos) {
        String result = f.optionalText(msg, "result");
        return new MarketStatusChange(recvNanos, exchangeNanos, f.text(msg, "market_ticker"),
                f.text(msg, "event_type"), result == null || result.isEmpty() ? null : result);
    }

    /**
     * The exchange's time for a payload in epoch nanos: {@code ts_ms} (Unix millis), else {@code ts}
     * (Unix seconds as a number, or an RFC 3339 string as deltas send it), else
     * {@code created_time} (RFC 3339, REST trades); 0 when it has none.
     */
    static long exchangeNanos(Fields f, JsonNode payload) {
        if (Fields.present(payload, "ts_ms")) {
            return Math.multiplyExact(f.integer(payload, "ts_ms"), 1_000_000L);
        }
        if (Fields.present(payload, "ts")) {
            JsonNode ts = payload.get("ts");
            return ts.isTextual() ? f.isoNanos(payload, "ts") : Math.multiplyExact(f.integer(payload, "ts"), 1_000_000_000L);
        }
        if (Fields.present(payload, "created_time")) {
            return f.isoNanos(payload, "created_time");
        }
        return 0;
    }
}
