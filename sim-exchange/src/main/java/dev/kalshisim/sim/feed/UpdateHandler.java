package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.core.wire.stream.UpdateAction;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdateSubscription;
import dev.kalshisim.core.wire.stream.UpdateSubscriptionParams;
import dev.kalshisim.core.wire.stream.UpdatedMarkets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Answers {@code update_subscription}: {@code add_markets} and {@code delete_markets} change a
 * subscription's markets; {@code get_snapshot} re-sends {@code orderbook_snapshot}s without
 * changing it. The {@code ok} reply lists the subscription's markets afterwards and is followed by
 * any snapshots, each taking the subscription's next {@code seq} (a fresh snapshot does not reset it).
 */
final class UpdateHandler {

    private final FeedHub hub;
    private final EngineBinding binding;
    private final EngineLookups lookups;
    private final IntSupplier maxMarkets;

    UpdateHandler(FeedHub hub, EngineBinding binding, EngineLookups lookups, IntSupplier maxMarkets) {
        this.hub = hub;
        this.binding = binding;
        this.lookups = lookups;
        this.maxMarkets = maxMarkets;
    }

    /** What the subscription looked like when the command was checked. */
    private record Target(Channel channel, boolean allMarkets) {
    }

    void handle(FeedConnection connection, UpdateSubscription command) {
        long id = command.id();
        UpdateSubscriptionParams params = command.params();
        Rejection rejection = checkParams(params);
        Long sid = rejection == null ? params.targetSid() : null;
        UpdateAction action = rejection == null ? action(params.action()) : null;
        Target target = sid == null ? null : hub.atomically(() -> {
            Subscription subscription = connection.subscription(sid);
            return subscription == null ? null : new Target(subscription.channel(), subscription.allMarkets());
        });
        if (rejection == null && target == null) {
            rejection = Rejection.of(StreamErrorCode.UNKNOWN_SID);
        }
        if (rejection == null) {
            rejection = check(target, action, params);
        }
        if (rejection != null) {
            reject(connection, id, rejection);
            return;
        }
        EngineBinding.Bound bound = binding.current();
        List<String> ids = MarketFilter.names(params.marketId(), params.marketIds());
        EngineLookups.Lookup<List<String>> tickers = ids.isEmpty()
                ? EngineLookups.Lookup.found(MarketFilter.names(params.marketTicker(), params.marketTickers()))
                : lookups.tickersOfIds(ids);
        Rejection missing = tickers.isMissing() ? tickers.rejection()
                : action == UpdateAction.ADD_MARKETS ? lookups.missingMarket(bound.exchange(), tickers.value()) : null;
        if (missing != null) {
            reject(connection, id, missing);
            return;
        }
        if (target.channel() == Channel.ORDERBOOK_DELTA && action != UpdateAction.DELETE_MARKETS) {
            lookups.seedBooks(bound, tickers.value());
        }
        hub.atomically(() -> apply(connection, bound, id, sid, action, tickers.value()));
    }

    /** The checks of the params alone (errors 2, 15, 12), in Kalshi's order. */
    private static Rejection checkParams(UpdateSubscriptionParams params) {
        if (params == null) {
            return Rejection.of(StreamErrorCode.PARAMS_REQUIRED);
        }
        if (params.action() == null) {
            return Rejection.of(StreamErrorCode.ACTION_REQUIRED);
        }
        return params.targetSid() == null ? Rejection.of(StreamErrorCode.EXACTLY_ONE_SID_REQUIRED) : null;
    }

    private static Rejection check(Target target, UpdateAction action, UpdateSubscriptionParams params) {
        if (action == null) {
            return Rejection.of(StreamErrorCode.UNSUPPORTED_ACTION);
        }
        boolean snapshot = action == UpdateAction.GET_SNAPSHOT;
        if (snapshot ? target.channel() != Channel.ORDERBOOK_DELTA : !MarketFilter.filterable(target.channel())) {
            return Rejection.of(StreamErrorCode.UNSUPPORTED_ACTION);
        }
        if (!snapshot && target.allMarkets()) {
            // A subscription without a market filter already has every market; there is no list to edit.
            return Rejection.of(StreamErrorCode.INVALID_PARAMETER);
        }
        Rejection names = MarketFilter.check(List.of(target.channel()), params.marketTicker(), params.marketTickers(),
                params.marketId(), params.marketIds());
        if (names != null && names.code() != StreamErrorCode.MARKET_TICKER_REQUIRED) {
            return names;
        }
        if (params.tickers().isEmpty() && params.ids().isEmpty()) {
            return Rejection.of(StreamErrorCode.MARKET_TICKER_REQUIRED);
        }
        return null;
    }

