package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.Trade;
import java.util.List;

/**
 * Matches an incoming order against the opposite ladder in price-time priority. Every fill is at
 * the resting order's price, so the taker gets any price improvement.
 */
final class Matcher {

    /** Why matching stopped. */
    enum Stop {
        /** Filled, or nothing left that crosses. */
        DONE,
        /** A taker_at_cross order met its member's own resting order. */
        SELF_TRADE
    }

    private final EngineState state;
    private final RestingOrders resting;

    Matcher(EngineState state, RestingOrders resting) {
        this.state = state;
        this.resting = resting;
    }

    /**
     * The contracts an order could fill right now, up to {@code wanted}: a taker_at_cross order stops
     * at its member's own first resting order, a maker-STP order skips its member's orders.
     */
    long availableVolume(MarketState market, String memberId, OutcomeSide side, long priceUnits,
            SelfTradePrevention stp, long wanted) {
        long total = 0;
        for (PriceLevel level : market.book.opposite(side).bestFirst()) {
            if (!OrderBook.crosses(priceUnits, level.priceUnits)) {
                break;
            }
            for (OrderState maker : level.orders()) {
                if (maker.memberId.equals(memberId)) {
                    if (stp == SelfTradePrevention.TAKER_AT_CROSS) {
                        return total;
                    }
                    continue;
                }
                total = Math.addExact(total, maker.remainingCount);
                if (total >= wanted) {
                    return total;
                }
            }
        }
        return total;
    }

    /** Whether the first resting order an order would meet belongs to the same member. */
    boolean firstMatchIsOwn(MarketState market, String memberId, OutcomeSide side, long priceUnits) {
        PriceLevel best = market.book.opposite(side).best();
        return best != null && OrderBook.crosses(priceUnits, best.priceUnits) && best.first().memberId.equals(memberId);
    }

    /** Matches {@code taker} until it fills or stops crossing, adding the taker's fills to {@code fills}. */
    Stop match(OrderState taker, List<Fill> fills) {
        Ladder opposite = taker.market.book.opposite(taker.side);
        while (taker.remainingCount > 0) {
            PriceLevel level = opposite.best();
            if (level == null || !OrderBook.crosses(taker.priceUnits, level.priceUnits)) {
                return Stop.DONE;
            }
            OrderState maker = level.first();
            if (maker.memberId.equals(taker.memberId)) {
                if (taker.selfTradePrevention == SelfTradePrevention.TAKER_AT_CROSS) {
                    return Stop.SELF_TRADE;
                }
                resting.cancel(maker, CancelReason.MAKER_CANCEL_FOR_SELF_TRADE_PREVENTION);
                continue;
            }
            fills.add(execute(taker, maker, level, Math.min(taker.remainingCount, maker.remainingCount)));
        }
        return Stop.DONE;
    }

    /** Trades {@code count} between the two orders at the maker's price; returns the taker's fill. */
    private Fill execute(OrderState taker, OrderState maker, PriceLevel level, long count) {
        MarketState market = taker.market;
        long now = state.now();
        long makerPrice = level.priceUnits;
        long takerPrice = Price.SCALE - makerPrice;
        long yesPrice = maker.side == OutcomeSide.YES ? makerPrice : takerPrice;
        FeeSchedule fees = state.config.feeSchedule();
        long makerFee = fees.fee(market.feeTerms, Liquidity.MAKER, Price.ofUnits(makerPrice), Count.ofHundredths(count))
                .micros();
        long takerFee = fees.fee(market.feeTerms, Liquidity.TAKER, Price.ofUnits(takerPrice), Count.ofHundredths(count))
                .micros();

        level.shrink(count);
        maker.fill(count, makerPrice, Liquidity.MAKER, now);
        state.emitBook(maker, makerPrice, -count, level.totalCount());
        if (maker.remainingCount == 0) {
            resting.retireFilled(maker);
        }
        taker.fill(count, takerPrice, Liquidity.TAKER, now);
        // Both counts changed in place; a fully filled maker was already dropped from its book.
        resting.syncCollateral(maker);
        resting.syncCollateral(taker);

        Account makerAccount = state.accounts.get(maker.memberId);
        Account takerAccount = state.accounts.get(taker.memberId);
        // Each fill's fee_cost is its net fee: trade fee plus rounding fee minus rebate.
        makerFee = state.ledger.applyFill(makerAccount, maker, makerPrice, count, makerFee, now).netFee();
        maker.addFee(makerFee, Liquidity.MAKER);
        takerFee = state.ledger.applyFill(takerAccount, taker, takerPrice, count, takerFee, now).netFee();
        taker.addFee(takerFee, Liquidity.TAKER);
        market.lastPriceUnits = yesPrice;
        market.volume = Math.addExact(market.volume, count);
        market.updatedNanos = now;

        String tradeId = state.ids.next();
        Trade trade = Views.trade(tradeId, taker, count, yesPrice, now);
        Fill makerFill = Views.fill(tradeId, maker, count, yesPrice, false, makerFee, now);
        Fill takerFill = Views.fill(tradeId, taker, count, yesPrice, true, takerFee, now);
        market.trades.addLast(trade);
        market.recentVolume.add(now, count);
        state.trades.addLast(new LiveTrade(trade, now, market, makerAccount, makerFill, takerAccount, takerFill));
        makerAccount.fills.addLast(makerFill);
        takerAccount.fills.addLast(takerFill);

        var sink = state.sink;
        sink.emit(new ExchangeEvent.TradeExecuted(sink.nextSequence(), trade.createdTime(), trade));
        emitFill(makerAccount, maker, makerFill);
        emitFill(takerAccount, taker, takerFill);
        state.emitOrder(maker);
        state.emitPosition(makerAccount, makerAccount.position(market));
        state.emitPosition(takerAccount, takerAccount.position(market));
        return takerFill;
    }

    private void emitFill(Account account, OrderState order, Fill fill) {
        var sink = state.sink;
        sink.emit(new ExchangeEvent.OrderFilled(sink.nextSequence(), fill.createdTime(), account.memberId, fill,
                Count.ofHundredths(account.position(order.market).count), order.clientOrderId));
    }
}
