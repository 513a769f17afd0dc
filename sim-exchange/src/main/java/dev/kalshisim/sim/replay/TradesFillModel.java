package dev.kalshisim.sim.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.NO_PRICE;
import static dev.kalshisim.data.replay.ReplayLogFormat.NO_QUANTITY;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_NO;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_YES;
import static dev.kalshisim.sim.replay.SideLevels.MAX_UNITS;

import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code trades} fill model, for recordings with trade prints and quotes but no book (backfill,
 * the open datasets). Details and their reasons: docs/fill-models.md.
 *
 * <ul>
 *   <li>A resting order fills when a print's taker is on the other side and the print is at or
 *       through the order's price. Through its price, the print swept the level: the order fills
 *       up to the print's size. At its price, the print first takes the order's estimated queue
 *       ahead.</li>
 *   <li>The queue ahead of an order that joins is estimated as the market's mean print size so
 *       far (one typical order), at least what the strategy's earlier order at that price has
 *       ahead. Only prints at the order's price consume it; with no book there are no cancels, so
 *       the queue model has nothing to decide.</li>
 *   <li>An arriving order may take only the latest quote: the YES bid and ask of the latest ticker
 *       or print, each offered at the size of the market's last print; what it takes stays taken
 *       until a print or a ticker with another price refreshes that quote (a ticker repeating the
 *       price only updates the size to the latest print's).</li>
 * </ul>
 *
 * <p>When it reports a fill the model lowers the order's remaining count itself, and an order it
 * filled completely leaves its queue at once; the engine's {@code resized} or {@code left} for it
 * afterwards only confirms (unknown ids are ignored). Fills are reported after the record is fully
 * applied, so the sink may call back into the model.
 */
public final class TradesFillModel implements FillModel {

    public static final String NAME = "trades";

    private final QueueModel queue;
    private Market[] markets;
    private final StrategyQueues orders = new StrategyQueues((market, side) -> market(market).sides[side]);
    private final FillBuffer fills = new FillBuffer();

    public TradesFillModel(QueueModel queue, int marketCount) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.markets = new Market[Math.max(1, marketCount)];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String queueModel() {
        return queue.name();
    }

    @Override
    public void apply(ReplayCursor record, FillSink sink) {
        int kind = record.kind();
        if (kind == ReplayKind.TRADE) {
            trade(market(record.marketIndex()), record.side(), (int) record.priceUnits(), record.quantity());
            if (!fills.isEmpty()) {
                settle(sink);
            }
        } else if (kind == ReplayKind.TICKER) {
            ticker(market(record.marketIndex()), (int) record.priceUnits(), (int) record.yesAskUnits());
        }
    }

    private void trade(Market m, int takerSide, int yesPrice, long count) {
        if (yesPrice <= 0 || yesPrice >= MAX_UNITS || count <= 0 || count == NO_QUANTITY) {
            return;
        }
        // Orders meet the print with the queue as it stood before it.
        if (takerSide == SIDE_NO) {
            hit(m.sides[SIDE_YES], yesPrice, count, true);
        } else if (takerSide == SIDE_YES) {
            hit(m.sides[SIDE_NO], MAX_UNITS - yesPrice, count, true);
        } else {
            // Unknown taker: only a print strictly through an order's price shows it would have traded.
            hit(m.sides[SIDE_YES], yesPrice, count, false);
            hit(m.sides[SIDE_NO], MAX_UNITS - yesPrice, count, false);
        }
        m.printSum += count;
        m.printCount++;
        m.lastPrintSize = count;
        if (takerSide == SIDE_YES) {
            m.setAsk(yesPrice, count);
        } else if (takerSide == SIDE_NO) {
            m.setBid(yesPrice, count);
        }
    }

    private void hit(SideLevels levels, int levelPrice, long count, boolean atPriceToo) {
        if (levels.orderCount == 0) {
            return;
        }
        long left = count;
        int firstBetter = levels.lastSlotAtOrBelow(levelPrice) + 1;
        if (levels.bestOrderSlot >= firstBetter) {
            left = QueueWalk.sweep(levels, levels.bestOrderSlot, firstBetter, left, fills);
        }
        int slot = levels.existingSlot(levelPrice);
        if (atPriceToo && left > 0 && slot >= 0 && levels.head[slot] != null) {
            QueueWalk.trade(levels, slot, left, Long.MAX_VALUE, fills);
        }
    }

    private static void ticker(Market m, int yesBid, int yesAsk) {
        // A ticker carries no sizes: its quotes are offered at the last print's size.
        if (yesBid != NO_PRICE) {
            int bid = yesBid > 0 && yesBid < MAX_UNITS ? yesBid : NO_PRICE;
            if (bid != m.bidUnits) {
                m.setBid(bid, m.lastPrintSize);
            } else {
                m.bidSize = m.lastPrintSize; // the same quote: what was taken stays taken
            }
        }
        if (yesAsk != NO_PRICE) {
            int ask = yesAsk > 0 && yesAsk < MAX_UNITS ? yesAsk : NO_PRICE;
            if (ask != m.askUnits) {
                m.setAsk(ask, m.lastPrintSize);
            } else {
                m.askSize = m.lastPrintSize;
            }
        }
    }

    private void settle(FillSink sink) {
        orders.settle(fills, sink);
    }

    @Override
    public void joined(StrategyOrder order) {
        StrategyQueues.checkRestable(order);
        Market m = market(order.market());
        // The queue ahead of a print-only order is estimated as the market's mean print size so far.
        long estimate = m.printCount == 0 ? 0 : m.printSum / m.printCount;
        orders.join(order, (levels, slot) -> estimate);
    }

    @Override
    public void resized(String orderId, long remaining) {
        orders.resized(orderId, remaining);
    }

    @Override
    public void left(String orderId) {
        orders.left(orderId);
    }

    /** The estimated hundredths ahead of a resting order, or -1 when it does not rest here. */
    public long queueAhead(String orderId) {
        return orders.queueAhead(orderId);
    }

    @Override
    public void takeable(int market, int takerSide, int limitUnits, LevelSink levels) {
        if (!L2FillModel.isSide(takerSide)) {
            throw new IllegalArgumentException("not a side: " + takerSide);
        }
        if (market < 0 || market >= markets.length || markets[market] == null) {
            return;
        }
        Market m = markets[market];
        if (takerSide == SIDE_YES) {
            // Buying YES takes the ask, a NO bid at 1 - ask.
            long shown = m.askSize - m.askDepleted;
            if (m.askUnits != NO_PRICE && m.askUnits <= limitUnits && shown > 0) {
                levels.level(SIDE_NO, MAX_UNITS - m.askUnits, shown);
            }
        } else {
            long shown = m.bidSize - m.bidDepleted;
            if (m.bidUnits != NO_PRICE && MAX_UNITS - m.bidUnits <= limitUnits && shown > 0) {
                levels.level(SIDE_YES, m.bidUnits, shown);
            }
        }
    }

    @Override
    public void taken(int market, int side, int priceUnits, long quantity) {
        Market m = market(market);
        if (side == SIDE_NO && m.askUnits != NO_PRICE && priceUnits == MAX_UNITS - m.askUnits) {
            m.askDepleted += quantity;
        } else if (side == SIDE_YES && m.bidUnits != NO_PRICE && priceUnits == m.bidUnits) {
            m.bidDepleted += quantity;
        }
    }

    @Override
    public long depleted(int market, int side, int priceUnits) {
        if (market < 0 || market >= markets.length || markets[market] == null) {
            return 0;
        }
        Market m = markets[market];
        if (side == SIDE_NO && m.askUnits != NO_PRICE && priceUnits == MAX_UNITS - m.askUnits) {
            return m.askDepleted;
        }
        if (side == SIDE_YES && m.bidUnits != NO_PRICE && priceUnits == m.bidUnits) {
            return m.bidDepleted;
        }
        return 0;
    }

    private Market market(int index) {
        if (index >= markets.length) {
            markets = Arrays.copyOf(markets, Math.max(index + 1, markets.length * 2));
        }
        Market m = markets[index];
        if (m == null) {
            m = new Market();
            markets[index] = m;
        }
        return m;
    }

    /** One market's prints, latest quote and the strategy's orders on both sides. */
    private static final class Market {
        final SideLevels[] sides = {null, new SideLevels(SIDE_YES, false), new SideLevels(SIDE_NO, false)};
        long printSum;
        long printCount;
        long lastPrintSize;
        int bidUnits = NO_PRICE;
        long bidSize;
        long bidDepleted;
        int askUnits = NO_PRICE;
        long askSize;
        long askDepleted;

        void setBid(int units, long size) {
            bidUnits = units;
            bidSize = size;
            bidDepleted = 0;
        }

        void setAsk(int units, long size) {
            askUnits = units;
            askSize = size;
            askDepleted = 0;
        }
    }
}
