package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.replay.FillModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The strategy's orders resting in the engine, as the fill model must know them: each engine
 * {@code OrderUpdated} of the strategy's member becomes a join, a resize or a leave.
 *
 * <p>Priority follows the engine's rule (Kalshi's): an order whose price changed or whose count grew
 * went to the back of its level, so the model sees it leave and join again; a decrease or a partial
 * fill keeps its place. Also keeps, per market, how much the strategy rests at each level, for the
 * strategy's view of the book (Kalshi's book includes one's own orders; the recording does not).
 */
final class StrategyOrders {

    private static final int PRICE_SCALE = (int) Price.SCALE;

    private final FillModel model;
    private final MarketIndex markets;
    private final Map<String, Resting> resting = new HashMap<>();
    /** Per market: hundredths the strategy rests at [side][price units on the side's leg]; null until it rests there. */
    private final long[][][] ownLevels;
    private LevelChanges changes = LevelChanges.NONE;

    StrategyOrders(FillModel model, MarketIndex markets) {
        this.model = model;
        this.markets = markets;
        this.ownLevels = new long[markets.size()][][];
    }

    /** The engine reported the strategy's order after a change. */
    void updated(Order order) {
        int market = markets.indexOf(order.ticker());
        if (market < 0) {
            return;
        }
        Resting before = resting.get(order.orderId());
        boolean rests = order.status() == OrderStatus.RESTING && order.remainingCountFp().isPositive();
        if (!rests) {
            if (before != null) {
                resting.remove(order.orderId());
                own(before, -before.remaining);
                model.left(order.orderId());
            }
            return;
        }
        int side = order.bookSide() == BookSide.BID ? ReplayLogFormat.SIDE_YES : ReplayLogFormat.SIDE_NO;
        int price = ownLeg(order.bookSide(), (int) order.yesPriceDollars().units());
        long remaining = order.remainingCountFp().hundredths();
        if (before == null) {
            Resting now = new Resting(order.orderId(), market, side, price, remaining);
            resting.put(order.orderId(), now);
            own(now, remaining);
            model.joined(now.asModelOrder());
            return;
        }
        if (before.side != side || before.price != price || remaining > before.remaining) {
            // Lost its place: Kalshi puts an order whose price changed or whose count grew at the back.
            own(before, -before.remaining);
            model.left(order.orderId());
            Resting now = new Resting(order.orderId(), market, side, price, remaining);
            resting.put(order.orderId(), now);
            own(now, remaining);
            model.joined(now.asModelOrder());
            return;
        }
        if (remaining != before.remaining) {
            own(before, remaining - before.remaining);
            before.remaining = remaining;
            model.resized(order.orderId(), remaining);
        }
    }

    /** The resting order, or null. */
    Resting find(String orderId) {
        return resting.get(orderId);
    }

    /** Hundredths the strategy rests in {@code market} at ({@code side}, {@code price} on its leg). */
    long ownAt(int market, int side, int price) {
        long[][] levels = ownLevels[market];
        return levels == null ? 0 : levels[side][price];
    }

    /** Whether the strategy rests anything in {@code market}. */
    boolean restsIn(int market) {
        long[][] levels = ownLevels[market];
        return levels != null && levels[0][0] > 0;
    }

    /** Who hears that the strategy's own quantity at a level changed (its view of the book). */
    void onLevelChange(LevelChanges listener) {
        this.changes = listener;
    }

    private void own(Resting order, long change) {
        long[][] levels = ownLevels[order.market];
        if (levels == null) {
            levels = new long[3][PRICE_SCALE + 1];
            ownLevels[order.market] = levels;
        }
        levels[order.side][order.price] += change;
        // levels[0][0] counts resting orders' hundredths in the market, so an empty market is skipped at once.
        levels[0][0] += change;
        changes.changed(order.market, order.side, order.price);
    }

    /** A price on the YES ladder as the price on the order's own leg. */
    static int ownLeg(BookSide side, int yesUnits) {
        return side == BookSide.BID ? yesUnits : PRICE_SCALE - yesUnits;
    }

    /** One resting order. */
    static final class Resting {
        final String orderId;
        final int market;
        final int side;
        final int price;
        long remaining;

        Resting(String orderId, int market, int side, int price, long remaining) {
            this.orderId = orderId;
            this.market = market;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }

        /** The order's YES price in units. */
        int yesUnits() {
            return side == ReplayLogFormat.SIDE_YES ? price : PRICE_SCALE - price;
        }

        BookSide bookSide() {
            return side == ReplayLogFormat.SIDE_YES ? BookSide.BID : BookSide.ASK;
        }

        FillModel.StrategyOrder asModelOrder() {
            return new FillModel.StrategyOrder(orderId, market, side, price, remaining);
        }
    }
}