    private void apply(FeedConnection connection, EngineBinding.Bound bound, long id, long sid, UpdateAction action,
                       List<String> tickers) {
        Subscription subscription = connection.subscription(sid);
        if (connection.isClosed() || hub.generation() != bound.generation() || subscription == null) {
            return;
        }
        List<String> fresh = new ArrayList<>(tickers);
        fresh.removeAll(subscription.tickers());
        Rejection rejection = switch (action) {
            case ADD_MARKETS -> addMarkets(connection, subscription, fresh);
            case DELETE_MARKETS -> deleteMarkets(subscription, tickers);
            case GET_SNAPSHOT -> checkSnapshot(subscription, tickers);
        };
        if (rejection != null) {
            hub.reply(connection, rejection.toReply(id));
            return;
        }
        hub.reply(connection, ok(id, subscription));
        if (subscription.channel() == Channel.ORDERBOOK_DELTA) {
            // Added markets get their first snapshot; get_snapshot re-sends the ones asked for.
            List<String> snapshots = switch (action) {
                case ADD_MARKETS -> fresh;
                case GET_SNAPSHOT -> tickers;
                case DELETE_MARKETS -> List.of();
            };
            for (String ticker : snapshots) {
                hub.deliver(subscription, hub.mirror().snapshot(ticker, subscription.useYesPrice()));
            }
        }
    }

    /** Adds {@code fresh}, the named markets not yet in the subscription. */
    private Rejection addMarkets(FeedConnection connection, Subscription subscription, List<String> fresh) {
        for (Subscription other : connection.subscriptions()) {
            if (other != subscription && other.channel() == subscription.channel()
                    && MarketFilter.overlaps(other, false, fresh)) {
                return Rejection.of(StreamErrorCode.ALREADY_SUBSCRIBED);
            }
        }
        if (subscription.tickers().size() + fresh.size() > maxMarkets.getAsInt()) {
            return Rejection.of(StreamErrorCode.MARKET_LIMIT_EXCEEDED);
        }
        subscription.tickers().addAll(fresh);
        hub.index().addMarkets(subscription, fresh);
        return null;
    }

    private Rejection deleteMarkets(Subscription subscription, List<String> tickers) {
        subscription.tickers().removeAll(tickers);
        hub.index().removeMarkets(subscription, tickers);
        return null;
    }

    private static Rejection checkSnapshot(Subscription subscription, List<String> tickers) {
        for (String ticker : tickers) {
            if (!subscription.tickers().contains(ticker)) {
                return Rejection.forTicker(StreamErrorCode.INVALID_PARAMETER, ticker);
            }
        }
        return null;
    }

    /** The {@code ok} reply: {@code seq} only on sequenced channels, market lists unless the subscription skips them. */
    private static UpdateOk ok(long id, Subscription subscription) {
        Long seq = subscription.channel().isSequenced() ? subscription.nextSeq() : null;
        UpdatedMarkets markets = null;
        if (!subscription.skipTickerAck()) {
            List<String> tickers = List.copyOf(subscription.tickers());
            markets = subscription.byMarketId()
                    ? new UpdatedMarkets(null, tickers.stream().map(MarketIds::of).toList())
                    : new UpdatedMarkets(tickers, null);
        }
        return new UpdateOk(CommandIds.orNull(id), subscription.sid(), seq, markets);
    }

    private static UpdateAction action(String wire) {
        for (UpdateAction action : UpdateAction.values()) {
            if (action.wire().equals(wire)) {
                return action;
            }
        }
        return null;
    }

    private void reject(FeedConnection connection, long id, Rejection rejection) {
        hub.atomically(() -> hub.reply(connection, rejection.toReply(id)));
    }
}
