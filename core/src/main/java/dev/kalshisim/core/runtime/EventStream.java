package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The runner's incoming port: Kalshi's WebSocket channels (kalshi-api.md section 13) in their
 * message records, with books already rebuilt from snapshots and deltas. The live venue reads a
 * WebSocket; the test kit's venue and a backtest push messages in memory.
 */
public interface EventStream extends AutoCloseable {

    /**
     * Connects and subscribes to the account's {@code fill} and {@code user_orders} channels and to
     * {@code market_lifecycle_v2}, calling {@code sink} from then on; completes once those
     * subscriptions are confirmed.
     */
    CompletableFuture<Void> open(Sink sink);

    /** Adds markets: their {@code orderbook_delta} and {@code trade} channels. */
    CompletableFuture<Void> subscribe(Set<String> tickers);

    /** Disconnects for good; no sink call follows. */
    @Override
    void close();

    /**
     * Receives what the stream delivers, on the stream's own thread (the clock's thread for a
     * venue on virtual time), one call at a time. Calls must
     * return quickly: the runner only queues them for its strategy thread.
     */
    interface Sink {

        /**
         * A market's book changed; {@code book} reads its current levels, empty when the local book
         * cannot be trusted (before its snapshot, or after a gap until repaired).
         */
        void onBook(String ticker, BookSource book);

        void onTrade(TradeUpdate trade);

        void onFill(FillUpdate fill);

        void onUserOrder(UserOrderUpdate order);

        void onLifecycle(MarketLifecycleUpdate update);

        /**
         * The connection dropped and is open again, its subscriptions restored; whatever was sent
         * in between is lost.
         */
        void onReconnected();
    }

    /** The latest book of one market, read when the runner gets to it. */
    @FunctionalInterface
    interface BookSource {
        BookView current();
    }
}
