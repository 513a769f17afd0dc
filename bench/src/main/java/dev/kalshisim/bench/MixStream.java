package dev.kalshisim.bench;

import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.IOrder;
import exchange.core2.core.common.L2MarketData;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookNaiveImpl;
import java.util.SplittableRandom;

/**
 * One seeded command stream for a single market, held as plain arrays so that each engine's driver
 * translates the same commands into its own API: new resting (GTC) limit orders, immediate-or-cancel
 * orders, cancels, moves to a new price and reductions, in the mix of exchange-core's own benchmark
 * adapted to the issue (13 / 2 / 7 / 71 / 7 percent), around a steady book of about 1,000 orders.
 *
 * <p>The first {@link #prefill} commands are resting orders that build the starting book; drivers
 * apply them in setup, untimed. Prices are whole cents (1-99, a Kalshi YES price); sizes whole
 * contracts. Orders are numbered 0, 1, ... in placing order; a cancel, move or reduce names the
 * number of the order it targets, which was resting at that moment.
 *
 * <p>Generating needs to know which orders still rest and what the best prices are, so the
 * generator replays each command into exchange-core's simple order book ({@code OrderBookNaiveImpl})
 * as it goes: that book is only the generator's bookkeeping, never a measured engine. Members are
 * split into buyers (even numbers, bids only) and sellers (odd numbers, asks only), so no order can
 * ever meet its own member's order: the engine's self-trade prevention never fires and both engines
 * do exactly the same matching.
 */
final class MixStream {

    static final byte GTC = 0;
    static final byte IOC = 1;
    static final byte CANCEL = 2;
    static final byte MOVE = 3;
    static final byte REDUCE = 4;

    static final long SEED = 20_261_207L;
    static final int MEMBERS = 1_000;
    static final int TARGET_RESTING = 1_000;
    static final int PREFILL = TARGET_RESTING;
    /** Timed commands per stream; one JMH invocation replays all of them. */
    static final int COMMANDS = 200_000;

    final int prefill;
    final byte[] type;
    /** true for a bid (buys YES), false for an ask (sells YES, which the engine books as a NO bid). */
    final boolean[] bid;
    /** The order placed (GTC, IOC) or targeted (CANCEL, MOVE, REDUCE). */
    final int[] order;
    final int[] member;
    /** Limit price of a new order, or the new price of a move, in cents; 0 otherwise. */
    final int[] priceCents;
    /** Contracts of a new order, or the contracts a reduce takes off; 0 otherwise. */
    final int[] size;
    /** How many orders the stream places in all (prefill included). */
    final int orders;
    /** Timed commands that traded at least once, and the mean resting orders over the timed part. */
    final int tradingCommands;
    final double meanResting;
    final int finalResting;

    private MixStream(int prefill, byte[] type, boolean[] bid, int[] order, int[] member, int[] priceCents,
            int[] size, int orders, int tradingCommands, double meanResting, int finalResting) {
        this.prefill = prefill;
        this.type = type;
        this.bid = bid;
        this.order = order;
        this.member = member;
        this.priceCents = priceCents;
        this.size = size;
        this.orders = orders;
        this.tradingCommands = tradingCommands;
        this.meanResting = meanResting;
        this.finalResting = finalResting;
    }

    /** The stream every benchmark uses, generated once per JVM. */
    static MixStream standard() {
        return Standard.STREAM;
    }

    private static final class Standard {
        static final MixStream STREAM = generate(SEED, PREFILL, COMMANDS);
    }

    int length() {
        return type.length;
    }

    /** How many of the timed commands have {@code kind}. */
    int count(byte kind) {
        int n = 0;
        for (int i = prefill; i < type.length; i++) {
            if (type[i] == kind) {
                n++;
            }
        }
        return n;
    }

    /** A symbol with no fees and no risk checks for the generator's bookkeeping book. */
    static CoreSymbolSpecification symbol() {
        return CoreSymbolSpecification.builder().symbolId(1).type(SymbolType.FUTURES_CONTRACT).baseCurrency(1)
                .quoteCurrency(2).baseScaleK(1).quoteScaleK(1).takerFee(0).makerFee(0).marginBuy(0).marginSell(0)
                .build();
    }

    static MixStream generate(long seed, int prefill, int commands) {
        return new Generator(seed, prefill, commands).run();
    }

    /** Builds the stream against a bookkeeping book, one command at a time. */
    private static final class Generator {

        private final SplittableRandom random;
        private final int prefill;
        private final int total;
        private final byte[] type;
        private final boolean[] bid;
        private final int[] order;
        private final int[] member;
        private final int[] priceCents;
        private final int[] size;
        private final IOrderBook book = new OrderBookNaiveImpl(symbol(), LoggingConfiguration.DEFAULT);
        private final OrderCommand cmd = new OrderCommand();
        /** Orders that rested when last seen; some may have filled since (dropped when next picked). */
        private int[] live = new int[4_096];
        private int liveSize;
        private int nextOrder;

        Generator(long seed, int prefill, int commands) {
            this.random = new SplittableRandom(seed);
            this.prefill = prefill;
            this.total = prefill + commands;
            type = new byte[total];
            bid = new boolean[total];
            order = new int[total];
            member = new int[total];
            priceCents = new int[total];
            size = new int[total];
        }

