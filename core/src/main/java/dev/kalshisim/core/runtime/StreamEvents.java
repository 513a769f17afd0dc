package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.TradeEvent;
import dev.kalshisim.core.wire.stream.FillUpdate;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.core.wire.stream.UserOrderUpdate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner's side of the {@link EventStream}: each message is posted to the strategy thread,
 * where it becomes the strategy's events. Market data is passed on only for markets the strategy
 * subscribed to.
 *
 * <p>Book changes are coalesced per market: while one update for a market waits in the queue, more
 * changes do not queue another, and the update reads the book when it is delivered. A busy book
 * therefore cannot flood the strategy thread, and the strategy always sees the latest book.
 */
final class StreamEvents implements EventStream.Sink {

    private static final Logger LOG = LoggerFactory.getLogger(StreamEvents.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Poster poster;
    private final OrderLedger ledger;
    private final OrphanCanceller orphans;
    private final Predicate<String> subscribed;
    private final Runnable reconnected;
    private final Map<String, AtomicBoolean> bookQueued = new ConcurrentHashMap<>();

    /**
     * @param subscribed whether the strategy wants a market's data; asked on the strategy thread
     * @param orphans    cancels orders the run gave up on that turn out to rest at the venue
     * @param reconnected catches up on what a dropped connection lost
     */
    StreamEvents(Poster poster, OrderLedger ledger, OrphanCanceller orphans, Predicate<String> subscribed,
            Runnable reconnected) {
        this.poster = poster;
        this.ledger = ledger;
        this.orphans = orphans;
        this.subscribed = subscribed;
        this.reconnected = reconnected;
    }

    @Override
    public void onReconnected() {
        reconnected.run();
    }

    @Override
    public void onBook(String ticker, EventStream.BookSource book) {
        AtomicBoolean queued = bookQueued.computeIfAbsent(ticker, ignored -> new AtomicBoolean());
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        poster.post(ts -> {
            // Cleared before reading, so a change after this read queues a fresh update.
            queued.set(false);
            return subscribed.test(ticker) ? List.of(new BookUpdate(ts, book.current())) : List.of();
        });
    }

    @Override
    public void onTrade(TradeUpdate trade) {
        poster.post(ts -> {
            if (trade.marketTicker() == null || !subscribed.test(trade.marketTicker())) {
                return List.of();
            }
            BookSide taker = trade.takerBookSide() != null ? trade.takerBookSide()
                    : trade.takerOutcomeSide() == null ? null
                    : trade.takerOutcomeSide().bookSideWhenBuying();
            if (trade.tradeId() == null || trade.yesPriceDollars() == null || trade.countFp() == null
                    || !trade.countFp().isPositive() || taker == null) {
                LOG.warn("ignoring a trade message without id, price, count or taker side: {}", trade);
                return List.of();
            }
            return List.of(new TradeEvent(ts, trade.tradeId(), trade.marketTicker(), trade.yesPriceDollars(),
                    trade.countFp(), taker));
        });
    }

    @Override
    public void onFill(FillUpdate fill) {
        poster.post(ts -> ledger.fill(fill, ts));
    }

    @Override
    public void onUserOrder(UserOrderUpdate order) {
        poster.post(ts -> {
            TrackedOrder entry = ledger.find(order.orderId());
            entry = entry != null ? entry : ledger.find(order.clientOrderId());
            if (entry != null && entry.state == OrderState.REJECTED && order.status() == OrderStatus.RESTING
                    && order.orderId() != null) {
                // A create whose outcome was unknown did reach the venue; the strategy was told it failed.
                orphans.cancelOrphan(order.orderId(), order.ticker());
            }
            return ledger.userOrder(order, ts);
        });
    }

    @Override
    public void onLifecycle(MarketLifecycleUpdate update) {
        poster.post(ts -> {
            if (update.marketTicker() == null || !subscribed.test(update.marketTicker())) {
                return List.of();
            }
            MarketLifecycleEvent.Kind kind = kindOf(update.eventType());
            if (kind == null) {
                return List.of();
            }
            MarketResult result = update.result() != null ? update.result() : MarketResult.NONE;
            long closeNanos = kind == MarketLifecycleEvent.Kind.CLOSE_DATE_UPDATED && update.closeTs() != null
                    ? Math.multiplyExact(update.closeTs(), NANOS_PER_SECOND) : 0L;
            return List.of(new MarketLifecycleEvent(ts, update.marketTicker(), kind, result,
                    update.settlementValue(), closeNanos));
        });
    }

    /** The strategy API's kind of Kalshi's {@code event_type}, or null for one it has none for. */
    static MarketLifecycleEvent.Kind kindOf(String eventType) {
        if (eventType == null) {
            return null;
        }
        return switch (eventType) {
            case MarketLifecycleUpdate.CREATED -> MarketLifecycleEvent.Kind.CREATED;
            case MarketLifecycleUpdate.ACTIVATED -> MarketLifecycleEvent.Kind.ACTIVATED;
            case MarketLifecycleUpdate.DEACTIVATED -> MarketLifecycleEvent.Kind.DEACTIVATED;
            case MarketLifecycleUpdate.CLOSE_DATE_UPDATED -> MarketLifecycleEvent.Kind.CLOSE_DATE_UPDATED;
            case MarketLifecycleUpdate.DETERMINED -> MarketLifecycleEvent.Kind.DETERMINED;
            case MarketLifecycleUpdate.SETTLED -> MarketLifecycleEvent.Kind.SETTLED;
            case MarketLifecycleUpdate.PRICE_LEVEL_STRUCTURE_UPDATED ->
                    MarketLifecycleEvent.Kind.PRICE_LEVEL_STRUCTURE_UPDATED;
            case MarketLifecycleUpdate.METADATA_UPDATED -> MarketLifecycleEvent.Kind.METADATA_UPDATED;
            default -> null;
        };
    }

    /** Cancels an order the runner no longer tracks. */
    @FunctionalInterface
    interface OrphanCanceller {
        void cancelOrphan(String orderId, String ticker);
    }
}
