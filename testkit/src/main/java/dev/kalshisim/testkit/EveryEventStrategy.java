package dev.kalshisim.testkit;

import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyEvent;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.core.strategy.TradeEvent;

/**
 * A strategy that takes every event in one method, {@link #onEvent}: the shape of recorders,
 * loggers and scripted test strategies, which treat all events alike. Same threading as any
 * strategy: one thread, timestamp order.
 */
public abstract class EveryEventStrategy implements Strategy {

    /** Called for every book update, book reply, trade, order update, fill, timer and lifecycle event. */
    protected abstract void onEvent(StrategyEvent event);

    @Override
    public final void onBook(BookUpdate update) {
        onEvent(update);
    }

    @Override
    public final void onBookReply(BookReply reply) {
        onEvent(reply);
    }

    @Override
    public final void onTrade(TradeEvent trade) {
        onEvent(trade);
    }

    @Override
    public final void onOrderUpdate(OrderUpdate update) {
        onEvent(update);
    }

    @Override
    public final void onFill(FillEvent fill) {
        onEvent(fill);
    }

    @Override
    public final void onTimer(TimerEvent timer) {
        onEvent(timer);
    }

    @Override
    public final void onMarketLifecycle(MarketLifecycleEvent event) {
        onEvent(event);
    }
}
