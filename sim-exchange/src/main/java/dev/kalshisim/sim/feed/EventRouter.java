package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MemberPayloads;
import dev.kalshisim.sim.wire.MarketPayloads;
import dev.kalshisim.sim.wire.OrderGroupPayloads;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.ChannelPayload;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.TickerUpdate;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeListener;
import dev.kalshisim.sim.engine.time.Times;

/**
 * The feed's listener on one engine: turns each event, in the order the engine applied it, into
 * channel messages for the subscriptions it concerns. Private channels reach only subscriptions of
 * connections whose member the event belongs to.
 *
 * <p>Runs on the engine's dispatch thread with the engine's lock held; it takes the feed's lock,
 * never calls the engine and only queues messages, so it never waits on a client. Events of an
 * engine the feed no longer serves (after a reset) are ignored.
 */
final class EventRouter implements ExchangeListener {

    private final FeedHub hub;
    private final long generation;

    EventRouter(FeedHub hub, long generation) {
        this.hub = hub;
        this.generation = generation;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        hub.atomically(() -> {
            if (hub.generation() == generation) {
                hub.noteEvent(event.sequence());
                route(event);
            }
        });
    }

    private void route(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.BookChanged change) {
            hub.mirror().apply(change);
            for (Subscription subscription : hub.index().matching(Channel.ORDERBOOK_DELTA, change.ticker())) {
                boolean toOwner = subscription.owner().memberId().equals(change.memberId());
                hub.deliver(subscription, MarketPayloads.delta(change, subscription.useYesPrice(), toOwner));
            }
            refreshTicker(change.ticker(), change.tsNanos());
        } else if (event instanceof ExchangeEvent.TradeExecuted executed) {
            hub.tickers().onTrade(executed.trade());
            toAll(Channel.TRADE, executed.trade().ticker(), MarketPayloads.trade(executed.trade()));
            refreshTicker(executed.trade().ticker(), executed.tsNanos());
        } else if (event instanceof ExchangeEvent.OrderFilled filled) {
            toMember(Channel.FILL, filled.fill().ticker(), filled.memberId(), MemberPayloads.fill(filled));
        } else if (event instanceof ExchangeEvent.OrderUpdated updated) {
            toMember(Channel.USER_ORDERS, updated.order().ticker(), updated.memberId(), MemberPayloads.userOrder(updated));
        } else if (event instanceof ExchangeEvent.PositionUpdated updated) {
            String ticker = updated.position().ticker();
            hub.tickers().onPosition(TickerBoard.holder(updated.memberId(), updated.subaccount()), ticker,
                    updated.position().positionFp());
            toMember(Channel.MARKET_POSITIONS, ticker, updated.memberId(), MemberPayloads.position(updated));
            refreshTicker(ticker, updated.tsNanos());
        } else if (event instanceof ExchangeEvent.OrderGroupChanged changed) {
            // order_group_updates ignores market filters: the member's subscriptions get every group.
            toMember(Channel.ORDER_GROUP_UPDATES, null, changed.memberId(), OrderGroupPayloads.update(changed));
        } else if (event instanceof ExchangeEvent.MarketLifecycleChanged changed) {
            if (changed.type() == ExchangeEvent.Lifecycle.CREATED) {
                hub.mirror().created(changed.ticker());
                hub.tickers().created(changed.ticker());
            }
            MarketLifecycleUpdate payload = MarketPayloads.lifecycle(changed);
            if (payload != null) {
                // market_lifecycle_v2 takes no market filter: every subscription gets every market.
                toAll(Channel.MARKET_LIFECYCLE_V2, null, payload);
            }
        }
        // Settlement payouts and exchange pauses have no WebSocket message on Kalshi.
    }

    /** Sends a ticker message if the event changed any ticker field of the market. */
    private void refreshTicker(String ticker, long tsNanos) {
        TickerUpdate update = hub.tickers().refresh(ticker, hub.mirror().top(ticker), Times.instant(tsNanos));
        if (update != null) {
            toAll(Channel.TICKER, ticker, update);
        }
    }

    private void toAll(Channel channel, String ticker, ChannelPayload payload) {
        for (Subscription subscription : hub.index().matching(channel, ticker)) {
            hub.deliver(subscription, payload);
        }
    }

    private void toMember(Channel channel, String ticker, String memberId, ChannelPayload payload) {
        for (Subscription subscription : hub.index().matching(channel, ticker)) {
            if (subscription.owner().memberId().equals(memberId)) {
                hub.deliver(subscription, payload);
            }
        }
    }
}
