package dev.kalshisim.data.event;

/**
 * One normalized market event.
 *
 * <p>{@code recvNanos} is when the recorder received it; {@code exchangeNanos} is the exchange's
 * own time for it when the message carried one (Kalshi's {@code ts_ms}, {@code ts} or
 * {@code created_time}), else 0.
 */
public sealed interface MarketEvent permits BookSnapshot, BookDelta, TradePrint, TickerQuote, MarketStatusChange {

    long recvNanos();

    long exchangeNanos();

    String ticker();
}
