package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Channel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the subscriptions an event goes to: per channel, those for every market and those naming
 * the event's market. Guarded by the feed's lock.
 */
final class SubscriptionIndex {

    private final Map<Channel, List<Subscription>> allMarkets = new EnumMap<>(Channel.class);
    private final Map<Channel, Map<String, List<Subscription>>> byTicker = new EnumMap<>(Channel.class);

    /** Indexes {@code subscription} under its channel and current markets. */
    void add(Subscription subscription) {
        if (subscription.allMarkets()) {
            allMarkets.computeIfAbsent(subscription.channel(), c -> new ArrayList<>()).add(subscription);
        } else {
            addMarkets(subscription, subscription.tickers());
        }
    }

    /** Indexes {@code subscription} under {@code tickers} too (its own set is the caller's to update). */
    void addMarkets(Subscription subscription, Collection<String> tickers) {
        Map<String, List<Subscription>> channel = byTicker.computeIfAbsent(subscription.channel(), c -> new HashMap<>());
        for (String ticker : tickers) {
            List<Subscription> list = channel.computeIfAbsent(ticker, t -> new ArrayList<>());
            if (!list.contains(subscription)) {
                list.add(subscription);
            }
        }
    }

    void removeMarkets(Subscription subscription, Collection<String> tickers) {
        Map<String, List<Subscription>> channel = byTicker.get(subscription.channel());
        if (channel == null) {
            return;
        }
        for (String ticker : tickers) {
            List<Subscription> list = channel.get(ticker);
            if (list != null) {
                list.remove(subscription);
                if (list.isEmpty()) {
                    channel.remove(ticker);
                }
            }
        }
    }

    void remove(Subscription subscription) {
        if (subscription.allMarkets()) {
            List<Subscription> list = allMarkets.get(subscription.channel());
            if (list != null) {
                list.remove(subscription);
            }
        } else {
            removeMarkets(subscription, List.copyOf(subscription.tickers()));
        }
    }

    /**
     * The subscriptions of {@code channel} that receive events of market {@code ticker}, as a copy:
     * delivering to one may close its connection and so change the index.
     */
    List<Subscription> matching(Channel channel, String ticker) {
        List<Subscription> all = allMarkets.getOrDefault(channel, List.of());
        List<Subscription> named = ticker == null ? List.of()
                : byTicker.getOrDefault(channel, Map.of()).getOrDefault(ticker, List.of());
        if (all.isEmpty() && named.isEmpty()) {
            return List.of();
        }
        List<Subscription> both = new ArrayList<>(all.size() + named.size());
        both.addAll(all);
        both.addAll(named);
        return both;
    }

    void clear() {
        allMarkets.clear();
        byTicker.clear();
    }
}
