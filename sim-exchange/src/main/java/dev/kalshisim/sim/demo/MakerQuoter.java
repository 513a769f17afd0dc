package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One background maker's quotes in one market: a ladder of resting GTC bids and asks around the fair
 * value, skewed against the maker's inventory. Re-quoting amends the resting orders (a moved price
 * goes to the back of its new level, as for any member) and places a new order where one filled.
 *
 * <p>Orders use the default {@code taker_at_cross} self-trade prevention, and the side moving away
 * from the other is updated first, so a new bid never meets this maker's own stale ask; if it would,
 * the engine refuses the amend and nothing changes. Not thread-safe: the flow calls it under its lock.
 */
final class MakerQuoter {

    /** Inventory skew per contract held, in $0.0001: 50 contracts long moves the center down $0.01. */
    private static final long SKEW_UNITS_PER_CONTRACT = 2;

    private final Exchange exchange;
    private final String memberId;
    private final String ticker;
    private final QuoteLadder ladder;
    private final MakerStyle style;
    private final SplittableRandom random;
    private final Slot[] bids;
    private final Slot[] asks;
    private long lastCenter = -1;

    MakerQuoter(Exchange exchange, String memberId, DemoMarket market, int levels, MakerStyle style,
            SplittableRandom random) {
        this.exchange = exchange;
        this.memberId = memberId;
        this.ticker = market.ticker();
        this.ladder = new QuoteLadder(new GridPrices(market.tickGrid()), levels);
        this.style = style;
        this.random = random;
        this.bids = Slot.array(levels);
        this.asks = Slot.array(levels);
    }

    /** Moves the quotes to a ladder around {@code fairUnits}, skewed against the maker's position. */
    void quote(long fairUnits) {
        long halfSpread = VarianceScale.scale(style.halfSpreadUnits(), fairUnits);
        long center = fairUnits + skew(halfSpread);
        QuoteLadder.Targets targets = ladder.around(center, halfSpread,
                VarianceScale.scale(style.spacingUnits(), fairUnits));
        if (lastCenter < 0 || center >= lastCenter) {
            // Rising: the asks move up out of the way before the bids follow.
            update(asks, targets.asks(), BookSide.ASK);
            update(bids, targets.bids(), BookSide.BID);
        } else {
            update(bids, targets.bids(), BookSide.BID);
            update(asks, targets.asks(), BookSide.ASK);
        }
        lastCenter = center;
    }

    /** Cancels all of this maker's orders in the market, as a maker does when news breaks. */
    void pull() {
        exchange.cancelAll(memberId, ticker);
        for (Slot slot : bids) {
            slot.orderId = null;
        }
        for (Slot slot : asks) {
            slot.orderId = null;
        }
        lastCenter = -1;
    }

    /** Leans the center against inventory: long YES quotes lower to sell, short quotes higher to buy. */
    private long skew(long halfSpread) {
        List<MarketPosition> positions = exchange.positions(memberId, PositionQuery.forTicker(ticker));
        long contracts = positions.isEmpty() ? 0 : positions.get(0).positionFp().hundredths() / Count.SCALE;
        long cap = halfSpread / 2;
        return Math.max(-cap, Math.min(cap, -contracts * SKEW_UNITS_PER_CONTRACT));
    }

    private void update(Slot[] slots, List<Price> targets, BookSide side) {
        for (int level = 0; level < slots.length; level++) {
            Slot slot = slots[level];
            Price target = level < targets.size() ? targets.get(level) : null;
            Order live = resting(slot);
            if (live == null) {
                slot.orderId = null;
                if (target != null) {
                    place(slot, side, target, level);
                }
            } else if (target == null) {
                exchange.cancelOrder(memberId, slot.orderId);
                slot.orderId = null;
            } else if (!live.yesPriceDollars().equals(target)
                    || live.remainingCountFp().hundredths() * 2 < slot.sizeHundredths) {
                // The new total counts what already filled; a moved or refilled order loses its place.
                Count total = live.fillCountFp().plus(Count.ofHundredths(slot.sizeHundredths));
                keep(slot, exchange.amendOrder(AmendCommand.of(memberId, slot.orderId, target, total)));
            }
        }
    }

    private void place(Slot slot, BookSide side, Price price, int level) {
        long contracts = style.baseContracts() * (level + 1) + random.nextLong(style.baseContracts() + 1);
        slot.sizeHundredths = contracts * Count.SCALE;
        keep(slot, exchange.placeOrder(PlaceOrder.limit(memberId, ticker, side, price, Count.ofContracts(contracts))));
    }

    /** Remembers the order if it rests; a refused command leaves the slot as it was. */
    private static void keep(Slot slot, OrderResult result) {
        if (result.isAccepted()) {
            slot.orderId = result.order().status() == OrderStatus.RESTING ? result.orderId() : null;
        }
    }

    /** The slot's order if it is still resting, else null (filled, canceled, or never placed). */
    private Order resting(Slot slot) {
        if (slot.orderId == null) {
            return null;
        }
        EngineResult<Order> order = exchange.order(memberId, slot.orderId);
        return order.isOk() && order.value().status() == OrderStatus.RESTING ? order.value() : null;
    }

    /** One quoting position: the order resting there and the size it should show. */
    private static final class Slot {
        String orderId;
        long sizeHundredths;

        static Slot[] array(int length) {
            Slot[] slots = new Slot[length];
            for (int i = 0; i < length; i++) {
                slots[i] = new Slot();
            }
            return slots;
        }
    }
}
