package dev.kalshisim.kalshi.stream.book;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import java.util.ArrayList;
import java.util.List;

/** Short builders for order-book messages in tests: prices and sizes as decimal strings. */
final class BookMessages {

    private BookMessages() {
    }

    /** A snapshot of {@code ticker}; {@code yes} and {@code no} alternate price and size strings. */
    static OrderbookSnapshot snapshot(String ticker, List<String> yes, List<String> no) {
        return OrderbookSnapshot.of(ticker, "id-" + ticker, levels(yes), levels(no));
    }

    static OrderbookDelta delta(String ticker, String price, String delta, OutcomeSide side) {
        return OrderbookDelta.of(ticker, "id-" + ticker, Price.parseLenient(price), Count.parseSigned(delta), side, 0L);
    }

    static ChannelMessage<OrderbookSnapshot> snapshotMessage(long sid, long seq, OrderbookSnapshot snapshot) {
        return ChannelMessage.sequenced(sid, seq, snapshot);
    }

    static ChannelMessage<OrderbookDelta> deltaMessage(long sid, long seq, String ticker, String price, String delta,
                                                       OutcomeSide side) {
        return ChannelMessage.sequenced(sid, seq, delta(ticker, price, delta, side));
    }

    static PriceLevel level(String price, String size) {
        return new PriceLevel(Price.parseLenient(price), Count.parseSigned(size));
    }

    static List<PriceLevel> levels(List<String> pricesAndSizes) {
        List<PriceLevel> levels = new ArrayList<>();
        for (int i = 0; i < pricesAndSizes.size(); i += 2) {
            levels.add(level(pricesAndSizes.get(i), pricesAndSizes.get(i + 1)));
        }
        return levels;
    }
}
