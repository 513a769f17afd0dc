package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.stream.MarketLifecycleUpdate;
import dev.kalshisim.core.wire.stream.MarketMetadata;
import dev.kalshisim.core.wire.stream.OrderbookDelta;
import dev.kalshisim.core.wire.stream.TradeUpdate;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;

/** Builds the public channels' message bodies (book, trade, lifecycle) from engine events. Stateless. */
public final class MarketPayloads {

    private MarketPayloads() {
    }

    /**
     * The {@code orderbook_delta} body for {@code change}: a NO-side price on the YES leg when
     * {@code useYesPrice}; the order's {@code client_order_id} only when {@code toOwner}, i.e. when
     * the subscriber's own order caused the change.
     */
    public static OrderbookDelta delta(ExchangeEvent.BookChanged change, boolean useYesPrice, boolean toOwner) {
        Price price = useYesPrice ? change.side().toYesPrice(change.price()) : change.price();
        String clientOrderId = toOwner ? change.clientOrderId() : null;
        return new OrderbookDelta(change.ticker(), MarketIds.of(change.ticker()), price, change.delta(), change.side(),
                clientOrderId, null, null, Times.epochMillis(change.tsNanos()));
    }

    /** The {@code trade} body of a public trade. */
    public static TradeUpdate trade(Trade trade) {
        long millis = trade.createdTime().toEpochMilli();
        return new TradeUpdate(trade.tradeId(), trade.ticker(), trade.yesPriceDollars(), trade.noPriceDollars(),
                trade.countFp(), trade.takerSide(), trade.takerOutcomeSide(), trade.takerBookSide(),
                trade.isBlockTrade(), Math.floorDiv(millis, 1000L), millis);
    }

    /**
     * The {@code market_lifecycle_v2} body of a lifecycle change, or {@code null} for a change
     * Kalshi sends no message for (reaching close time).
     */
    public static MarketLifecycleUpdate lifecycle(ExchangeEvent.MarketLifecycleChanged change) {
        Market market = change.market();
        String ticker = change.ticker();
        long nowSeconds = Times.epochSeconds(change.tsNanos());
        return switch (change.type()) {
            case CREATED -> new MarketLifecycleUpdate(MarketLifecycleUpdate.CREATED, ticker,
                    market.exchangeIndex() == null ? 0 : market.exchangeIndex(), seconds(market.openTime()),
                    seconds(market.closeTime()), null, null, null, null, null, market.priceLevelStructure(),
                    market.priceRanges().isEmpty() ? null : market.priceRanges(), null, null, null, null, null,
                    metadata(market));
            case ACTIVATED -> event(MarketLifecycleUpdate.ACTIVATED, ticker, false);
            case DEACTIVATED -> event(MarketLifecycleUpdate.DEACTIVATED, ticker, true);
            case CLOSE_DATE_UPDATED -> new MarketLifecycleUpdate(MarketLifecycleUpdate.CLOSE_DATE_UPDATED, ticker, null,
                    null, seconds(market.closeTime()), null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
            case DETERMINED -> new MarketLifecycleUpdate(MarketLifecycleUpdate.DETERMINED, ticker, null, null, null,
                    market.result(), nowSeconds, market.settlementValueDollars(), null, null, null, null, null, null,
                    null, null, null, null);
            case SETTLED -> new MarketLifecycleUpdate(MarketLifecycleUpdate.SETTLED, ticker, null, null, null, null,
                    null, null, nowSeconds, null, null, null, null, null, null, null, null, null);
            case CLOSED -> null;
        };
    }

    private static MarketLifecycleUpdate event(String type, String ticker, boolean deactivated) {
        return new MarketLifecycleUpdate(type, ticker, null, null, null, null, null, null, null, deactivated, null,
                null, null, null, null, null, null, null);
    }

    private static MarketMetadata metadata(Market market) {
        return new MarketMetadata(market.title(), market.title(), market.yesSubTitle(), market.noSubTitle(),
                market.rulesPrimary(), market.rulesSecondary(), market.canCloseEarly(), market.eventTicker(),
                seconds(market.expectedExpirationTime()), market.strikeType(), market.floorStrike(),
                market.capStrike(), market.customStrike());
    }

    private static Long seconds(Instant time) {
        return time == null ? null : time.getEpochSecond();
    }
}
