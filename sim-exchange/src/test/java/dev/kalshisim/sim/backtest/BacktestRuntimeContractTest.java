package dev.kalshisim.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.VirtualClockLoop;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.testkit.RecordingStrategy;
import dev.kalshisim.testkit.RuntimeContractTest;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's contract on the third venue: the backtest's, over a constructed recording on
 * virtual time. The recording rests bids at 10c and asks at 60c, far from the contract's 20c bid,
 * and prints one contract sold at 20c every hour: the "someone trades against the resting order"
 * of the contract is the next of those prints reaching the order's place at the front of 20c.
 */
class BacktestRuntimeContractTest extends RuntimeContractTest {

    private static final String MARKET = "KXCONTRACT-26JAN01-T50";
    private static final long HOUR_MS = 3_600_000L;
    private static final long PATIENCE_NANOS = 600_000 * Recordings.MS;

    @TempDir
    static Path dir;
    private static ReplayLog log;

    private BacktestWorld world;

    @BeforeAll
    static void writeRecording() throws Exception {
        Recordings recording = Recordings.of(MARKET).snapshot(0, new long[] {10, 100}, new long[] {40, 100});
        for (int hour = 1; hour <= 6; hour++) {
            recording.trade(hour * HOUR_MS, 20, 1, OutcomeSide.NO);
        }
        log = recording.write(dir.resolve("contract"));
    }

    @Override
    protected String openMarket() {
        BacktestConfig config = BacktestConfig.defaults(log, new RecordingStrategy(), "contract")
                .withQueueModel("conservative");
        world = new BacktestWorld(config, BacktestJournal.NONE, BacktestProgress.NONE);
        return MARKET;
    }

    @Override
    protected StrategyRunner createRunner(Strategy strategy, RunnerSettings settings) {
        return new StrategyRunner("contract", strategy, StrategyParameters.empty(), world.venue(),
                new VirtualClockLoop(world.clock()), world.clock(), settings);
    }

    @Override
    protected void fillAtVenue(OrderUpdate resting, Count count) {
        assertThat(count).as("the recording prints one contract at a time").isEqualTo(Count.ofContracts(1));
        assertThat(resting.yesPrice()).isEqualTo(Price.ofCents(20));
        long now = world.clock().nowNanos();
        long nextPrint = Recordings.T0 + ((now - Recordings.T0) / (HOUR_MS * Recordings.MS) + 1) * HOUR_MS * Recordings.MS;
        world.driver().advanceTo(nextPrint);
    }

    @Override
    protected Refusal refusedOrder(String ticker) {
        // 100,000 contracts at 99c need $99,000 of collateral; the account has $10,000.
        return new Refusal(OrderRequest.bid(ticker, Price.ofCents(99), Count.ofContracts(100_000)),
                "insufficient_balance", 400);
    }

    @Override
    protected void runUntil(BooleanSupplier condition, Supplier<String> what) {
        long deadline = world.clock().nowNanos() + PATIENCE_NANOS;
        world.driver().advanceTo(world.clock().nowNanos());
        while (!condition.getAsBoolean()) {
            if (world.clock().nowNanos() >= deadline) {
                fail("not within ten virtual minutes: " + what.get());
            }
            world.driver().advanceTo(world.clock().nowNanos() + Recordings.MS);
        }
    }

    @Override
    protected Clock clock() {
        return world.clock();
    }
}
