package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import java.util.List;

/**
 * The best YES bid and ask of one market without the market maker's own quotes, in Price units
 * and Count hundredths: what it values and quotes around, so it never chases its own orders.
 * Mutable and reused for every book update, so reading a book allocates nothing.
 */
final class TopOfBook {

    boolean hasBid;
    long bidUnits;
    long bidSize;
    boolean hasAsk;
    /** The YES ask: 1 - the best NO bid. */
    long askUnits;
    long askSize;

    /** Reads {@code book}'s top levels, taking {@code ownBid} and {@code ownAsk}'s remaining size off them. */
    void read(BookView book, QuoteSlot ownBid, QuoteSlot ownAsk) {
        hasBid = false;
        List<BookLevel> yes = book.yesBids();
        for (int i = 0; i < yes.size(); i++) {
            BookLevel level = yes.get(i);
            long price = level.price().units();
            long size = level.size().hundredths() - (ownBid.rests() && ownBid.priceUnits == price ? ownBid.remaining : 0);
            if (size > 0) {
                hasBid = true;
                bidUnits = price;
                bidSize = size;
                break;
            }
        }
        hasAsk = false;
        List<BookLevel> no = book.noBids();
        for (int i = 0; i < no.size(); i++) {
            BookLevel level = no.get(i);
            // A YES ask at p rests as a NO bid at 1 - p.
            long yesPrice = Price.SCALE - level.price().units();
            long size = level.size().hundredths() - (ownAsk.rests() && ownAsk.priceUnits == yesPrice ? ownAsk.remaining : 0);
            if (size > 0) {
                hasAsk = true;
                askUnits = yesPrice;
                askSize = size;
                break;
            }
        }
    }

    /**
     * The microprice, in Price units rounded down: the bid and ask weighted by the size on the
     * opposite side ({@code (bid x askSize + ask x bidSize) / (bidSize + askSize)}), so it leans
     * toward the side about to be taken out; {@link MarketMaker#NONE} without both sides.
     */
    long micropriceUnits() {
        if (!hasBid || !hasAsk) {
            return MarketMaker.NONE;
        }
        long weighted = Math.addExact(Math.multiplyExact(bidUnits, askSize), Math.multiplyExact(askUnits, bidSize));
        return Math.floorDiv(weighted, Math.addExact(bidSize, askSize));
    }
}
