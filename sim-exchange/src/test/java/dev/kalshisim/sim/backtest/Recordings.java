package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TradePrint;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Constructed recordings for the backtest's tests: market events in receive order, written as a
 * real replay log. Times are offsets in milliseconds from {@link #T0}; prices are cents, sizes
 * whole contracts.
 */
final class Recordings {

    /** The recordings' first receive time: 2026-01-02T15:00:00Z. */
    static final long T0 = 1_767_366_000_000_000_000L;
    static final long MS = 1_000_000L;

    private final String ticker;
    private final List<MarketEvent> events = new ArrayList<>();
    private long seq;

    private Recordings(String ticker) {
        this.ticker = ticker;
    }

    static Recordings of(String ticker) {
        return new Recordings(ticker);
    }

    /** A snapshot at {@code atMs}: YES bids and NO bids as alternating cents, contracts. */
    Recordings snapshot(long atMs, long[] yesBids, long[] noBids) {
        events.add(new BookSnapshot(at(atMs), at(atMs), ticker, 1, ++seq, levels(yesBids), levels(noBids)));
        return this;
    }

    /** A snapshot at {@code atMs} with prices in units of $0.0001 (for sub-cent levels). */
    Recordings snapshotUnits(long atMs, long[] yesBids, long[] noBids) {
        events.add(new BookSnapshot(at(atMs), at(atMs), ticker, 1, ++seq, unitLevels(yesBids), unitLevels(noBids)));
        return this;
    }

    /** A delta at {@code atMs} on {@code side}'s own leg. */
    Recordings delta(long atMs, OutcomeSide side, long cents, long contracts) {
        events.add(new BookDelta(at(atMs), at(atMs), ticker, 1, ++seq, side, Price.ofCents(cents),
                Count.ofContracts(contracts)));
        return this;
    }

    /** A trade at {@code atMs}: YES price in cents, the taker buying {@code takerSide}. */
    Recordings trade(long atMs, long yesCents, long contracts, OutcomeSide takerSide) {
        events.add(new TradePrint(at(atMs), at(atMs), ticker, "trade-" + events.size(), Price.ofCents(yesCents),
                Count.ofContracts(contracts), takerSide));
        return this;
    }

    /** A lifecycle message at {@code atMs}. */
    Recordings status(long atMs, String eventType, String result) {
        events.add(new MarketStatusChange(at(atMs), at(atMs), ticker, eventType, result));
        return this;
    }

    /** Writes the events as a replay log in {@code dir} and opens it. */
    ReplayLog write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("events.replay");
        try (ReplayLogWriter writer = ReplayLogWriter.create(file, new byte[32])) {
            for (MarketEvent event : events) {
                writer.messageRead();
                writer.append(event);
            }
            writer.finish();
        }
        return ReplayLog.open(file);
    }

    static long at(long ms) {
        return T0 + ms * MS;
    }

    private static List<Level> unitLevels(long[] pairs) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            levels.add(new Level(Price.ofUnits(pairs[i]), Count.ofContracts(pairs[i + 1])));
        }
        return levels;
    }

    private static List<Level> levels(long[] pairs) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            levels.add(new Level(Price.ofCents(pairs[i]), Count.ofContracts(pairs[i + 1])));
        }
        return levels;
    }
}
