package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.model.RateBucket;
import dev.kalshisim.sim.engine.reference.Funding;
import dev.kalshisim.sim.engine.reference.TargetAllocation;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Account data beside {@code /account/limits} and the balance: the perps lane's limits, the
 * member's deposits and withdrawals (every cash movement the control plane made), and the target
 * balance allocation across exchange indexes.
 */
public final class AccountDataRoutes {

    /** Exchange indexes a target allocation may name: Kalshi's shards 0 to 100. */
    private static final int MAX_EXCHANGE_INDEX = 100;

    private final SimState state;

    public AccountDataRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/account/limits/perps", this::perpsLimits),
                Route.signed("GET", "/portfolio/deposits", call -> RouteResponse.ok(
                        funding(call, state.reference().deposits(call.memberId()), true))),
                Route.signed("GET", "/portfolio/withdrawals", call -> RouteResponse.ok(
                        funding(call, state.reference().withdrawals(call.memberId()), false))),
                Route.signed("GET", "/portfolio/target_balance_allocation", call -> RouteResponse.ok(
                        new Allocations(state.reference().allocations(call.memberId())))),
                Route.signed("POST", "/portfolio/target_balance_allocation", this::setAllocation));
    }

    /**
     * The perps (margined) lane has its own buckets and grants; the simulator trades no perps and
     * grants nothing there, so every member is at the basic tier of that lane.
     */
    private RouteResponse perpsLimits(Call call) {
        call.requireCaller();
        Tier tier = Tier.BASIC;
        return RouteResponse.ok(new AccountLimits(tier.wire(), bucket(tier, BucketKind.READ), bucket(tier, BucketKind.WRITE),
                List.of()));
    }

    private RateBucket bucket(Tier tier, BucketKind kind) {
        BucketLimit limit = state.limiter().tiers().limit(tier, kind);
        return new RateBucket(limit.refillRate(), limit.bucketCapacity());
    }

    /** Kalshi's pages for deposits and withdrawals: {@code limit} 1 to 500, default 100. */
    private static Object funding(Call call, List<Funding> all, boolean deposits) {
        Pagination.Page<Funding> page = Pagination.page(all, call.query(), 100, 500, Funding::id);
        return deposits ? new Deposits(page.items(), page.cursor()) : new Withdrawals(page.items(), page.cursor());
    }

    /**
     * Replaces the allocation: percentages are whole numbers that total 100, one per exchange
     * index; an empty list turns automatic rebalancing off. Answers {@code {}}.
     */
    private RouteResponse setAllocation(Call call) {
        JsonBody body = call.body();
        if (body.raw("allocations") == null || !body.raw("allocations").isArray()) {
            throw ApiException.invalid("allocations is required: an array of {exchange_index, percent}");
        }
        List<TargetAllocation> allocations = new ArrayList<>();
        if (!body.raw("allocations").isEmpty()) {
            Set<Long> seen = new HashSet<>();
            long total = 0;
            for (JsonBody item : body.objects("allocations", 101)) {
                long index = item.longInRange("exchange_index", -1, 0, MAX_EXCHANGE_INDEX);
                long percent = item.longInRange("percent", -1, 0, 100);
                if (index < 0 || percent < 0) {
                    throw ApiException.invalid("each allocation needs exchange_index and percent");
                }
                if (!seen.add(index)) {
                    throw ApiException.invalid("exchange_index " + index + " is allocated twice");
                }
                total += percent;
                allocations.add(new TargetAllocation((int) index, (int) percent));
            }
            if (total != 100) {
                throw ApiException.invalid("percentages must total 100, got " + total);
            }
        }
        state.reference().setAllocations(call.memberId(), allocations);
        return RouteResponse.ok(Map.of());
    }

    /** {@code GetDepositsResponse}. */
    record Deposits(@JsonProperty("deposits") List<Funding> deposits, @JsonProperty("cursor") String cursor) {
    }

    /** {@code GetWithdrawalsResponse}. */
    record Withdrawals(@JsonProperty("withdrawals") List<Funding> withdrawals, @JsonProperty("cursor") String cursor) {
    }

    /** {@code GetTargetBalanceAllocationResponse}. */
    record Allocations(@JsonProperty("allocations") List<TargetAllocation> allocations) {
    }
}
