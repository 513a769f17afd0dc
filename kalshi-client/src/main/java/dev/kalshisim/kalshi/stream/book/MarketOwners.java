package dev.kalshisim.kalshi.stream.book;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which subscription feeds which market's book. A market belongs to one sid at a time: the one whose
 * message claimed it last (a snapshot always claims; a delta only an unowned market). Not
 * thread-safe: guarded by the {@link BookKeeper}'s lock.
 */
final class MarketOwners {

    private final Map<Long, Set<String>> marketsBySid = new HashMap<>();
    private final Map<String, Long> sidByMarket = new HashMap<>();

    /** Gives {@code ticker} to {@code sid}, taking it from any other subscription. */
    void claim(String ticker, long sid) {
        Long previous = sidByMarket.put(ticker, sid);
        if (previous != null && previous != sid) {
            Set<String> old = marketsBySid.get(previous);
            if (old != null) {
                old.remove(ticker);
            }
        }
        marketsBySid.computeIfAbsent(sid, ignored -> new LinkedHashSet<>()).add(ticker);
    }

    /** The subscription feeding {@code ticker}, or {@code null}. */
    Long ownerOf(String ticker) {
        return sidByMarket.get(ticker);
    }

    /** The markets fed by {@code sid}, as a copy. */
    List<String> marketsOf(long sid) {
        Set<String> markets = marketsBySid.get(sid);
        return markets == null ? List.of() : List.copyOf(markets);
    }

    /** Every subscription with its markets, as a copy. */
    Map<Long, List<String>> all() {
        Map<Long, List<String>> copy = new LinkedHashMap<>();
        marketsBySid.forEach((sid, markets) -> copy.put(sid, List.copyOf(markets)));
        return copy;
    }

    /** Frees {@code ticker} from its subscription. */
    void release(String ticker) {
        Long sid = sidByMarket.remove(ticker);
        if (sid != null && marketsBySid.containsKey(sid)) {
            marketsBySid.get(sid).remove(ticker);
        }
    }

    void forgetSubscription(long sid) {
        marketsBySid.remove(sid);
    }

    void clear() {
        marketsBySid.clear();
        sidByMarket.clear();
    }
}
