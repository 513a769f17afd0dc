package dev.kalshisim.sim.replay;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A constructed market, written as a real replay log and replayed through a fill model's
 * {@code apply(ReplayCursor)}, with the strategy's actions ({@code then}) run between records.
 * One market, {@link #TICKER}, index 0; prices in Price units, sizes in contracts.
 */
final class ReplayScript {

    static final String TICKER = "KXTEST-26DEC-T1";
    static final int MARKET = 0;
    private static final long START = 1_765_000_000_000_000_000L;
    private static final long STEP = 1_000_000L;

    private final List<MarketEvent> events = new ArrayList<>();
    private final Map<Long, List<Consumer<FillModel>>> actions = new HashMap<>();
    private long records;
    private long now = START;
    private long seq;
    private int trades;

    /** A fill the model reported, and how many records had been applied when it did. */
    record Fill(String orderId, long hundredths, long afterRecords) {
    }

    static Level level(long units, long contracts) {
        return new Level(Price.ofUnits(units), Count.ofContracts(contracts));
    }

    ReplayScript snapshot(List<Level> yes, List<Level> no) {
        now += STEP;
        events.add(new BookSnapshot(now, now, TICKER, 1, ++seq, yes, no));
        records += 2 + yes.size() + no.size();
        return this;
    }

    ReplayScript delta(OutcomeSide side, long units, long contracts) {
        now += STEP;
        events.add(new BookDelta(now, now, TICKER, 1, ++seq, side, Price.ofUnits(units), Count.ofContracts(contracts)));
        records++;
        return this;
    }

    /** A trade at YES price {@code yesUnits}; {@code taker} null for an unknown taker. */
    ReplayScript trade(long yesUnits, long contracts, OutcomeSide taker) {
        now += STEP;
        events.add(new TradePrint(now, now, TICKER, "t-" + (++trades), Price.ofUnits(yesUnits),
                Count.ofContracts(contracts), taker));
        records++;
        return this;
    }

    /** Kalshi's pair for a trade: the print, then the maker level's delta. */
    ReplayScript tradeAndDelta(long yesUnits, long contracts, OutcomeSide taker) {
        trade(yesUnits, contracts, taker);
        OutcomeSide maker = taker == OutcomeSide.YES ? OutcomeSide.NO : OutcomeSide.YES;
        long levelUnits = maker == OutcomeSide.YES ? yesUnits : 10_000 - yesUnits;
        return delta(maker, levelUnits, -contracts);
    }

    ReplayScript ticker(Long yesBid, Long yesAsk) {
        now += STEP;
        events.add(new TickerQuote(now, now, TICKER, yesBid == null ? null : Price.ofUnits(yesBid),
                yesAsk == null ? null : Price.ofUnits(yesAsk), null, null, null));
        records++;
        return this;
    }

    /** Lets time pass before the next record. */
    ReplayScript after(long nanos) {
        now += nanos;
        return this;
    }

    /** Runs {@code action} on the model once every record so far has been applied. */
    ReplayScript then(Consumer<FillModel> action) {
        actions.computeIfAbsent(records, k -> new ArrayList<>()).add(action);
        return this;
    }

    /** Joins a resting order of {@code contracts} at the back of its level. */
    ReplayScript join(String id, OutcomeSide side, long units, long contracts) {
        int s = side == OutcomeSide.YES ? 1 : 2;
        return then(m -> m.joined(new FillModel.StrategyOrder(id, MARKET, s, (int) units, contracts * 100)));
    }

    List<Fill> run(FillModel model, Path dir) {
        Path file = dir.resolve("script-" + System.identityHashCode(this) + ".replay");
        try (ReplayLogWriter writer = ReplayLogWriter.create(file, new byte[32])) {
            for (MarketEvent e : events) {
                writer.messageRead();
                writer.append(e);
            }
            writer.finish();
        }
        List<Fill> fills = new ArrayList<>();
        ReplayLog log = ReplayLog.open(file);
        ReplayCursor cursor = log.cursor();
        long applied = 0;
        runActions(model, applied);
        while (cursor.next()) {
            long at = ++applied;
            model.apply(cursor, (id, q) -> fills.add(new Fill(id, q, at)));
            runActions(model, applied);
        }
        return fills;
    }

    private void runActions(FillModel model, long applied) {
        for (Consumer<FillModel> action : actions.getOrDefault(applied, List.of())) {
            action.accept(model);
        }
    }
}
