package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.Price;

/**
 * A market's lifecycle moved (kalshi-api.md sections 10 and 13, {@code market_lifecycle_v2}).
 *
 * <p>Opening and closing by the clock are implicit on Kalshi; a runner that knows a market's
 * times may still report them as {@link Kind#ACTIVATED} and {@link Kind#CLOSED}.
 *
 * @param tsNanos         epoch nanos of the change
 * @param ticker          the market
 * @param kind            what happened
 * @param result          the outcome once determined, otherwise {@link MarketResult#NONE}
 * @param settlementValue the YES payout per contract once determined, otherwise null
 * @param closeTsNanos    the new close time for {@link Kind#CLOSE_DATE_UPDATED}, otherwise 0
 */
public record MarketLifecycleEvent(long tsNanos, String ticker, Kind kind, MarketResult result,
        Price settlementValue, long closeTsNanos) implements StrategyEvent {

    public MarketLifecycleEvent {
        if (ticker == null || kind == null || result == null) {
            throw new IllegalArgumentException("a lifecycle event needs a ticker, kind and result");
        }
    }

    /** An event that carries no result, settlement value or close time. */
    public static MarketLifecycleEvent of(long tsNanos, String ticker, Kind kind) {
        return new MarketLifecycleEvent(tsNanos, ticker, kind, MarketResult.NONE, null, 0L);
    }

    @Override
    public void deliverTo(Strategy strategy) {
        strategy.onMarketLifecycle(this);
    }

    /** Kalshi's {@code event_type}s, plus {@link #CLOSED} for the implicit close. */
    public enum Kind {
        CREATED,
        /** Trading began or resumed; resuming after a pause cancelled the market's resting orders. */
        ACTIVATED,
        /** Paused by the exchange: no new orders. */
        DEACTIVATED,
        CLOSE_DATE_UPDATED,
        /** The close time passed (reported by the runner; Kalshi sends no message for it). */
        CLOSED,
        DETERMINED,
        SETTLED,
        PRICE_LEVEL_STRUCTURE_UPDATED,
        METADATA_UPDATED;

        /** Whether the market takes no new orders after this event (until a later activation). */
        public boolean haltsTrading() {
            return this == DEACTIVATED || this == CLOSED || this == DETERMINED || this == SETTLED;
        }
    }
}
