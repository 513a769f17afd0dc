package dev.kalshisim.bench;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.book.pricetime.NumberedBook;

/**
 * Replays a {@link MixStream} into the engine's price-time book alone ({@link NumberedBook}: the
 * book the engine's {@code OrderBook} runs on, plus a by-id index), in the units the engine uses:
 * a bid buys YES at its price, an ask buys NO at 1 - its price (Kalshi's two bid ladders); prices
 * in 1/10,000 dollar, sizes in hundredths of a contract. Order number n is id n + 1, member m is
 * owner m, so the book's self-match check runs on every fill (and never fires: buyers never sell).
 */
final class CoreBookDriver {

    private static final long CENT = Price.SCALE / 100;
    private static final long CONTRACT = 100;

    private final MixStream stream;
    final NumberedBook book = new NumberedBook(2 * MixStream.TARGET_RESTING);
    /** Commands the book answered "no such order"; must stay 0. */
    long refused;

    CoreBookDriver(MixStream stream) {
        this.stream = stream;
        for (int i = 0; i < stream.prefill; i++) {
            apply(i);
        }
    }

    /** Applies the stream's timed commands; returns the fills they produced (read from each command's log). */
    long runTimed() {
        long fills = 0;
        MixStream s = stream;
        for (int i = s.prefill; i < s.length(); i++) {
            apply(i);
            fills += book.fills().size();
        }
        return fills;
    }

    private void apply(int i) {
        MixStream s = stream;
        long id = s.order[i] + 1L;
        boolean bid = s.bid[i];
        switch (s.type[i]) {
            case MixStream.GTC, MixStream.IOC -> book.place(id, bid ? OutcomeSide.YES : OutcomeSide.NO,
                    legPrice(bid, s.priceCents[i]), s.size[i] * CONTRACT, s.member[i], s.type[i] == MixStream.IOC);
            case MixStream.CANCEL -> count(book.cancel(id));
            case MixStream.MOVE -> count(book.move(id, legPrice(bid, s.priceCents[i])));
            case MixStream.REDUCE -> count(book.reduce(id, s.size[i] * CONTRACT));
            default -> throw new IllegalArgumentException("command type " + s.type[i]);
        }
    }

    private void count(boolean applied) {
        if (!applied) {
            refused++;
        }
    }

    /** A YES price in cents on the order's own leg: itself for a bid, 1 - it for an ask (a NO bid). */
    private static long legPrice(boolean bid, int yesCents) {
        return (bid ? yesCents : 100 - yesCents) * CENT;
    }
}
