package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.EventStream;
import dev.kalshisim.kalshi.stream.ConnectionListener;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.book.BookKeeper;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link EventStream} of a {@link KalshiWebSocketClient}: books from its {@link BookKeeper}
 * (which repairs sequence gaps), the other channels as they arrive. The client reconnects and
 * resubscribes by itself.
 */
public final class WebSocketEventStream implements EventStream {

    private final KalshiWebSocketClient client;

    /** A stream over {@code client}, which must not be connected yet. */
    public WebSocketEventStream(KalshiWebSocketClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CompletableFuture<Void> open(Sink sink) {
        BookKeeper keeper = client.attachBookKeeper();
        keeper.addListener(book -> sink.onBook(book.marketTicker(), () -> BookViews.of(book.snapshot())));
        client.onChannelMessage(TradeUpdate.class, message -> sink.onTrade(message.msg()));
        client.onChannelMessage(FillUpdate.class, message -> sink.onFill(message.msg()));
        client.onChannelMessage(UserOrderUpdate.class, message -> sink.onUserOrder(message.msg()));
        client.onChannelMessage(MarketLifecycleUpdate.class, message -> sink.onLifecycle(message.msg()));
        client.onConnection(new ConnectionListener() {
            @Override
            public void onConnected(boolean reconnected) {
                if (reconnected) {
                    sink.onReconnected();
                }
            }
        });
        return KalshiFailures.translated(client.connect()
                .thenCompose(connected -> client.subscribe(
                        SubscribeParams.allMarkets(Channel.FILL, Channel.USER_ORDERS, Channel.MARKET_LIFECYCLE_V2)))
                .thenApply(subscribed -> null));
    }

    @Override
    public CompletableFuture<Void> subscribe(Set<String> tickers) {
        // NO bids stay at NO-leg prices (use_yes_price unset), as the strategy API's book expects.
        return KalshiFailures.translated(client.subscribe(
                SubscribeParams.markets(List.copyOf(tickers), Channel.ORDERBOOK_DELTA, Channel.TRADE))
                .thenApply(subscribed -> null));
    }

    @Override
    public void close() {
        client.close();
    }
}
