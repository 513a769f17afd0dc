package dev.kalshisim.sim.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeTerms;
import dev.kalshisim.sim.engine.fee.Liquidity;
import dev.kalshisim.sim.engine.fee.QuadraticFeeSchedule;
import dev.kalshisim.sim.engine.fee.Ratio;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental reserve of {@link CollateralBook} must equal {@link Collateral}'s from-scratch
 * sort-and-credit figure after any sequence of adds, removes and in-place changes, for any position.
 */
class CollateralBookTest extends EngineTestBase {

    @Test
    void incrementalReserveMatchesTheFromScratchRule() throws Exception {
        MarketState market = market(MKT);
        Collateral collateral = collateral();
        CollateralBook book = new CollateralBook(collateral, market);
        List<HeldOrder> held = new ArrayList<>();
        Random random = new Random(42);
        long priority = 0;
        for (int step = 0; step < 3_000; step++) {
            int action = random.nextInt(10);
            if (action < 4 || held.isEmpty()) {
                OutcomeSide side = random.nextBoolean() ? OutcomeSide.YES : OutcomeSide.NO;
                // A narrow price range forces many equal prices, so priority tie-breaks matter.
                long price = 100L * (1 + random.nextInt(8));
                Held order = new Held(side, price, 1 + random.nextInt(500), ++priority);
                assertThat(book.add(order)).isTrue();
                held.add(order);
            } else if (action < 6) {
                HeldOrder order = held.remove(random.nextInt(held.size()));
                assertThat(book.remove(order)).isTrue();
            } else if (action < 8) {
                Held order = (Held) held.get(random.nextInt(held.size()));
                order.remainingCount = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(500);
                book.update(order);
            } else {
                Held order = (Held) held.get(random.nextInt(held.size()));
                order.priceUnits = 100L * (1 + random.nextInt(8));
                order.priority = random.nextBoolean() ? order.priority : ++priority;
                book.update(order);
            }
            for (long position : new long[] {0, random.nextInt(3_000), -random.nextInt(3_000), 1_000_000, -1_000_000}) {
                assertThat(book.required(position))
                        .as("step %d position %d", step, position)
                        .isEqualTo(collateral.required(market, held, position));
            }
        }
        assertThat(book.orders()).containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void longFeeArithmeticMatchesBigIntegerArithmetic() {
        QuadraticFeeSchedule fees = QuadraticFeeSchedule.kalshi();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long units = 1 + random.nextInt(9_999);
            long hundredths = 1 + (i % 3 == 0 ? random.nextLong() >>> 20 : random.nextInt(1_000_000));
            Ratio multiplier = Ratio.of(random.nextInt(400), 1 + random.nextInt(200));
            FeeTerms terms = new FeeTerms(FeeType.QUADRATIC_WITH_MAKER_FEES, multiplier);
            for (Liquidity liquidity : Liquidity.values()) {
                Ratio k = liquidity == Liquidity.TAKER ? fees.taker() : fees.makerFees();
                BigInteger numerator = BigInteger.valueOf(k.numerator() * multiplier.numerator())
                        .multiply(BigInteger.valueOf(hundredths))
                        .multiply(BigInteger.valueOf(units * (Price.SCALE - units)));
                BigInteger denominator = BigInteger.valueOf(k.denominator() * multiplier.denominator() * 1_000_000L);
                BigInteger ticks = numerator.add(denominator).subtract(BigInteger.ONE).divide(denominator);
                BigInteger micros = ticks.multiply(BigInteger.valueOf(100));
                if (micros.bitLength() < 63) {
                    assertThat(fees.fee(terms, liquidity, Price.ofUnits(units), Count.ofHundredths(hundredths))
                            .micros()).isEqualTo(micros.longValueExact());
                }
            }
        }
    }

    @Test
    void worstFeeUsesTheDearestPriceAtOrBelowTheLimit() throws Exception {
        addMarket("HALF", FeeType.QUADRATIC, "1");
        MarketState market = market("HALF");
        Collateral collateral = collateral();
        // Above $0.50 the worst fill price is $0.50; at or below, the limit itself.
        assertThat(collateral.openingCost(market, 7_000, 1_000))
                .isEqualTo(7_000L * 1_000 + collateral.worstFee(market, 5_000, 1_000));
        assertThat(collateral.openingCost(market, 3_000, 1_000))
                .isEqualTo(3_000L * 1_000 + collateral.worstFee(market, 3_000, 1_000));
        assertThat(collateral.openingCost(market, 3_000, 0)).isZero();
        assertThat(collateral.worstFee(market, 5_000, 1_000)).isPositive();
    }

    /** The engine's market {@code ticker}, read from the exchange's catalog. */
    private MarketState market(String ticker) throws ReflectiveOperationException {
        Field field = MatchingExchange.class.getDeclaredField("catalog");
        field.setAccessible(true);
        return ((Catalog) field.get(exchange)).market(ticker);
    }

    /** The collateral rule of the engine under test (it holds nothing but the fee schedule). */
    private Collateral collateral() {
        return new Collateral(config().feeSchedule());
    }

    /** An order as the ledger sees it, changed in place as the book changes its orders. */
    private static final class Held implements HeldOrder {
        private final OutcomeSide side;
        private long priceUnits;
        private long remainingCount;
        private long priority;

        Held(OutcomeSide side, long priceUnits, long remainingCount, long priority) {
            this.side = side;
            this.priceUnits = priceUnits;
            this.remainingCount = remainingCount;
            this.priority = priority;
        }

        @Override
        public OutcomeSide side() {
            return side;
        }

        @Override
        public long priceUnits() {
            return priceUnits;
        }

        @Override
        public long remainingCount() {
            return remainingCount;
        }

        @Override
        public long priority() {
            return priority;
        }

        @Override
        public boolean isResting() {
            return true;
        }
    }
}
