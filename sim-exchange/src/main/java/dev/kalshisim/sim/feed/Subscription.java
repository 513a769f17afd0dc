package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Channel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One subscription of one connection: a channel, its market filter, its options and its sequence
 * counter. Mutable; guarded by the feed's lock like everything the hub owns.
 *
 * <p>{@code seq} counts every message sent on the subscription that carries a {@code seq}: the
 * first one is 1 (the first snapshot, on {@code orderbook_delta}), and each message after it,
 * including {@code ok} and {@code unsubscribed} replies, takes the next number.
 */
final class Subscription {

    private final long sid;
    private final Channel channel;
    private final FeedConnection owner;
    private final boolean allMarkets;
    private final boolean byMarketId;
    private final boolean useYesPrice;
    private final boolean skipTickerAck;
    private final Set<String> tickers = new LinkedHashSet<>();
    private long seq;

    /**
     * @param tickers the market filter, ignored when {@code allMarkets}
     * @param byMarketId whether the client named the markets by {@code market_id} (ticker channel)
     */
    Subscription(long sid, Channel channel, FeedConnection owner, boolean allMarkets, List<String> tickers,
                 boolean byMarketId, boolean useYesPrice, boolean skipTickerAck) {
        this.sid = sid;
        this.channel = channel;
        this.owner = owner;
        this.allMarkets = allMarkets;
        this.byMarketId = byMarketId;
        this.useYesPrice = useYesPrice;
        this.skipTickerAck = skipTickerAck;
        if (!allMarkets) {
            this.tickers.addAll(tickers);
        }
    }

    long sid() {
        return sid;
    }

    Channel channel() {
        return channel;
    }

    FeedConnection owner() {
        return owner;
    }

    /** Whether the subscription has no market filter: every market, now and later. */
    boolean allMarkets() {
        return allMarkets;
    }

    boolean byMarketId() {
        return byMarketId;
    }

    /** Orderbook channel: NO bids are reported in YES-leg prices. */
    boolean useYesPrice() {
        return useYesPrice;
    }

    boolean skipTickerAck() {
        return skipTickerAck;
    }

    /** The filtered markets in the order they were added; empty for an all-markets subscription. */
    Set<String> tickers() {
        return tickers;
    }

    boolean covers(String ticker) {
        return allMarkets || tickers.contains(ticker);
    }

    /** Uses up and returns the next sequence number. */
    long nextSeq() {
        return ++seq;
    }
}
