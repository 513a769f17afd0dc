package dev.kalshisim.sim.feed;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.stream.message.TickerUpdate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each market's {@code ticker} values, and whether they changed: Kalshi sends a ticker message
 * whenever any of its fields changes.
 *
 * <p>Quotes, last price, volume and open interest come from the engine's market (read during the
 * event's dispatch, so they are the state after the whole command: a command that sweeps three
 * levels yields one ticker, not three). The whole-dollar fields and the last trade size are kept
 * here from the trades. Guarded by the feed's lock.
 */
final class TickerBoard {

    /** The fields whose change makes a ticker message; time is not one of them. */
    private record Values(Price price, Price yesBid, Price yesAsk, Count volume, Count openInterest, long dollarVolume,
                          long dollarOpenInterest, Count yesBidSize, Count yesAskSize, Count lastTradeSize) {
    }

    private final Map<String, Values> last = new HashMap<>();
    private final Map<String, Long> tradedMicros = new HashMap<>();
    private final Map<String, Count> lastTradeSize = new HashMap<>();

    /** Records a trade's size and dollar amount (YES price times count). */
    void onTrade(Trade trade) {
        long micros = trade.yesPriceDollars().times(trade.countFp()).micros();
        tradedMicros.merge(trade.ticker(), micros, Math::addExact);
        lastTradeSize.put(trade.ticker(), trade.countFp());
    }

    /** The ticker for {@code market} at {@code time} if any field changed since the last one, else {@code null}. */
    TickerUpdate refresh(Market market, Instant time) {
        Values values = values(market);
        if (values.equals(last.get(market.ticker()))) {
            return null;
        }
        last.put(market.ticker(), values);
        return update(market.ticker(), values, time);
    }

    /** The current ticker for {@code market}, changed or not (a subscription's initial snapshot). */
    TickerUpdate current(Market market, Instant time) {
        Values values = last.get(market.ticker());
        return update(market.ticker(), values == null ? values(market) : values, time);
    }

    private Values values(Market market) {
        Price lastPrice = orZero(market.lastPriceDollars());
        Count openInterest = Objects.requireNonNullElse(market.openInterestFp(), Count.ZERO);
        // Kalshi does not define dollar_open_interest; open contracts valued at the last price is our reading.
        long dollarOpenInterest = Math.floorDiv(lastPrice.times(openInterest).micros(), Money.SCALE);
        long dollarVolume = Math.floorDiv(tradedMicros.getOrDefault(market.ticker(), 0L), Money.SCALE);
        return new Values(lastPrice, orZero(market.yesBidDollars()), orZero(market.yesAskDollars()),
                Objects.requireNonNullElse(market.volumeFp(), Count.ZERO), openInterest, dollarVolume,
                dollarOpenInterest, Objects.requireNonNullElse(market.yesBidSizeFp(), Count.ZERO),
                Objects.requireNonNullElse(market.yesAskSizeFp(), Count.ZERO),
                lastTradeSize.getOrDefault(market.ticker(), Count.ZERO));
    }

    private static TickerUpdate update(String ticker, Values v, Instant time) {
        long millis = time.toEpochMilli();
        return new TickerUpdate(ticker, MarketIds.of(ticker), v.price(), v.yesBid(), v.yesAsk(), v.volume(),
                v.openInterest(), v.dollarVolume(), v.dollarOpenInterest(), v.yesBidSize(), v.yesAskSize(),
                v.lastTradeSize(), Math.floorDiv(millis, 1000L), millis, time.toString());
    }

    private static Price orZero(Price price) {
        return price == null ? Price.ZERO : price;
    }
}
