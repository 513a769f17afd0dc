package dev.kalshisim.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.testkit.RecordingStrategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest end to end on constructed recordings: latency, rate limits, queues, settlement, determinism. */
class BacktestTest {

    private static final String MARKET = "KXTEST-26JAN02-T50";

    @TempDir
    Path dir;

    /** Keeps every journal entry. */
    static final class Entries implements BacktestJournal {
        final List<BacktestEntry> all = new ArrayList<>();

        @Override
        public void record(BacktestEntry entry) {
            all.add(entry);
        }

        <T extends BacktestEntry> List<T> of(Class<T> kind) {
            List<T> out = new ArrayList<>();
            for (BacktestEntry entry : all) {
                if (kind.isInstance(entry)) {
                    out.add(kind.cast(entry));
                }
            }
            return out;
        }
    }

    private BacktestResult run(ReplayLog log, RecordingStrategy strategy, Entries entries,
            java.util.function.UnaryOperator<BacktestConfig> tune) {
        BacktestConfig config = tune.apply(BacktestConfig.defaults(log, strategy, "test")
                .withLatency(BacktestConfig.Latency.none()).withQueueModel("conservative"));
        return Backtest.run(config, entries, BacktestProgress.NONE);
    }

    /** A strategy that submits {@code order} when its timer fires at {@code atMs} after the recording's start. */
    private static RecordingStrategy submitAt(long atMs, OrderRequest... orders) {
        RecordingStrategy strategy = new RecordingStrategy();
        strategy.onStart(context -> {
            context.subscribe(List.of(MARKET));
            context.scheduleTimer("go", Recordings.at(atMs));
        });
        strategy.onEvent((context, event) -> {
            if (event instanceof TimerEvent) {
                for (OrderRequest order : orders) {
                    context.submit(order);
                }
            }
        });
        return strategy;
    }

    @Test
    void anOrderSentAtTMeetsTheBookOfTPlusTheEntryLatency() throws Exception {
        // The ask is 60c until 1 s, then 62c: an order sent at 990 ms meets 60c with no latency and
        // 62c with 25 ms of entry latency.
        ReplayLog log = Recordings.of(MARKET)
                .snapshot(0, new long[] {40, 10}, new long[] {40, 5})
                .delta(1_000, OutcomeSide.NO, 40, -5)
                .delta(1_000, OutcomeSide.NO, 38, 5)
                .delta(60_000, OutcomeSide.YES, 40, 1)
                .write(dir.resolve("latency"));
        OrderRequest buy = OrderRequest.bid(MARKET, Price.ofCents(62), Count.ofContracts(5));

        Entries instant = new Entries();
        run(log, submitAt(990, buy), instant, config -> config);
        Entries delayed = new Entries();
        run(log, submitAt(990, buy), delayed, config -> config.withLatency(
                new BacktestConfig.Latency(25 * Recordings.MS, 0, 0, 0, 0, 0)));

        assertThat(instant.of(BacktestEntry.Fill.class)).extracting(BacktestEntry.Fill::price)
                .containsExactly(Price.ofCents(60));
        assertThat(delayed.of(BacktestEntry.Fill.class)).extracting(BacktestEntry.Fill::price)
                .containsExactly(Price.ofCents(62));
        assertThat(delayed.of(BacktestEntry.Fill.class).get(0).tsNanos()).isEqualTo(Recordings.at(1_015));
    }

    @Test
    void withPacingOnABurstWaitsForTokensAndIsNeverAnswered429() throws Exception {
        ReplayLog log = quietBook("paced");
        // Basic tier: 100 write tokens, refilled at 100 a second; an order costs 10.
        RecordingStrategy strategy = submitAt(1_000, bids(15));

        Entries entries = new Entries();
        BacktestResult result = run(log, strategy, entries, config -> config.withPacing(true));

        assertThat(result.rejections429()).isZero();
        assertThat(result.orders()).isEqualTo(15);
        // Ten go at once, then one every 100 ms: the last waits 500 ms.
        List<BacktestEntry.Tokens> creates = creates(entries);
        assertThat(creates).hasSize(15);
        assertThat(creates.get(14).waitNanos()).isEqualTo(500 * Recordings.MS);
        assertThat(result.waitNanos()).isEqualTo((100 + 200 + 300 + 400 + 500) * Recordings.MS);
        assertThat(result.tokensByEndpoint()).containsEntry("POST /trade-api/v2/portfolio/events/orders", 150L);
    }

