package dev.kalshisim.sim.engine.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One fill's arithmetic under Kalshi's fee rounding, in micro-dollars. */
class FeeRoundingTest {

    private static final long CENT = FeeRounding.CENT;
    private static final long CENTICENT = FeeRounding.CENTICENT;

    @Test
    void tradeFeeIsRoundedUpToACenticent() {
        FeeRounding.Charge charge = FeeRounding.charge(-400_000, 1, CENTICENT, 0);

        assertThat(charge.tradeFee()).isEqualTo(100);
        assertThat(charge.balanceChange()).isEqualTo(-400_100);
    }

    @Test
    void balanceChangeIsFlooredToWholeCentsAndTheRestIsARoundingFee() {
        // Buy NO 10 at 0.60 with a 0.168 trade fee: -6.168 floors to -6.17.
        FeeRounding.Charge charge = FeeRounding.charge(-6_000_000, 168_000, CENT, 0);

        assertThat(charge.balanceChange()).isEqualTo(-6_170_000);
        assertThat(charge.roundingFee()).isEqualTo(2_000);
        assertThat(charge.rebate()).isZero();
        assertThat(charge.netFee()).isEqualTo(170_000);
        assertThat(charge.accumulator()).isEqualTo(2_000);
    }

    @Test
    void floorGoesTowardNegativeInfinityForProceedsToo() {
        // Selling (closing) pays 0.555 and costs a 0.0175 fee: 0.5375 floors to 0.53, not up to 0.54.
        FeeRounding.Charge charge = FeeRounding.charge(555_000, 17_500, CENT, 0);

        assertThat(charge.balanceChange()).isEqualTo(530_000);
        assertThat(charge.roundingFee()).isEqualTo(7_500);
    }

    @Test
    void directMembersKeepFourDecimals() {
        FeeRounding.Charge whole = FeeRounding.charge(-6_000_000, 168_000, CENTICENT, 0);
        assertThat(whole.balanceChange()).isEqualTo(-6_168_000);
        assertThat(whole.roundingFee()).isZero();

        // 0.01 contract at 0.5550 costs 0.00555: a direct member pays 0.0056 (0.00005 rounding).
        FeeRounding.Charge tiny = FeeRounding.charge(-5_550, 0, CENTICENT, 0);
        assertThat(tiny.balanceChange()).isEqualTo(-5_600);
        assertThat(tiny.roundingFee()).isEqualTo(50);
    }

    @Test
    void rebateNeedsTheAccumulatorToExceedOneCentNotJustReachIt() {
        FeeRounding.Charge reaches = FeeRounding.charge(-500_000, 17_500, CENT, 7_500);
        assertThat(reaches.roundingFee()).isEqualTo(2_500);
        assertThat(reaches.accumulator()).isEqualTo(CENT);
        assertThat(reaches.rebate()).isZero();
        assertThat(reaches.netFee()).isEqualTo(20_000);

        FeeRounding.Charge exceeds = FeeRounding.charge(-500_000, 17_500, CENT, 7_501);
        assertThat(exceeds.rebate()).isEqualTo(CENT);
        assertThat(exceeds.accumulator()).isEqualTo(1);
        assertThat(exceeds.netFee()).isEqualTo(10_000);
        assertThat(exceeds.balanceChange()).isEqualTo(-510_000);
    }

    @Test
    void waiverComesOffTheFeeAndTheAccumulator() {
        FeeRounding.Charge waived = FeeRounding.charge(-500_000, 17_500, CENT, 0).waive(CENT);

        assertThat(waived.netFee()).isEqualTo(10_000);
        assertThat(waived.balanceChange()).isEqualTo(-510_000);
        assertThat(waived.accumulator()).isZero();
    }

    /**
     * Over any sequence of fills of one order the balance moves in whole units of the precision,
     * the accumulator stays in [0, $0.01], and the order's fees run from its trade fees to at most
     * $0.01 above them; a fill whose revenue is whole cents never has a negative net fee.
     */
    @Test
    void orderFeesStayWithinOneCentOfTheTradeFees() {
        SplittableRandom random = new SplittableRandom(11);
        for (int order = 0; order < 2_000; order++) {
            long precision = random.nextBoolean() ? CENT : CENTICENT;
            boolean wholeCents = random.nextBoolean();
            long accumulator = 0;
            long tradeFees = 0;
            long netFees = 0;
            for (int fill = 1 + random.nextInt(30); fill > 0; fill--) {
                long revenue = wholeCents ? -CENT * (1 + random.nextInt(10_000)) : random.nextLong(-5_000_000, 5_000_000);
                long tradeFee = CENTICENT * random.nextInt(3_000);
                FeeRounding.Charge charge = FeeRounding.charge(revenue, tradeFee, precision, accumulator);
                accumulator = charge.accumulator();
                tradeFees += charge.tradeFee();
                netFees += charge.netFee();
                assertThat(Math.floorMod(charge.balanceChange(), precision)).isZero();
                assertThat(charge.roundingFee()).isBetween(0L, precision - 1);
                assertThat(accumulator).isBetween(0L, CENT);
                assertThat(netFees).isBetween(tradeFees, tradeFees + CENT);
                if (wholeCents && precision == CENT) {
                    assertThat(charge.netFee()).as("net fee of a whole-cent fill").isNotNegative();
                }
            }
        }
    }
}
