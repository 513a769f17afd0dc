package dev.kalshisim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.runtime.RunResult;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Rejection;
import org.junit.jupiter.api.Test;

/** The kit writes the same RunResult as every runtime, from what the strategy sent and was told. */
class StrategyTestKitResultTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theResultCountsOrdersFillsCancelsAndTheTimeRun() {
        ScriptedStrategy strategy = new ScriptedStrategy();
        strategy.onStart = context -> {
            context.submit(OrderRequest.bid("T", Price.ofCents(40), Count.ofContracts(3)));
            context.submit(OrderRequest.bid("T", Price.ofCents(41), Count.ofContracts(1)));
        };
        StrategyTestKit kit = new StrategyTestKit(strategy).start();

        kit.fill("test-1", Count.ofContracts(2));
        kit.advanceBy(5 * SECOND);
        strategy.context.cancel("test-2");
        RunResult result = kit.result();

        assertThat(result.ordersSubmitted()).isEqualTo(2);
        assertThat(result.ordersPlaced()).isEqualTo(2);
        assertThat(result.fills()).isEqualTo(1);
        assertThat(result.contractsFilled()).isEqualTo(Count.ofContracts(2));
        assertThat(result.cancelsSent()).isEqualTo(1);
        assertThat(result.ordersCanceled()).isEqualTo(1);
        assertThat(result.ordersFilled()).isZero();
        assertThat(result.openOrdersLeft()).isEqualTo(1);
        assertThat(result.elapsedNanos()).isEqualTo(5 * SECOND);
    }

    @Test
    void aTypedRejectionReachesTheStrategyWordedAsTheLiveVenueWordsIt() {
        ScriptedStrategy strategy = new ScriptedStrategy();
        strategy.onStart = context -> context.submit(OrderRequest.bid("T", Price.ofCents(99), Count.ofContracts(9)));
        StrategyTestKit kit = new StrategyTestKit(strategy).autoAcknowledge(false).start();
        Rejection rejection = Rejection.of("insufficient_balance", 400, "needs more collateral");

        kit.reject("test-1", rejection);

        assertThat(strategy.received).singleElement().isInstanceOfSatisfying(OrderUpdate.class, update -> {
            assertThat(update.state()).isEqualTo(OrderState.REJECTED);
            assertThat(update.rejection()).isEqualTo(rejection);
            assertThat(update.reason()).isEqualTo("insufficient_balance (HTTP 400): needs more collateral");
        });
        assertThat(kit.result().ordersRejected()).isEqualTo(1);
    }
}
