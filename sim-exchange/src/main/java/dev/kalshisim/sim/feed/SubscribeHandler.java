package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.Subscribed;
import dev.kalshisim.core.wire.stream.TickerUpdate;
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
        Checked checked = check(command.params());
        if (checked.rejection() != null) {
            reject(connection, id, checked.rejection());
            return;
        }
        EngineBinding.Bound bound = binding.current();
        EngineLookups.Lookup<List<String>> tickers = checked.ids().isEmpty()
                ? EngineLookups.Lookup.found(checked.tickers()) : lookups.tickersOfIds(checked.ids());
        Rejection missing = tickers.isMissing() ? tickers.rejection()
                : lookups.missingMarket(bound.exchange(), tickers.value());
        if (missing != null) {
            reject(connection, id, missing);
            return;
        }
        if (checked.channels().contains(Channel.ORDERBOOK_DELTA) || checked.channels().contains(Channel.TICKER)) {
            // Snapshots, of the book or of the ticker, read the feed's copy of the book.
            lookups.seedBooks(bound, tickers.value());
        }
        Instant now = Instant.ofEpochMilli(bound.exchange().clock().nowMillis());
        Request request = new Request(id, checked.channels(), tickers.value(), !checked.ids().isEmpty(),
                command.params(), now);
        hub.atomically(() -> open(connection, bound, request));
    }

    /** A command's channels and market names, or why it is refused. */
    private record Checked(List<Channel> channels, List<String> tickers, List<String> ids, Rejection rejection) {

        static Checked refused(StreamErrorCode code) {
            return new Checked(List.of(), List.of(), List.of(), Rejection.of(code));
        }
    }

    /** Kalshi's checks that need no engine: params, channels, fan-out parameters, market names, market count. */
    private Checked check(SubscribeParams params) {
        if (params == null) {
            return Checked.refused(StreamErrorCode.PARAMS_REQUIRED);
        }
        if (params.channels() == null || params.channels().isEmpty()) {
            return Checked.refused(StreamErrorCode.CHANNELS_REQUIRED);
        }
        Set<Channel> requested = new LinkedHashSet<>();
        for (String name : params.channels()) {
            Channel channel = Channel.fromWire(name).orElse(null);
            if (channel == null) {
                return Checked.refused(StreamErrorCode.UNKNOWN_CHANNEL);
            }
            requested.add(channel);
        }
        List<Channel> channels = new ArrayList<>(requested);
        Rejection rejection = firstNonNull(shardRejection(params), MarketFilter.check(channels, params.marketTicker(),
                params.marketTickers(), params.marketId(), params.marketIds()));
        List<String> tickers = MarketFilter.names(params.marketTicker(), params.marketTickers());
        List<String> ids = MarketFilter.names(params.marketId(), params.marketIds());
        if (rejection == null && tickers.size() + ids.size() > maxMarkets.getAsInt()) {
            rejection = Rejection.of(StreamErrorCode.MARKET_LIMIT_EXCEEDED);
        }
        return new Checked(channels, tickers, ids, rejection);
    }

    /** Everything a subscribe needs once the engine has been asked. */
    private record Request(long id, List<Channel> channels, List<String> tickers, boolean byMarketId,
                           SubscribeParams params, Instant now) {
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
                    hub.reply(connection, Rejection.of(StreamErrorCode.ALREADY_SUBSCRIBED).toReply(request.id()));
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
            for (String ticker : subscription.tickers()) {
                TickerUpdate current = hub.tickers().current(ticker, hub.mirror().top(ticker), request.now());
                if (current != null) {
                    hub.deliver(subscription, current);
                }
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
            return Rejection.of(StreamErrorCode.SHARD_FACTOR_NOT_POSITIVE);
        }
        if (factor != null && factor > 100) {
            return Rejection.of(StreamErrorCode.SHARD_FACTOR_TOO_LARGE);
        }
        if (key != null && factor == null) {
            return Rejection.of(StreamErrorCode.SHARD_FACTOR_REQUIRED);
        }
        if (key != null && (key < 0 || key >= factor)) {
            return Rejection.of(StreamErrorCode.SHARD_KEY_OUT_OF_RANGE);
        }
        return null;
    }

    private static Rejection firstNonNull(Rejection first, Rejection second) {
        return first != null ? first : second;
    }
}
