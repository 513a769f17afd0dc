package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The market rules of the channels: which take a market filter, which require one, which accept
 * market ids, and whether two subscriptions of a connection would overlap.
 */
final class MarketFilter {

    /** Channels whose messages are per market and whose subscriptions may name markets. */
    static final Set<Channel> FILTERABLE = EnumSet.of(Channel.ORDERBOOK_DELTA, Channel.TICKER, Channel.TRADE,
            Channel.FILL, Channel.USER_ORDERS, Channel.MARKET_POSITIONS);

    private MarketFilter() {
    }

    /** Whether {@code channel} honours a market filter; the others (lifecycle, RFQ, index feeds) ignore it. */
    static boolean filterable(Channel channel) {
        return FILTERABLE.contains(channel);
    }

    /**
     * Checks the market names of a command against its channels: at most one of the four forms,
     * lists not empty, ids only for the ticker channel, a ticker list for the orderbook channel.
     *
     * @return the rejection, or {@code null} when the names are acceptable
     */
    static Rejection check(List<Channel> channels, String ticker, List<String> tickers, String id, List<String> ids) {
        int forms = (ticker == null ? 0 : 1) + (tickers == null ? 0 : 1) + (id == null ? 0 : 1) + (ids == null ? 0 : 1);
        if (forms > 1) {
            return Rejection.of(StreamErrorCode.INVALID_PARAMETER);
        }
        if ((tickers != null && tickers.isEmpty()) || (ids != null && ids.isEmpty())) {
            return Rejection.of(StreamErrorCode.INVALID_PARAMETER);
        }
        boolean byId = id != null || ids != null;
        for (Channel channel : channels) {
            if (byId && channel != Channel.TICKER && filterable(channel)) {
                return Rejection.of(StreamErrorCode.INVALID_PARAMETER);
            }
            if (channel == Channel.ORDERBOOK_DELTA && ticker == null && tickers == null) {
                return Rejection.of(StreamErrorCode.MARKET_TICKER_REQUIRED);
            }
        }
        return null;
    }

    /** The distinct names of a single-or-list parameter pair, in order; empty when neither is set. */
    static List<String> names(String single, List<String> list) {
        Set<String> names = new LinkedHashSet<>();
        if (single != null) {
            names.add(single);
        }
        if (list != null) {
            names.addAll(list);
        }
        return new ArrayList<>(names);
    }

    /**
     * Whether a subscription of {@code channel} for {@code tickers} (every market when
     * {@code allMarkets}) would receive a message {@code existing} already receives.
     */
    static boolean overlaps(Subscription existing, boolean allMarkets, List<String> tickers) {
        if (existing.allMarkets() || allMarkets) {
            return true;
        }
        for (String ticker : tickers) {
            if (existing.tickers().contains(ticker)) {
                return true;
            }
        }
        return false;
    }
}
