package dev.kalshisim.testkit;

import static org.assertj.core.api.Assertions.fail;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.runtime.VirtualClockLoop;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The runtime's contract on the test kit's in-memory venue, with the runner on a {@link
 * VirtualClockLoop}: one thread, virtual time, and nothing that blocks (a start that joined would
 * hang here).
 */
class TestVenueRuntimeContractTest extends RuntimeContractTest {

    private static final long MILLI = 1_000_000L;
    /** How far a run may be driven before the test gives up: ten virtual minutes. */
    private static final long PATIENCE_NANOS = 600_000 * MILLI;

    private final VirtualClock clock = new VirtualClock(StrategyTestKit.DEFAULT_START_NANOS);
    private final TestVenue venue = new TestVenue();

    @Override
    protected String openMarket() {
        return "KXCONTRACT-26JAN01-T50";
    }

    @Override
    protected StrategyRunner createRunner(Strategy strategy, RunnerSettings settings) {
        return new StrategyRunner("contract", strategy, StrategyParameters.empty(), venue,
                new VirtualClockLoop(clock), clock, settings);
    }

    @Override
    protected void fillAtVenue(OrderUpdate resting, Count count) {
        venue.fill(resting.orderId(), count);
    }

    @Override
    protected Refusal refusedOrder(String ticker) {
        venue.rejectCreates(Rejection.of("insufficient_balance", 400, "needs more collateral"));
        return new Refusal(OrderRequest.bid(ticker, Price.ofCents(99), Count.ofContracts(100_000)),
                "insufficient_balance", 400);
    }

    @Override
    protected void runUntil(BooleanSupplier condition, Supplier<String> what) {
        long deadline = clock.nowNanos() + PATIENCE_NANOS;
        clock.runDue();
        while (!condition.getAsBoolean()) {
            if (clock.nowNanos() >= deadline) {
                fail("not within ten virtual minutes: " + what.get());
            }
            clock.advanceBy(MILLI);
        }
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
