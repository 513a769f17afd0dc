package dev.kalshisim.sim.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.retention.Archived;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 store on its own: pages, filters, the row cap, and a data directory that survives a restart. */
class HistoryStoreTest {

    private static final Instant T0 = Instant.parse("2026-09-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aDiskStoreSurvivesARestartAndAnswersAsBefore() {
        HistoryConfig config = HistoryConfig.defaults().withDataDir(dir);
        Cutoffs cutoffs = new Cutoffs(Instant.EPOCH, T0.plusSeconds(10), T0.plusSeconds(5), Instant.EPOCH);
        try (HistoryStore store = HistoryStore.open(config)) {
            store.archive(batch(trades("MKT", 0, 3), cutoffs), ticker -> List.of());
        }
        try (HistoryStore reopened = HistoryStore.open(config)) {
            assertThat(reopened.cutoffs()).isEqualTo(cutoffs);
            HistoryStore.Page<Trade> page = reopened.trades(null, null, null, null, 10);
            assertThat(page.items()).extracting(Trade::tradeId).containsExactly("t2", "t1", "t0");
            assertThat(page.nextAfter()).isNull();
            assertThat(reopened.fills("alice", null, null, null, 10).items()).hasSize(3);
            assertThat(reopened.fills("bob", null, null, null, 10).items()).isEmpty();
        }
    }

    @Test
    void pagesGoNewestFirstWithFiltersAndEndWithNoCursor() {
        try (HistoryStore store = HistoryStore.open(HistoryConfig.defaults())) {
            store.archive(batch(trades("A", 0, 5), Cutoffs.NONE), ticker -> List.of());
            store.archive(batch(trades("B", 5, 2), Cutoffs.NONE), ticker -> List.of());
            HistoryStore.Page<Trade> first = store.trades("A", null, null, null, 2);
            assertThat(first.items()).extracting(Trade::tradeId).containsExactly("t4", "t3");
            HistoryStore.Page<Trade> second = store.trades("A", null, null, first.nextAfter(), 2);
            assertThat(second.items()).extracting(Trade::tradeId).containsExactly("t2", "t1");
            HistoryStore.Page<Trade> last = store.trades("A", null, null, second.nextAfter(), 2);
            assertThat(last.items()).extracting(Trade::tradeId).containsExactly("t0");
            assertThat(last.nextAfter()).isNull();
            long t2 = T0.plusSeconds(2).getEpochSecond() * 1_000_000_000L;
            assertThat(store.trades(null, t2, t2, null, 10).items()).extracting(Trade::tradeId).containsExactly("t2");
            assertThat(store.fills("alice", "B", null, null, 10).items()).extracting(Fill::tradeId)
                    .containsExactly("t6", "t5");
        }
    }

    @Test
    void theRowCapDropsTheOldestRows() {
        HistoryConfig config = HistoryConfig.defaults().withMemoryRows(4);
        try (HistoryStore store = HistoryStore.open(config)) {
            for (int i = 0; i < 5; i++) {
                store.archive(batch(trades("A", i * 2, 2), Cutoffs.NONE), ticker -> List.of());
            }
            assertThat(store.rows("trades")).isEqualTo(4);
            assertThat(store.rows("fills")).isEqualTo(8);
            assertThat(store.trades(null, null, null, null, 100).items()).extracting(Trade::tradeId)
                    .containsExactly("t9", "t8", "t7", "t6");
            store.clear();
            assertThat(store.rows("trades")).isZero();
            assertThat(store.cutoffs()).isEqualTo(Cutoffs.NONE);
        }
    }

    @Test
    void minuteBarsRoundTripExactly() {
        MinuteBar bar = new MinuteBar(MinuteBar.minuteEnd(T0.getEpochSecond()));
        bar.quote(4_000, 4_200, 1_500);
        bar.trade(Price.ofUnits(4_100), 300, Price.ofUnits(4_100).times(Count.ofHundredths(300)).micros());
        bar.quote(3_900, 4_300, 1_800);
        try (HistoryStore store = HistoryStore.open(HistoryConfig.defaults())) {
            store.archive(new Archived(List.of(), List.of(), List.of(), List.of(new Archived.ArchivedMarket(
                    market("A"), "SER", List.of())), Cutoffs.NONE), ticker -> List.of(bar));
            List<MinuteBar> back = store.bars("A");
            assertThat(back).hasSize(1);
            assertThat(back.get(0).toLongs()).containsExactly(bar.toLongs());
            assertThat(back.get(0).sums()).containsExactly(bar.sums());
            assertThat(store.market("A").ticker()).isEqualTo("A");
            assertThat(store.market("B")).isNull();
        }
    }

    @Test
    void theDefaultsKeepTheWindowSmallAndTheMemoryStoreCapped() {
        HistoryConfig defaults = HistoryConfig.defaults();
        assertThat(defaults.live()).isEqualTo(LiveWindow.defaults());
        assertThat(defaults.dataDir()).isNull();
        assertThat(defaults.rowCap()).isEqualTo(5_000);
        assertThat(defaults.withDataDir(dir).rowCap()).isEqualTo(5_000_000);
    }

    private static List<Trade> trades(String ticker, int from, int count) {
        List<Trade> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Price yes = Price.ofCents(40);
            out.add(new Trade("t" + i, ticker, Count.ofContracts(1), yes, yes.complement(), OutcomeSide.YES,
                    OutcomeSide.YES, dev.kalshisim.core.model.BookSide.BID, T0.plusSeconds(i), false));
        }
        return out;
    }

    private static Archived batch(List<Trade> trades, Cutoffs cutoffs) {
        List<Archived.MemberFill> fills = new ArrayList<>();
        for (Trade trade : trades) {
            fills.add(new Archived.MemberFill("alice", new Fill(trade.tradeId(), trade.tradeId(), "o-" + trade.tradeId(),
                    trade.ticker(), trade.ticker(), OutcomeSide.YES, dev.kalshisim.core.model.Action.BUY,
                    OutcomeSide.YES, dev.kalshisim.core.model.BookSide.BID, trade.countFp(), trade.yesPriceDollars(),
                    trade.noPriceDollars(), true, trade.createdTime(), dev.kalshisim.core.model.Money.ZERO, 0,
                    trade.createdTime().getEpochSecond(), 0)));
        }
        return new Archived(trades, fills, List.of(), List.of(), cutoffs);
    }

    private static dev.kalshisim.core.model.Market market(String ticker) {
        // A real market view, taken from an engine: the simplest way to get every field right.
        var exchange = new dev.kalshisim.sim.engine.MatchingExchange(new dev.kalshisim.core.time.VirtualClock(0));
        exchange.createSeries(dev.kalshisim.sim.engine.catalog.SeriesSpec.of("SER", dev.kalshisim.core.model.FeeType.QUADRATIC))
                .orElseThrow();
        exchange.createEvent(dev.kalshisim.sim.engine.catalog.EventSpec.of("EV", "SER")).orElseThrow();
        return exchange.createMarket(dev.kalshisim.sim.engine.catalog.MarketSpec.of(ticker, "EV", Instant.EPOCH,
                T0)).orElseThrow();
    }
}
