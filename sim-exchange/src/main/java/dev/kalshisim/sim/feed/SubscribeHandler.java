package dev.kalshisim.sim.feed;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.stream.message.Channel;
import dev.kalshisim.core.stream.message.ErrorCode;
import dev.kalshisim.core.stream.message.Subscribe;
import dev.kalshisim.core.stream.message.SubscribeParams;
import dev.kalshisim.core.stream.message.Subscribed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Answers {@code subscribe}: checks the command, asks the engine about its markets, then, in one
 * step under the feed's lock, opens one subscription per channel, replies {@code subscribed} for
 * each and queues the initial snapshots. Because the snapshots come from the book mirror under the
 * same lock the engine's events take, no delta can fall between a snapshot and the first delta
 * after it.
 *
 * <p>A command with any problem opens nothing and gets one {@code error} reply.
 */
final class SubscribeHandler {

    private final FeedHub hub;
    private final EngineBinding binding;
    private final EngineLookups lookups;
    private final IntSupplier maxMarkets;

    SubscribeHandler(FeedHub hub, EngineBinding binding, EngineLookups lookups, IntSupplier maxMarkets) {
        this.hub = hub;
        this.binding = binding;
        this.lookups = lookups;
        this.maxMarkets = maxMarkets;
    }

    void handle(FeedConnection connection, Subscribe command) {
        long id = command.id();
        SubscribeParams params = command.params();
        if (params == null) {
            reject(connection, id, Rejection.of(ErrorCode.PARAMS_REQUIRED));
            return;
        }
        if (params.channels() == null || params.channels().isEmpty()) {
            reject(connection, id, Rejection.of(ErrorCode.CHANNELS_REQUIRED));
            return;
        }
        Set<Channel> requested = new LinkedHashSet<>();
        for (String name : params.channels()) {
            Channel channel = Channel.fromWire(name).orElse(null);
            if (channel == null) {
                reject(connection, id, Rejection.of(ErrorCode.UNKNOWN_CHANNEL));
                return;
            }
            requested.add(channel);
        }
        List<Channel> channels = new ArrayList<>(requested);
        Rejection rejection = firstNonNull(shardRejection(params), MarketFilter.check(channels, params.marketTicker(),
                params.marketTickers(), params.marketId(), params.marketIds()));
        List<String> tickerNames = MarketFilter.names(params.marketTicker(), params.marketTickers());
        List<String> idNames = MarketFilter.names(params.marketId(), params.marketIds());
        if (rejection == null && tickerNames.size() + idNames.size() > maxMarkets.getAsInt()) {
            rejection = Rejection.of(ErrorCode.MARKET_LIMIT_EXCEEDED);
        }
        if (rejection != null) {
            reject(connection, id, rejection);
            return;
        }
        EngineBinding.Bound bound = binding.current();
        List<String> tickers = tickerNames;
        if (!idNames.isEmpty()) {
            EngineLookups.Lookup<List<String>> byId = lookups.tickersOfIds(bound.exchange(), idNames);
            if (byId.isMissing()) {
                reject(connection, id, byId.rejection());
                return;
            }
            tickers = byId.value();
        }
        EngineLookups.Lookup<List<Market>> markets = lookups.markets(bound.exchange(), tickers);
        if (markets.isMissing()) {
            reject(connection, id, markets.rejection());
            return;
        }
        if (requested.contains(Channel.ORDERBOOK_DELTA)) {
            lookups.seedBooks(bound, tickers);
        }
        Instant now = Instant.ofEpochMilli(bound.exchange().clock().nowMillis());
        Request request = new Request(id, channels, tickers, !idNames.isEmpty(), params, markets.value(), now);
        hub.atomically(() -> open(connection, bound, request));
    }

    /** Everything a subscribe needs once the engine has been asked. */
    private record Request(long id, List<Channel> channels, List<String> tickers, boolean byMarketId,
                           SubscribeParams params, List<Market> markets, Instant now) {
    }

    private void open(FeedConnection connection, EngineBinding.Bound bound, Request request) {
        if (connection.isClosed() || hub.generation() != bound.generation()) {
            return;
        }
        boolean filtered = !request.tickers().isEmpty();
        for (Channel channel : request.channels()) {
            boolean allMarkets = !filtered || !MarketFilter.filterable(channel);
            for (Subscription existing : connection.subscriptions()) {
                if (existing.channel() == channel && MarketFilter.overlaps(existing, allMarkets, request.tickers())) {
                    hub.reply(connection, Rejection.of(ErrorCode.ALREADY_SUBSCRIBED).toReply(request.id()));
                    return;
                }
            }
        }
        for (Channel channel : request.channels()) {
            boolean allMarkets = !filtered || !MarketFilter.filterable(channel);
            Subscription subscription = new Subscription(connection.nextSid(), channel, connection, allMarkets,
                    request.tickers(), request.byMarketId(), request.params().usesYesPrice(),
                    Boolean.TRUE.equals(request.params().skipTickerAck()));
            connection.add(subscription);
            hub.index().add(subscription);
            hub.reply(connection, Subscribed.of(request.id(), channel.wire(), subscription.sid()));
            sendInitialMessages(subscription, request);
        }
    }

    private void sendInitialMessages(Subscription subscription, Request request) {
        if (subscription.channel() == Channel.ORDERBOOK_DELTA) {
            for (String ticker : subscription.tickers()) {
                hub.deliver(subscription, hub.mirror().snapshot(ticker, subscription.useYesPrice()));
            }
        } else if (subscription.channel() == Channel.TICKER
                && Boolean.TRUE.equals(request.params().sendInitialSnapshot())) {
            for (Market market : request.markets()) {
                hub.deliver(subscription, hub.tickers().current(market, request.now()));
            }
        }
    }

    private void reject(FeedConnection connection, long id, Rejection rejection) {
        hub.atomically(() -> hub.reply(connection, rejection.toReply(id)));
    }

    /** Kalshi's checks of the communications channel's fan-out parameters (errors 19 to 22). */
    private static Rejection shardRejection(SubscribeParams params) {
        Integer factor = params.shardFactor();
        Integer key = params.shardKey();
        if (factor != null && factor < 1) {
            return Rejection.of(ErrorCode.SHARD_FACTOR_NOT_POSITIVE);
        }
        if (factor != null && factor > 100) {
            return Rejection.of(ErrorCode.SHARD_FACTOR_TOO_LARGE);
        }
        if (key != null && factor == null) {
            return Rejection.of(ErrorCode.SHARD_FACTOR_REQUIRED);
        }
        if (key != null && (key < 0 || key >= factor)) {
            return Rejection.of(ErrorCode.SHARD_KEY_OUT_OF_RANGE);
        }
        return null;
    }

    private static Rejection firstNonNull(Rejection first, Rejection second) {
        return first != null ? first : second;
    }
}
