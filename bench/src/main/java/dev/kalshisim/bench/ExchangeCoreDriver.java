package dev.kalshisim.bench;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;
import exchange.core2.core.orderbook.OrderBookNaiveImpl;

/**
 * Replays a {@link MixStream} into one exchange-core order book through {@link IOrderBook#processCommand},
 * the call exchange-core's matching stage makes for each command on its ring buffer: one reused
 * {@link OrderCommand} is filled in per command, as a ring-buffer slot would be. Order number n is
 * exchange-core order id n + 1, member m is uid m + 1.
 */
final class ExchangeCoreDriver {

    /** exchange-core's two books: "direct" (its fast one: ART trees, pooled orders) and "naive" (tree maps). */
    enum Impl { DIRECT, NAIVE }

    private final IOrderBook book;
    private final OrderCommand cmd = new OrderCommand();
    private final MixStream stream;
    /** Commands exchange-core answered with anything but SUCCESS; must stay 0. */
    long refused;

    ExchangeCoreDriver(Impl impl, MixStream stream) {
        this.stream = stream;
        this.book = impl == Impl.DIRECT
                ? new OrderBookDirectImpl(MixStream.symbol(), ObjectsPool.createDefaultTestPool(),
                        OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER, LoggingConfiguration.DEFAULT)
                : new OrderBookNaiveImpl(MixStream.symbol(), LoggingConfiguration.DEFAULT);
        for (int i = 0; i < stream.prefill; i++) {
            apply(i);
        }
    }

    IOrderBook book() {
        return book;
    }

    /** Applies the stream's timed commands; returns the number of trade and reduce events they produced. */
    long runTimed() {
        long events = 0;
        MixStream s = stream;
        for (int i = s.prefill; i < s.length(); i++) {
            apply(i);
            // The matcher's output is an event chain on the command; walking it is what the next stage would do.
            for (var e = cmd.matcherEvent; e != null; e = e.nextEvent) {
                events++;
            }
        }
        return events;
    }

    private void apply(int i) {
        MixStream s = stream;
        fill(cmd, s.type[i], s.bid[i], s.order[i], s.member[i], s.priceCents[i], s.size[i], i);
        if (IOrderBook.processCommand(book, cmd) != CommandResultCode.SUCCESS) {
            refused++;
        }
    }

    /** Writes stream command {@code i} into {@code cmd}, clearing what the previous command left there. */
    static void fill(OrderCommand cmd, byte type, boolean bid, int order, int member, int priceCents, int size, long i) {
        cmd.orderId = order + 1L;
        cmd.uid = member + 1L;
        cmd.symbol = 1;
        cmd.timestamp = i;
        cmd.matcherEvent = null;
        cmd.marketData = null;
        cmd.resultCode = CommandResultCode.VALID_FOR_MATCHING_ENGINE;
        cmd.action = bid ? OrderAction.BID : OrderAction.ASK;
        switch (type) {
            case MixStream.GTC, MixStream.IOC -> {
                cmd.command = OrderCommandType.PLACE_ORDER;
                cmd.orderType = type == MixStream.GTC ? OrderType.GTC : OrderType.IOC;
                cmd.price = priceCents;
                cmd.reserveBidPrice = priceCents;
                cmd.size = size;
            }
            case MixStream.CANCEL -> cmd.command = OrderCommandType.CANCEL_ORDER;
            case MixStream.MOVE -> {
                cmd.command = OrderCommandType.MOVE_ORDER;
                cmd.price = priceCents;
            }
            case MixStream.REDUCE -> {
                cmd.command = OrderCommandType.REDUCE_ORDER;
                cmd.size = size;
            }
            default -> throw new IllegalArgumentException("command type " + type);
        }
    }
}
