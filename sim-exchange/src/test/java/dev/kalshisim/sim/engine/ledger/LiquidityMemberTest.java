package dev.kalshisim.sim.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A liquidity member (a replay's book) is exempt from the position limit and the open-order cap; a member is not. */
class LiquidityMemberTest {

    private static final String M = "KXT-26-A";

    @Test
    void aLiquidityMemberPassesTheLimitsThatBindAMember() {
        VirtualClock clock = new VirtualClock(1_773_842_400_000_000_000L);
        MatchingExchange engine = new MatchingExchange(clock, EngineConfig.defaults().withMaxOpenOrdersPerMember(2)
                .withLimits(EngineLimits.defaults().withMaxOrderCount(1_000).withMaxPosition(1_000)));
        engine.createSeries(SeriesSpec.of("KXT", FeeType.QUADRATIC));
        engine.createEvent(EventSpec.of("KXT-26", "KXT"));
        engine.createMarket(MarketSpec.of(M, "KXT-26", Instant.ofEpochSecond(0), Instant.parse("2027-01-01T00:00:00Z")));
        engine.createMember("member", Money.ofDollars(10_000), null);
        assertThat(engine.createLiquidityMember("book", Money.ofDollars(10_000)).isOk()).isTrue();

        for (int i = 0; i < 2; i++) {
            assertThat(engine.placeOrder(PlaceOrder.bid("member", M, Price.ofCents(10 + i), Count.ofContracts(5)))
                    .isAccepted()).isTrue();
        }
        // A third order: over the open-order cap, and 15 contracts over the 10-contract position limit.
        assertThat(engine.placeOrder(PlaceOrder.bid("member", M, Price.ofCents(12), Count.ofContracts(1))).reject())
                .isIn(RejectReason.TOO_MANY_OPEN_ORDERS, RejectReason.POSITION_LIMIT_EXCEEDED);
        assertThat(engine.placeOrder(PlaceOrder.bid("member", M, Price.ofCents(12), Count.ofContracts(1))
                .withTimeInForce(dev.kalshisim.core.model.TimeInForce.IMMEDIATE_OR_CANCEL)).reject())
                .isEqualTo(RejectReason.POSITION_LIMIT_EXCEEDED);
        for (int i = 0; i < 5; i++) {
            assertThat(engine.placeOrder(PlaceOrder.bid("book", M, Price.ofCents(20 + i), Count.ofContracts(10)))
                    .isAccepted()).isTrue();
        }
        assertThat(engine.checkInvariants()).isEmpty();
    }
}
