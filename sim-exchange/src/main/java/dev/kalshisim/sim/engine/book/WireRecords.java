package dev.kalshisim.sim.engine.book;

import dev.kalshisim.core.model.Action;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Direction;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderType;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.book.pricetime.Level;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.EventState;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.SeriesState;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.time.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Turns engine state into core's Kalshi-shaped records. It sits with the books because a market's
 * record shows its best levels; everything else it maps lies below.
 */
public final class WireRecords {

    /** The shard everything runs on. */
    public static final Integer EXCHANGE_INDEX = 0;
    private static final long DAY_NANOS = 86_400_000_000_000L;
    /** Every market takes counts in hundredths of a contract (Kalshi enables this market by market). */
    private static final Boolean FRACTIONAL_TRADING = Boolean.TRUE;

    private WireRecords() {
    }

    public static Order order(BookOrder o) {
        Direction direction = new Direction(o.bookSide(), o.yesPrice());
        // client_order_id is a required string in the OpenAPI: an order placed without one shows "".
        String clientOrderId = o.clientOrderId == null ? "" : o.clientOrderId;
        return new Order(o.id, o.memberId(), clientOrderId, o.market().ticker(), direction.legacySide(),
                direction.legacyAction(), direction.outcomeSide(), o.bookSide(), OrderType.LIMIT, o.status(),
                direction.yesPrice(), direction.noPrice(), Count.ofHundredths(o.filledCount),
                Count.ofHundredths(o.remainingCount), Count.ofHundredths(o.initialCount), Money.ofMicros(o.takerFillCost),
                Money.ofMicros(o.makerFillCost), Money.ofMicros(o.takerFees), Money.ofMicros(o.makerFees),
                o.hasExpiration() ? Times.instant(o.expirationNanos) : null, Times.instant(o.createdNanos()),
                Times.instant(o.lastUpdateNanos), o.selfTradePrevention, o.orderGroupId, o.cancelOnPause,
                o.subaccount, EXCHANGE_INDEX);
    }

    public static Fill fill(String tradeId, BookOrder o, long count, long yesPriceUnits, boolean taker, long fee,
            long nowNanos) {
        Price yes = Price.ofUnits(yesPriceUnits);
        return new Fill(tradeId, tradeId, o.id, o.market().ticker(), o.market().ticker(), o.side, Action.BUY, o.side,
                o.bookSide(), Count.ofHundredths(count), yes, yes.complement(), taker, Times.instant(nowNanos),
                Money.ofMicros(fee), o.subaccount, Math.floorDiv(nowNanos, 1_000_000_000L), EXCHANGE_INDEX);
    }

    public static Trade trade(String tradeId, BookOrder taker, long count, long yesPriceUnits, long nowNanos) {
        return trade(tradeId, taker, count, yesPriceUnits, nowNanos, false);
    }

    /** A trade on the tape; {@code blockTrade} marks one executed off the book (an RFQ quote). */
    public static Trade trade(String tradeId, BookOrder taker, long count, long yesPriceUnits, long nowNanos,
            boolean blockTrade) {
        Price yes = Price.ofUnits(yesPriceUnits);
        return new Trade(tradeId, taker.market().ticker(), Count.ofHundredths(count), yes, yes.complement(), taker.side,
                taker.side, taker.bookSide(), Times.instant(nowNanos), blockTrade);
    }

    public static MarketPosition position(PositionState p) {
        return new MarketPosition(p.market().ticker(), EXCHANGE_INDEX, Money.ofMicros(p.totalTraded()),
                Count.ofHundredths(p.count()), Money.ofMicros(p.cost()), Money.ofMicros(p.realizedPnl()),
                Money.ofMicros(p.feesPaid()), Times.instant(p.lastUpdatedNanos()));
    }

    public static Series series(SeriesState s, long volume) {
        SeriesSpec spec = s.spec();
        return new Series(spec.ticker(), spec.frequency(), spec.title(), spec.category(), spec.tags(), List.of(), "",
                "", null, spec.feeType(), spec.feeMultiplier(), List.of(), Count.ofHundredths(volume),
                Times.instant(s.createdNanos()), EXCHANGE_INDEX);
    }

    public static Event event(EventState e, List<Market> nestedMarkets, long updatedNanos) {
        EventSpec spec = e.spec();
        BigDecimal multiplier = spec.feeMultiplierOverride();
        return new Event(spec.eventTicker(), spec.seriesTicker(), spec.subTitle(), spec.title(), "",
                spec.mutuallyExclusive(), e.series().spec().category(), null, null, nestedMarkets, false, null, List.of(),
                Times.instant(updatedNanos), spec.feeTypeOverride(), multiplier, EXCHANGE_INDEX);
    }

    /** The market as Kalshi shows it at {@code nowNanos}, with the best levels of its {@code book}. */
    public static Market market(MarketState m, OrderBook book, long nowNanos) {
        MarketSpec spec = m.spec();
        Level<BookOrder> yesBid = book.ladder(OutcomeSide.YES).best();
        Level<BookOrder> noBid = book.ladder(OutcomeSide.NO).best();
        Price yesBidPrice = yesBid == null ? Price.ZERO : Price.ofUnits(yesBid.priceUnits());
        Price noBidPrice = noBid == null ? Price.ZERO : Price.ofUnits(noBid.priceUnits());
        Count yesBidSize = Count.ofHundredths(yesBid == null ? 0 : yesBid.totalCount());
        Count yesAskSize = Count.ofHundredths(noBid == null ? 0 : noBid.totalCount());
        boolean determined = m.status().isDetermined() && m.result() != MarketResult.NONE;
        Price settlementValue = !determined ? null : m.result() == MarketResult.YES ? Price.ONE : Price.ZERO;
        Instant close = Times.instant(m.closeNanos());
        return new Market(m.ticker(), m.event().ticker(), MarketType.BINARY, spec.title(), "", spec.yesSubTitle(),
                spec.noSubTitle(), Times.instant(m.createdNanos()), Times.instant(m.updatedNanos()),
                Times.instant(m.openNanos()), close, close, close, close, 0, m.status(), yesBidPrice, yesBidSize,
                noBidPrice.complement(), yesAskSize, noBidPrice, yesBidPrice.complement(),
                Price.ofUnits(m.lastPriceUnits()), Count.ofHundredths(m.volume()),
                Count.ofHundredths(m.volumeSince(nowNanos - DAY_NANOS)), m.result(), spec.canCloseEarly(),
                Count.ofHundredths(m.yesOpenInterest()), Money.ofDollars(1), Price.ZERO, Price.ZERO, Price.ZERO,
                Money.ZERO, settlementValue, m.settledNanos() == 0 ? null : Times.instant(m.settledNanos()), "", null,
                null, null, null, null, null, null, null, spec.rulesPrimary(), "", m.mveCollectionTicker(), m.mveLegs(), null,
                spec.tickGrid().structure(), spec.tickGrid().ranges(), null, EXCHANGE_INDEX, FRACTIONAL_TRADING);
    }
}