    @Test
    void withPacingOffTheBurstBeyondTheBucketIsAnswered429WithTheExactWait() throws Exception {
        ReplayLog log = quietBook("unpaced");
        RecordingStrategy strategy = submitAt(1_000, bids(15));

        Entries entries = new Entries();
        BacktestResult result = run(log, strategy, entries, config -> config.withPacing(false));

        assertThat(result.orders()).isEqualTo(10);
        assertThat(result.rejections429()).isEqualTo(5);
        List<BacktestEntry.Rejection> refused = entries.of(BacktestEntry.Rejection.class);
        assertThat(refused).hasSize(5).allSatisfy(rejection -> {
            assertThat(rejection.code()).isEqualTo("too_many_requests");
            assertThat(rejection.httpStatus()).isEqualTo(429);
            // The bucket is empty; 10 tokens refill in 100 ms.
            assertThat(rejection.retryAfterNanos()).isEqualTo(100 * Recordings.MS);
        });
        assertThat(result.waitNanos()).isZero();
    }

    @Test
    void anOrderAtTheBackOfALevelFillsOnlyAfterTheQuantityAheadTrades() throws Exception {
        // 10 contracts bid at 50c ahead of the strategy's 2; prints of 6 then 6 sold at 50c.
        ReplayLog log = Recordings.of(MARKET)
                .snapshot(0, new long[] {50, 10}, new long[] {40, 10})
                .trade(2_000, 50, 6, OutcomeSide.NO)
                .delta(2_000, OutcomeSide.YES, 50, -6)
                .trade(3_000, 50, 6, OutcomeSide.NO)
                .delta(3_000, OutcomeSide.YES, 50, -4)
                .delta(60_000, OutcomeSide.YES, 49, 1)
                .write(dir.resolve("queue"));

        Entries entries = new Entries();
        run(log, submitAt(1_000, OrderRequest.bid(MARKET, Price.ofCents(50), Count.ofContracts(2))), entries,
                config -> config);

        List<BacktestEntry.Fill> fills = entries.of(BacktestEntry.Fill.class);
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).tsNanos()).isEqualTo(Recordings.at(3_000));
        assertThat(fills.get(0).count()).isEqualTo(Count.ofContracts(2));
        assertThat(fills.get(0).taker()).isFalse();
        assertThat(fills.get(0).price()).isEqualTo(Price.ofCents(50));
    }

    @Test
    void aMarketSettlesAtItsRecordedResult() throws Exception {
        ReplayLog log = Recordings.of(MARKET)
                .snapshot(0, new long[] {55, 10}, new long[] {40, 10})
                .status(10_000, "determined", "yes")
                .write(dir.resolve("settle"));

        Entries entries = new Entries();
        BacktestResult result = run(log, submitAt(1_000,
                OrderRequest.bid(MARKET, Price.ofCents(60), Count.ofContracts(5))), entries, config -> config);

        BacktestEntry.Fill fill = entries.of(BacktestEntry.Fill.class).get(0);
        assertThat(fill.price()).isEqualTo(Price.ofCents(60));
        assertThat(fill.taker()).isTrue();
        List<BacktestEntry.Settlement> settlements = entries.of(BacktestEntry.Settlement.class);
        assertThat(settlements).hasSize(1);
        assertThat(settlements.get(0).result()).isEqualTo("yes");
        assertThat(settlements.get(0).payout()).isEqualTo(Money.ofDollars(5));
        // Bought 5 at 60c, paid $1 each: $2 less the taker fee.
        assertThat(result.pnl()).isEqualTo(Money.ofDollars(2).minus(result.fees()));
        assertThat(result.fees().isPositive()).isTrue();
    }

    @Test
    void aRecordedLevelOffTheMarketsGridIsNotOfferedAndTheResultSaysSo() throws Exception {
        // No metadata, so the market trades on whole cents; the recorded NO bid at $0.4050 (a YES ask
        // at $0.5950) cannot be placed there, and the order takes only the 60c ask behind it.
        ReplayLog log = Recordings.of(MARKET)
                .snapshotUnits(0, new long[] {3_000, 10}, new long[] {4_050, 5, 4_000, 5})
                .delta(60_000, OutcomeSide.YES, 29, 1)
                .write(dir.resolve("off-grid"));

        Entries entries = new Entries();
        BacktestResult result = run(log, submitAt(1_000,
                OrderRequest.bid(MARKET, Price.ofCents(62), Count.ofContracts(10))), entries, config -> config);

        assertThat(result.unofferedLevels()).isEqualTo(1);
        assertThat(entries.of(BacktestEntry.Fill.class)).extracting(BacktestEntry.Fill::price, BacktestEntry.Fill::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Price.ofCents(60), Count.ofContracts(5)));
        assertThat(result.unmatchedFills()).isZero();
    }

    @Test
    void theSameRecordingStrategyAndSeedGiveTheSameEntries() throws Exception {
        ReplayLog log = Recordings.of(MARKET)
                .snapshot(0, new long[] {50, 10, 49, 20}, new long[] {48, 10, 47, 20})
                .trade(2_000, 50, 4, OutcomeSide.NO)
                .delta(2_000, OutcomeSide.YES, 50, -7)
                .trade(3_000, 52, 3, OutcomeSide.YES)
                .delta(3_000, OutcomeSide.NO, 48, -3)
                .trade(4_000, 50, 12, OutcomeSide.NO)
                .delta(4_000, OutcomeSide.YES, 50, -3)
                .delta(5_000, OutcomeSide.YES, 50, 8)
                .trade(6_000, 50, 9, OutcomeSide.NO)
                .write(dir.resolve("determinism"));
        OrderRequest[] orders = {OrderRequest.bid(MARKET, Price.ofCents(50), Count.ofContracts(3)),
                OrderRequest.ask(MARKET, Price.ofCents(52), Count.ofContracts(3))};

        Entries first = new Entries();
        Entries second = new Entries();
        BacktestResult one = run(log, submitAt(1_000, orders), first,
                config -> config.withQueueModel("probabilistic").withLatency(
                        BacktestConfig.Latency.uniform(25 * Recordings.MS, 10 * Recordings.MS)).withSeed(7));
        BacktestResult two = run(log, submitAt(1_000, orders), second,
                config -> config.withQueueModel("probabilistic").withLatency(
                        BacktestConfig.Latency.uniform(25 * Recordings.MS, 10 * Recordings.MS)).withSeed(7));

        assertThat(first.all).isNotEmpty().isEqualTo(second.all);
        assertThat(one.pnl()).isEqualTo(two.pnl());
        assertThat(first.of(BacktestEntry.Fill.class)).isNotEmpty();
    }

    private ReplayLog quietBook(String name) throws Exception {
        return Recordings.of(MARKET)
                .snapshot(0, new long[] {40, 10}, new long[] {40, 10})
                .delta(30_000, OutcomeSide.YES, 39, 1)
                .write(dir.resolve(name));
    }

    private static OrderRequest[] bids(int count) {
        OrderRequest[] orders = new OrderRequest[count];
        for (int i = 0; i < count; i++) {
            orders[i] = OrderRequest.bid(MARKET, Price.ofCents(10 + i), Count.ofContracts(1));
        }
        return orders;
    }

    private static List<BacktestEntry.Tokens> creates(Entries entries) {
        List<BacktestEntry.Tokens> creates = new ArrayList<>();
        for (BacktestEntry.Tokens tokens : entries.of(BacktestEntry.Tokens.class)) {
            if (tokens.endpoint().equals("POST /trade-api/v2/portfolio/events/orders")) {
                creates.add(tokens);
            }
        }
        return creates;
    }
}
