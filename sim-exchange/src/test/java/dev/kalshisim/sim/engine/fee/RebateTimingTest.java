package dev.kalshisim.sim.engine.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.order.OrderResult;
import org.junit.jupiter.api.Test;

/**
 * {@link RebateTiming#WHEN_FILL_ABSORBS}: a rebate waits for a fill whose net fee it leaves at
 * zero or more, so no fill's fee is negative; on whole-cent fills it changes nothing.
 */
class RebateTimingTest extends EngineTestBase {

    @Override
    protected EngineConfig config() {
        return EngineConfig.defaults().withRebateTiming(RebateTiming.WHEN_FILL_ABSORBS);
    }

    @Test
    void subPennyFillsNeverGetANegativeFeeAndTheRebateWaits() {
        OrderResult taker = threeFeeFreeSubPennyFills();

        // The same fills that pay 0.005, 0.005 and -0.005 as accrued: here the third fill cannot
        // absorb the cent, so it pays its 0.005 too and the accumulator carries 0.015.
        assertThat(taker.fills()).extracting(Fill::feeCost).containsExactly(usd("0.005"), usd("0.005"),
                usd("0.005"));
        assertThat(taker.fees()).isEqualTo(usd("0.015"));
        assertThat(cash(ALICE)).isEqualTo(usd("999.82"));
    }

    @Test
    void wholeCentFillsConvergeExactlyAsWithRebatesAsAccrued() {
        Convergence run = oneLotFillsAndOneEquivalentFill();
        OrderResult many = run.many();
        OrderResult one = run.one();

        assertThat(one.fees()).isEqualTo(usd("1.55"));
        assertThat(many.fees().minus(one.fees())).isBetween(Money.ZERO, usd("0.01"));
        assertThat(many.fills()).extracting(Fill::feeCost).containsOnly(usd("0.02"), usd("0.01"));
    }
}
