package dev.kalshisim.junit5;

import static org.assertj.core.api.Assertions.fail;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunnerSettings;
import dev.kalshisim.core.runtime.StrategyRunner;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import dev.kalshisim.kalshi.live.KalshiVenue;
import dev.kalshisim.kalshi.live.LiveRunner;
import dev.kalshisim.testkit.RuntimeContractTest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime's contract on the live venue: the Kalshi client and WebSocket client ({@link
 * KalshiVenue}) against a real simulator on a loopback port, wired as the {@code run} command wires
 * it ({@link LiveRunner}: a threaded loop on the wall clock). Each test trades in a market and an
 * account of its own; another account takes the other side when the venue must fill.
 *
 * <p>Named {@code ...IT}: it opens sockets.
 */
@KalshiSimulatorTest
@Timeout(60)
class LiveRuntimeContractIT extends RuntimeContractTest {

    private static final long PATIENCE_NANOS = 20_000_000_000L;
    private static final long POLL_NANOS = 2_000_000L;

    /** One simulator serves the whole class; each test gets the next market. */
    private static final AtomicInteger MARKETS = new AtomicInteger();

    private KalshiSim sim;
    private SimAccount account;

    @BeforeEach
    void simulator(KalshiSim value) {
        sim = value;
    }

    @Override
    protected String openMarket() {
        String ticker = "KXCONTRACT-26JAN01-T" + MARKETS.incrementAndGet();
        sim.createMarket(ticker);
        account = sim.createAccount();
        return ticker;
    }

    @Override
    protected StrategyRunner createRunner(Strategy strategy, RunnerSettings settings) {
        return new LiveRunner("contract", strategy, StrategyParameters.empty(),
                KalshiVenue.of(account.client(), account.newWebSocketClient()), sim.clock(), settings).runner();
    }

    @Override
    protected void fillAtVenue(OrderUpdate resting, Count count) {
        sim.createAccount().client().orders()
                .create(CreateOrderV2Request.gtc(resting.ticker(), BookSide.ASK, count, resting.yesPrice()));
    }

    @Override
    protected Refusal refusedOrder(String market) {
        // 100,000 contracts at 99c need $99,000 of collateral; the account has $1,000.
        return new Refusal(OrderRequest.bid(market, Price.ofCents(99), Count.ofContracts(100_000)),
                "insufficient_balance", 400);
    }

    @Override
    protected void runUntil(BooleanSupplier condition, Supplier<String> what) {
        long deadline = WallClock.instance().nowNanos() + PATIENCE_NANOS;
        while (!condition.getAsBoolean()) {
            if (WallClock.instance().nowNanos() - deadline > 0) {
                fail("not within 20 s: " + what.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    @Override
    protected Clock clock() {
        return sim.clock();
    }
}
