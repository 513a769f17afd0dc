package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;

/**
 * One line of a backtest's result files. Prices, counts and money are core's exact fixed-point
 * values; {@code side} is {@code bid} or {@code ask} on the YES ladder.
 */
public sealed interface BacktestEntry {

    /** Virtual time, epoch nanos. */
    long tsNanos();

    /**
     * An order of the strategy changed state at the exchange (resting, partially filled, filled,
     * canceled, expired, amended, decreased).
     */
    record OrderChange(long tsNanos, String orderId, String clientOrderId, String ticker, String side, Price price,
            Count count, Count filled, Count remaining, String status, String reason) implements BacktestEntry {
    }

    /** A fill of the strategy's order, with its fee and the position after it. */
    record Fill(long tsNanos, String tradeId, String orderId, String ticker, String side, Price price, Count count,
            boolean taker, Money fee, Count positionAfter) implements BacktestEntry {
    }

    /**
     * A request the venue refused: Kalshi's error code, HTTP status, and for a 429 the wait it
     * asked for (0 otherwise).
     */
    record Rejection(long tsNanos, String clientOrderId, String ticker, String request, String code, int httpStatus,
            long retryAfterNanos, String message) implements BacktestEntry {
    }

    /** A market position after a change. */
    record Position(long tsNanos, String ticker, Count position, Money exposure, Money realizedPnl, Money feesPaid)
            implements BacktestEntry {
    }

    /** The cash balance after a change, and what changed it ({@code fill}, {@code fee}, {@code settlement}). */
    record Cash(long tsNanos, Money balance, Money change, Money fee, String reason) implements BacktestEntry {
    }

    /**
     * One request's rate-limit charge: the bucket ({@code read}/{@code write}), the endpoint
     * ({@code METHOD /path}), tokens spent, how long it waited for them, and whether it was
     * answered 429 instead.
     */
    record Tokens(long tsNanos, String bucket, String endpoint, long tokens, long waitNanos, boolean rateLimited)
            implements BacktestEntry {
    }

    /** A market settled at its recorded result, and what the strategy's position paid. */
    record Settlement(long tsNanos, String ticker, String result, Count position, Money payout)
            implements BacktestEntry {
    }
}
