package dev.kalshisim.data.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.*;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A replay log's records as {@link MarketEvent}s again, the snapshots reassembled: the slow,
 * allocating way to read a log, for tools, tests and anything that wants the event records.
 */
public final class ReplayEventReader implements Iterator<MarketEvent> {

    private final ReplayLog log;
    private final ReplayCursor cursor;
    private MarketEvent next;

    ReplayEventReader(ReplayLog log) {
        this.log = log;
        this.cursor = log.cursor();
    }

    @Override
    public boolean hasNext() {
        if (next == null && cursor.next()) {
            next = decode();
        }
        return next != null;
    }

    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MarketEvent event = next;
        next = null;
        return event;
    }

    private MarketEvent decode() {
        int kind = cursor.kind();
        String ticker = log.ticker(cursor.marketIndex());
        long recv = cursor.recvNanos();
        long exchange = cursor.exchangeNanos();
        return switch (kind) {
            case ReplayKind.SNAPSHOT_BEGIN -> snapshot(ticker);
            case ReplayKind.DELTA -> new BookDelta(recv, exchange, ticker, cursor.sid(), cursor.seq(), side(),
                    Price.ofUnits(cursor.priceUnits()), Count.ofHundredths(cursor.quantity()));
            case ReplayKind.TRADE -> new TradePrint(recv, exchange, ticker, log.string(cursor.tradeIdRef()),
                    Price.ofUnits(cursor.priceUnits()), Count.ofHundredths(cursor.quantity()), side());
            case ReplayKind.TICKER -> new TickerQuote(recv, exchange, ticker, price(cursor.priceUnits()),
                    price(cursor.yesAskUnits()), price(cursor.lastPriceUnits()), count(cursor.quantity()),
                    count(cursor.quantity2()));
            case ReplayKind.STATUS -> new MarketStatusChange(recv, exchange, ticker, log.string(cursor.eventTypeRef()),
                    log.string(cursor.resultRef()));
            default -> throw corrupt("a " + ReplayKind.name(kind) + " record where an event starts");
        };
    }

    private BookSnapshot snapshot(String ticker) {
        long recv = cursor.recvNanos();
        long exchange = cursor.exchangeNanos();
        long sid = cursor.sid();
        long seq = cursor.seq();
        List<Level> yes = new ArrayList<>();
        List<Level> no = new ArrayList<>();
        while (true) {
            if (!cursor.next()) {
                throw corrupt("a snapshot without its end");
            }
            int kind = cursor.kind();
            if (kind == ReplayKind.SNAPSHOT_END) {
                return new BookSnapshot(recv, exchange, ticker, sid, seq, yes, no);
            }
            if (kind != ReplayKind.SNAPSHOT_LEVEL) {
                throw corrupt("a " + ReplayKind.name(kind) + " record inside a snapshot");
            }
            Level level = new Level(Price.ofUnits(cursor.priceUnits()), Count.ofHundredths(cursor.quantity()));
            (cursor.side() == SIDE_YES ? yes : no).add(level);
        }
    }

    private OutcomeSide side() {
        return switch (cursor.side()) {
            case SIDE_YES -> OutcomeSide.YES;
            case SIDE_NO -> OutcomeSide.NO;
            default -> null;
        };
    }

    private static Price price(long units) {
        return units == NO_PRICE ? null : Price.ofUnits(units);
    }

    private static Count count(long hundredths) {
        return hundredths == NO_QUANTITY ? null : Count.ofHundredths(hundredths);
    }

    private ReplayLogException corrupt(String what) {
        return new ReplayLogException(log.file() + ": corrupt: record " + cursor.index() + " is " + what);
    }
}
