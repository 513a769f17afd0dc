package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.RateBucket;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.wire.GetApiUsageLevelVolumeProgressResponse;
import dev.kalshisim.core.wire.VolumeGoal;
import dev.kalshisim.core.wire.VolumeProgress;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.limits.TierGrants;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.RawJson;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /account/*}: the member's limits and grants, the cost table, the self-serve upgrade and
 * volume progress. Limits and costs are read from the very objects the rate limiter enforces.
 */
public final class AccountRoutes {

    /**
     * Earn and keep shares of volume-based tiers, in parts per million of twice the exchange's
     * volume (kalshi-api.md section 5: Expert 0.075%/0.05% ... Prestige 1%/0.8%).
     */
    private static final Map<Tier, long[]> VOLUME_SHARES_PPM = Map.of(
            Tier.EXPERT, new long[] {750, 500},
            Tier.PREMIER, new long[] {1_250, 1_000},
            Tier.PARAGON, new long[] {2_500, 2_000},
            Tier.PRIME, new long[] {5_000, 4_000},
            Tier.PRESTIGE, new long[] {10_000, 8_000});

    private static final Duration TRAILING = Duration.ofDays(30);

    private final SimState state;

    public AccountRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/account/limits", this::limits),
                Route.open("GET", "/account/endpoint_costs",
                        call -> RouteResponse.ok(new RawJson(state.limiter().costs().toJson()))),
                Route.signed("POST", "/account/api_usage_level/upgrade", this::upgrade),
                Route.signed("GET", "/account/api_usage_level/volume_progress", this::volumeProgress));
    }

    private RouteResponse limits(Call call) {
        long nowSeconds = state.clock().nowMillis() / 1000;
        Tier tier = state.grants().tierOf(call.memberId(), nowSeconds);
        return RouteResponse.ok(new AccountLimits(tier.wire(), bucket(tier, BucketKind.READ), bucket(tier, BucketKind.WRITE),
                state.grants().wireGrants(call.memberId(), nowSeconds)));
    }

    private RateBucket bucket(Tier tier, BucketKind kind) {
        BucketLimit limit = state.limiter().tiers().limit(tier, kind);
        return new RateBucket(limit.refillRate(), limit.bucketCapacity());
    }

    /** Kalshi grants a permanent Advanced level if one of the member's last 100 orders came through the API; every simulator order does. */
    private RouteResponse upgrade(Call call) {
        if (state.exchange().orders(call.memberId(), OrderQuery.all()).isEmpty()
                && !state.history().hasOrders(call.memberId())) {
            throw new ApiException(403, "forbidden", "No API-created order was found in the user's latest 100 orders");
        }
        state.grants().add(call.memberId(), new TierGrants.Grant(Tier.ADVANCED, "manual", null));
        // The OpenAPI's 201 has no content.
        return RouteResponse.created(null);
    }

    /**
     * The member's contracts traded over the trailing 30 days against goals derived from the whole
     * simulated exchange's volume over the same window (production uses the previous calendar
     * month; the simulator has no months of history).
     */
    private RouteResponse volumeProgress(Call call) {
        Instant now = Instant.ofEpochMilli(state.clock().nowMillis());
        Instant since = now.minus(TRAILING);
        // Fills and trades past the live window count from the historical store.
        long[] archived = state.history().volumeSince(call.memberId(), Math.multiplyExact(since.getEpochSecond(),
                1_000_000_000L));
        long memberVolume = archived[0];
        for (Fill fill : state.exchange().fills(call.memberId(), new FillQuery(null, null, since, now, null))) {
            memberVolume = Math.addExact(memberVolume, fill.countFp().hundredths());
        }
        long exchangeVolume = archived[1];
        for (Trade trade : state.exchange().trades(new TradeQuery(null, since, now))) {
            exchangeVolume = Math.addExact(exchangeVolume, trade.countFp().hundredths());
        }
        List<VolumeGoal> goals = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            long[] shares = VOLUME_SHARES_PPM.get(tier);
            if (shares != null) {
                goals.add(new VolumeGoal(tier.wire(), goal(exchangeVolume, shares[0]), goal(exchangeVolume, shares[1])));
            }
        }
        return RouteResponse.ok(new GetApiUsageLevelVolumeProgressResponse(List.of(
                new VolumeProgress(now.getEpochSecond(), Count.ofHundredths(memberVolume), goals))));
    }

    /** share x 2 x exchange volume, rounded up to the hundredth of a contract. */
    private static Count goal(long exchangeVolumeHundredths, long sharePpm) {
        long numerator = Math.multiplyExact(Math.multiplyExact(exchangeVolumeHundredths, 2L), sharePpm);
        return Count.ofHundredths(Math.floorDiv(numerator + 999_999L, 1_000_000L));
    }
}
