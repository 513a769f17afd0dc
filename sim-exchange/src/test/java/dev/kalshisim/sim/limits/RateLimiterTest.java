package dev.kalshisim.sim.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.VirtualClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final String CREATE = "/trade-api/v2/portfolio/events/orders";
    private static final String BATCH = "/trade-api/v2/portfolio/events/orders/batched";

    private final VirtualClock clock = VirtualClock.atMillis(1_000_000);
    private final TierGrants grants = new TierGrants();
    private final RateLimiter limiter = new RateLimiter(clock, TierTable.defaults(), EndpointCosts.defaults(), grants,
            UnsignedLimit.PER_ADDRESS);

    @Test
    void basicWriteBucketTakesTenCreatesThenRefillsAtHundredPerSecond() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.chargeKey("k", "m", price("POST", CREATE), -1).allowed()).isTrue();
        }
        Charge refused = limiter.chargeKey("k", "m", price("POST", CREATE), -1);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.bucket()).isEqualTo(BucketKind.WRITE);
        assertThat(refused.probe().nanosToWait()).isEqualTo(100_000_000L);

        clock.advanceByMillis(100);
        assertThat(limiter.chargeKey("k", "m", price("POST", CREATE), -1).allowed()).isTrue();
    }

    @Test
    void batchIsChargedWholeOrNotAtAll() {
        Charge batch = limiter.chargeKey("k", "m", price("POST", BATCH), 11);
        assertThat(batch.allowed()).isFalse();
        assertThat(batch.costTokens()).isEqualTo(110);
        assertThat(limiter.chargeKey("k", "m", price("POST", BATCH), 10).allowed()).isTrue();
    }

    @Test
    void keysHaveTheirOwnBucketsAndReadsAreSeparate() {
        for (int i = 0; i < 10; i++) {
            limiter.chargeKey("k1", "m", price("POST", CREATE), -1);
        }
        assertThat(limiter.chargeKey("k1", "m", price("POST", CREATE), -1).allowed()).isFalse();
        assertThat(limiter.chargeKey("k2", "m", price("POST", CREATE), -1).allowed()).isTrue();
        assertThat(limiter.chargeKey("k1", "m", price("GET", "/trade-api/v2/portfolio/balance"), -1).allowed()).isTrue();
    }

    @Test
    void tierChangeResizesBuckets() {
        assertThat(limiter.chargeKey("k", "m", price("POST", BATCH), 50).allowed()).isFalse();
        grants.set("m", Tier.PREMIER);
        clock.advanceByMillis(2_000);
        Charge charge = limiter.chargeKey("k", "m", price("POST", BATCH), 50);
        assertThat(charge.allowed()).isTrue();
        assertThat(charge.capacityTokens()).isEqualTo(2_000);
    }

    @Test
    void expiredGrantFallsBackToBasic() {
        grants.add("m", new TierGrants.Grant(Tier.EXPERT, "volume", clock.nowMillis() / 1000 + 10));
        assertThat(grants.tierOf("m", clock.nowMillis() / 1000)).isEqualTo(Tier.EXPERT);
        assertThat(grants.tierOf("m", clock.nowMillis() / 1000 + 10)).isEqualTo(Tier.BASIC);
        assertThat(grants.wireGrants("m", clock.nowMillis() / 1000).get(0).source()).isEqualTo("volume");
    }

    @Test
    void unsignedCallsShareAPerAddressBucketUnlessUnlimited() {
        for (int i = 0; i < 40; i++) {
            assertThat(limiter.chargeAddress("1.2.3.4", price("GET", "/trade-api/v2/markets")).allowed()).isTrue();
        }
        assertThat(limiter.chargeAddress("1.2.3.4", price("GET", "/trade-api/v2/markets")).allowed()).isFalse();
        assertThat(limiter.chargeAddress("5.6.7.8", price("GET", "/trade-api/v2/markets")).allowed()).isTrue();

        RateLimiter open = new RateLimiter(clock, TierTable.defaults(), EndpointCosts.defaults(), grants, UnsignedLimit.NONE);
        for (int i = 0; i < 100; i++) {
            assertThat(open.chargeAddress("1.2.3.4", price("GET", "/trade-api/v2/markets")).isMetered()).isFalse();
        }
    }

    /** The price the simulator's router attaches to a route of this method and path. */
    private static EndpointPrice price(String method, String path) {
        return EndpointCosts.defaults().priceOf(method, path);
    }
}
