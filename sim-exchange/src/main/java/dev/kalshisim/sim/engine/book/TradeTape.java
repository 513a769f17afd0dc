package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Trade;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The live trades, oldest first: of all markets, of each market, and each member's fills. The
 * only owner of these lists; the oldest leave together for the historical store.
 */
public final class TradeTape {

    private final ArrayDeque<LiveTrade> trades = new ArrayDeque<>();
    private final Map<String, ArrayDeque<Trade>> byMarket = new HashMap<>();
    private final Map<String, ArrayDeque<Fill>> fillsByMember = new HashMap<>();

    void record(LiveTrade live) {
        trades.addLast(live);
        byMarket.computeIfAbsent(live.ticker(), ticker -> new ArrayDeque<>()).addLast(live.trade());
        fillsByMember.computeIfAbsent(live.makerId(), id -> new ArrayDeque<>()).addLast(live.makerFill());
        fillsByMember.computeIfAbsent(live.takerId(), id -> new ArrayDeque<>()).addLast(live.takerFill());
    }

    /** The live trades of all markets, oldest first; a read-only view. */
    public Collection<LiveTrade> live() {
        return Collections.unmodifiableCollection(trades);
    }

    /** The oldest live trade, or null. */
    public LiveTrade oldest() {
        return trades.peekFirst();
    }

    /** How many trades are live. */
    public int size() {
        return trades.size();
    }

    /** The live trades of all markets, newest first. */
    public Iterator<LiveTrade> newestFirst() {
        return trades.descendingIterator();
    }

    /** The live trades of one market, newest first. */
    public Iterator<Trade> newestFirst(String ticker) {
        ArrayDeque<Trade> market = byMarket.get(ticker);
        return market == null ? Collections.emptyIterator() : market.descendingIterator();
    }

    /** The member's live fills, newest first. */
    public Iterator<Fill> fillsNewestFirst(String memberId) {
        ArrayDeque<Fill> fills = fillsByMember.get(memberId);
        return fills == null ? Collections.emptyIterator() : fills.descendingIterator();
    }

    /** How many live fills the member has. */
    public int fillCount(String memberId) {
        ArrayDeque<Fill> fills = fillsByMember.get(memberId);
        return fills == null ? 0 : fills.size();
    }

    /** Forgets the oldest live trade, {@code live}, with its market's copy and both fills. */
    public void forgetOldest(LiveTrade live) {
        if (trades.peekFirst() != live) {
            throw new IllegalStateException("not the oldest live trade: " + live.trade().tradeId());
        }
        trades.pollFirst();
        ArrayDeque<Trade> market = byMarket.get(live.ticker());
        if (market != null) {
            removeOldest(market, live.trade());
        }
        removeOldest(fillsByMember.get(live.makerId()), live.makerFill());
        removeOldest(fillsByMember.get(live.takerId()), live.takerFill());
    }

    /** Drops the trade list of a market that left for the historical store. */
    public void forgetMarket(String ticker) {
        byMarket.remove(ticker);
    }

    /** Items leave oldest first, so the one to drop is at the head; the search is only a safety net. */
    private static <T> void removeOldest(ArrayDeque<T> queue, T item) {
        if (queue.peekFirst() == item) {
            queue.pollFirst();
        } else {
            queue.removeFirstOccurrence(item);
        }
    }
}
