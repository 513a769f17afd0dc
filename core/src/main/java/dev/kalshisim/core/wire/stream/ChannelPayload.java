package dev.kalshisim.core.wire.stream;

/** The {@code msg} body of a channel message; {@link MessageTypes} maps each to its wire types. */
public sealed interface ChannelPayload
        permits OrderbookSnapshot, OrderbookDelta, TickerUpdate, TradeUpdate, FillUpdate, UserOrderUpdate,
                MarketPositionUpdate, MarketLifecycleUpdate, EventLifecycleUpdate, EventFeeUpdate, OrderGroupUpdate,
                RfqUpdate, QuoteUpdate, QuoteExecutedUpdate {
}
