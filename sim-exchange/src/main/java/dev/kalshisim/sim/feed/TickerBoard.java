package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.stream.TickerUpdate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Each market's {@code ticker} values, kept from the engine's events in the order it applied them,
 * and whether they changed: Kalshi sends a ticker message whenever any of its fields changes.
 *
 * <p>The top of the book comes from the {@link BookMirror}; last price, volume and dollar volume
 * from trades; open interest (contracts held long YES, as the engine counts it) from members'
 * positions. Everything is O(1) per event: the engine's own market view costs time per recent
 * trade, too much to ask on every event. Markets that existed before the feed started listening
 * are given a {@linkplain #baseline starting point}. Guarded by the feed's lock.
 */
final class TickerBoard {

    /** The fields whose change makes a ticker message; time is not one of them. */
    private record Values(Price price, Price yesBid, Price yesAsk, Count volume, Count openInterest, long dollarVolume,
                          long dollarOpenInterest, Count yesBidSize, Count yesAskSize, Count lastTradeSize) {
    }

    /** What the trades and positions of one market add up to. */
    private static final class Tape {
        Price lastPrice = Price.ZERO;
        Count lastTradeSize = Count.ZERO;
        long volume;
        long tradedMicros;
        long openInterest;
        final Map<String, Long> positions = new HashMap<>();
    }

    private final Map<String, Tape> tapes = new HashMap<>();
    private final Map<String, Values> last = new HashMap<>();

    /** A market just created: nothing traded, nobody holds a position. */
    void created(String ticker) {
        tapes.put(ticker, new Tape());
    }

    /** Whether the market has a starting point (created while listening, or baselined). */
    boolean knows(String ticker) {
        return tapes.containsKey(ticker);
    }

    /**
     * Starts a market that existed before the feed listened from the engine's view of it, its
     * members' positions (hundredths, signed) and its traded dollars; ignored if already known.
     */
    void baseline(Market market, Map<String, Long> positions, long tradedMicros) {
        if (tapes.containsKey(market.ticker())) {
            return;
        }
        Tape tape = new Tape();
        tape.lastPrice = market.lastPriceDollars() == null ? Price.ZERO : market.lastPriceDollars();
        tape.volume = market.volumeFp() == null ? 0 : market.volumeFp().hundredths();
        tape.tradedMicros = tradedMicros;
        tape.positions.putAll(positions);
        positions.values().forEach(position -> tape.openInterest += Math.max(0, position));
        tapes.put(market.ticker(), tape);
    }

    /** Records a trade: last price and size, volume, and dollars traded (YES price times count). */
    void onTrade(Trade trade) {
        Tape tape = tapes.computeIfAbsent(trade.ticker(), t -> new Tape());
        tape.lastPrice = trade.yesPriceDollars();
        tape.lastTradeSize = trade.countFp();
        tape.volume = Math.addExact(tape.volume, trade.countFp().hundredths());
        tape.tradedMicros = Math.addExact(tape.tradedMicros, trade.yesPriceDollars().times(trade.countFp()).micros());
    }

    /**
     * The key a ledger's positions are counted under: the member for its primary ledger, the member
     * and number for a subaccount (each ledger holds its own contracts of the open interest).
     */
    static String holder(String memberId, int subaccount) {
        return subaccount == 0 ? memberId : memberId + "/" + subaccount;
    }

    /** Records a ledger's new position in a market (positive YES, negative NO); {@code memberId} is its {@link #holder}. */
    void onPosition(String memberId, String ticker, Count position) {
        Tape tape = tapes.computeIfAbsent(ticker, t -> new Tape());
        long before = tape.positions.getOrDefault(memberId, 0L);
        long after = position.hundredths();
        tape.positions.put(memberId, after);
        tape.openInterest = Math.addExact(tape.openInterest, Math.max(0, after) - Math.max(0, before));
    }

    /**
     * The ticker of {@code ticker} at {@code time} if any field changed since the last one, else
     * {@code null}; also {@code null} while the book's top is unknown.
     */
    TickerUpdate refresh(String ticker, BookMirror.Top top, Instant time) {
        if (top == null) {
            return null;
        }
        Values values = values(ticker, top);
        if (values.equals(last.get(ticker))) {
            return null;
        }
        last.put(ticker, values);
        return update(ticker, values, time);
    }

    /** The current ticker of {@code ticker}, changed or not (a subscription's initial snapshot); null while unknown. */
    TickerUpdate current(String ticker, BookMirror.Top top, Instant time) {
        return top == null ? null : update(ticker, values(ticker, top), time);
    }

    private Values values(String ticker, BookMirror.Top top) {
        Tape tape = tapes.computeIfAbsent(ticker, t -> new Tape());
        Count openInterest = Count.ofHundredths(tape.openInterest);
        // Kalshi does not define dollar_open_interest; open contracts valued at the last price is our reading.
        long dollarOpenInterest = Math.floorDiv(tape.lastPrice.times(openInterest).micros(), Money.SCALE);
        // An empty NO side means no YES ask: Kalshi then quotes the ask at $1, as the REST market does.
        Price yesAsk = Price.ofUnits(Price.SCALE - top.noBidUnits());
        return new Values(tape.lastPrice, Price.ofUnits(top.yesBidUnits()), yesAsk, Count.ofHundredths(tape.volume),
                openInterest, Math.floorDiv(tape.tradedMicros, Money.SCALE), dollarOpenInterest,
                Count.ofHundredths(top.yesBidSize()), Count.ofHundredths(top.noBidSize()), tape.lastTradeSize);
    }

    private static TickerUpdate update(String ticker, Values v, Instant time) {
        long millis = time.toEpochMilli();
        return new TickerUpdate(ticker, MarketIds.of(ticker), v.price(), v.yesBid(), v.yesAsk(), v.volume(),
                v.openInterest(), v.dollarVolume(), v.dollarOpenInterest(), v.yesBidSize(), v.yesAskSize(),
                v.lastTradeSize(), Math.floorDiv(millis, 1000L), millis, time.toString());
    }
}