        MixStream run() {
            int trading = 0;
            long restingSum = 0;
            for (int i = 0; i < total; i++) {
                boolean timed = i >= prefill;
                int roll = timed ? random.nextInt(100) : 0;
                if (roll < 13 || restingCount() == 0) {
                    place(i, GTC, timed && aggressive());
                } else if (roll < 15) {
                    place(i, IOC, true);
                } else if (roll < 22) {
                    target(i, CANCEL);
                } else if (roll < 93) {
                    move(i);
                } else {
                    reduce(i);
                }
                CommandResultCode result = apply(i);
                if (result != CommandResultCode.SUCCESS) {
                    throw new IllegalStateException("generated command " + i + " was refused: " + result);
                }
                if (timed) {
                    if (traded(cmd.matcherEvent)) {
                        trading++;
                    }
                    restingSum += restingCount();
                }
            }
            return new MixStream(prefill, type, bid, order, member, priceCents, size, nextOrder, trading,
                    restingSum / (double) (total - prefill), restingCount());
        }

        /** Crossing more often when the book is above its target size keeps it near 1,000 orders. */
        private boolean aggressive() {
            double p = 0.04 + (restingCount() - TARGET_RESTING) / 1_000.0;
            return random.nextDouble() < Math.max(0.0, Math.min(0.5, p));
        }

        private int restingCount() {
            return book.getOrdersNum(OrderAction.BID) + book.getOrdersNum(OrderAction.ASK);
        }

        private void place(int i, byte kind, boolean crossing) {
            boolean isBid = random.nextBoolean();
            type[i] = kind;
            bid[i] = isBid;
            order[i] = nextOrder++;
            member[i] = 2 * random.nextInt(MEMBERS / 2) + (isBid ? 0 : 1);
            priceCents[i] = price(isBid, crossing);
            size[i] = 1 + random.nextInt(10);
            if (liveSize == live.length) {
                live = java.util.Arrays.copyOf(live, live.length * 2);
            }
            // IOCs never rest, and a crossing GTC may fill at once; both are dropped when next picked.
            live[liveSize++] = order[i];
        }

        private void target(int i, byte kind) {
            int picked = pickLive();
            IOrder o = book.getOrderById(picked + 1L);
            type[i] = kind;
            bid[i] = o.getAction() == OrderAction.BID;
            order[i] = picked;
            member[i] = (int) o.getUid() - 1;
        }

        private void move(int i) {
            target(i, MOVE);
            long current = book.getOrderById(order[i] + 1L).getPrice();
            int price = price(bid[i], aggressive());
            if (price == current) {
                price = bid[i] ? (price == 1 ? 2 : price - 1) : (price == 99 ? 98 : price + 1);
            }
            priceCents[i] = price;
        }

        private void reduce(int i) {
            target(i, REDUCE);
            IOrder o = book.getOrderById(order[i] + 1L);
            long remaining = o.getSize() - o.getFilled();
            // At least one contract stays: a reduction, not a cancel in disguise (remaining 1 cancels).
            size[i] = remaining <= 1 ? 1 : 1 + random.nextInt((int) remaining - 1);
        }

        /** A live order picked uniformly; orders that have since filled are dropped on the way. */
        private int pickLive() {
            while (true) {
                int index = random.nextInt(liveSize);
                int candidate = live[index];
                if (book.getOrderById(candidate + 1L) != null) {
                    return candidate;
                }
                live[index] = live[--liveSize];
            }
        }

        /**
         * A passive price sits behind the best opposite price by a random distance (most orders near
         * the touch, a tail out to 45 cents); a crossing one reaches the best opposite price or one
         * cent through it.
         */
        private int price(boolean isBid, boolean crossing) {
            L2MarketData top = book.getL2MarketDataSnapshot(1);
            long bestAsk = top.askSize > 0 ? top.askPrices[0] : 0;
            long bestBid = top.bidSize > 0 ? top.bidPrices[0] : 0;
            long p;
            if (crossing && isBid && bestAsk > 0) {
                p = bestAsk + random.nextInt(2);
            } else if (crossing && !isBid && bestBid > 0) {
                p = bestBid - random.nextInt(2);
            } else {
                int distance = (int) Math.min(45, Math.floor(-Math.log(1.0 - random.nextDouble()) * 10));
                p = isBid ? Math.min(bestAsk > 0 ? bestAsk - 1 : 50, 50) - distance
                        : Math.max(bestBid > 0 ? bestBid + 1 : 51, 51) + distance;
            }
            return (int) Math.max(1, Math.min(99, p));
        }

        private CommandResultCode apply(int i) {
            ExchangeCoreDriver.fill(cmd, type[i], bid[i], order[i], member[i], priceCents[i], size[i], i);
            return IOrderBook.processCommand(book, cmd);
        }

        private static boolean traded(MatcherTradeEvent event) {
            for (MatcherTradeEvent e = event; e != null; e = e.nextEvent) {
                if (e.eventType == MatcherEventType.TRADE) {
                    return true;
                }
            }
            return false;
        }
    }
}
