package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.wire.GetApiUsageLevelVolumeProgressResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The account's API usage: limits, endpoint costs, volume progress and the self-serve tier upgrade. Thread-safe. */
public final class AccountApi {

    private final RestCaller caller;

    AccountApi(RestCaller caller) {
        this.caller = caller;
    }

    /** {@code GET /account/limits}: the usage tier and the read and write bucket limits (authenticated). */
    public CompletableFuture<AccountLimits> limitsAsync() {
        return caller.get(RateLimitsLoader.LIMITS_PATH, List.of(), AccountLimits.class);
    }

    public AccountLimits limits() {
        return RestCaller.await(limitsAsync());
    }

    /**
     * {@code GET /account/endpoint_costs}: the non-default endpoint costs (public). Paths listed
     * without the {@code /trade-api/v2} prefix get it, as the throttle reads them.
     */
    public CompletableFuture<EndpointCosts> endpointCostsAsync() {
        ApiRequest request = ApiRequest.get(RateLimitsLoader.COSTS_PATH, List.of());
        return caller.send(request).thenApply(response -> {
            try {
                return RateLimitsLoader.parseCosts(response.body());
            } catch (Exception e) {
                throw new KalshiDecodingException("GET " + RateLimitsLoader.COSTS_PATH + " returned an unreadable cost table: "
                        + e.getMessage(), e);
            }
        });
    }

    public EndpointCosts endpointCosts() {
        return RestCaller.await(endpointCostsAsync());
    }

    /** {@code GET /account/api_usage_level/volume_progress}: progress toward the volume-based tiers. */
    public CompletableFuture<GetApiUsageLevelVolumeProgressResponse> volumeProgressAsync() {
        return caller.get("/account/api_usage_level/volume_progress", List.of(), GetApiUsageLevelVolumeProgressResponse.class);
    }

    public GetApiUsageLevelVolumeProgressResponse volumeProgress() {
        return RestCaller.await(volumeProgressAsync());
    }

    /**
     * {@code POST /account/api_usage_level/upgrade}: asks for the Advanced tier (201), refused with
     * 403 unless one of the last 100 orders came through the API. Costs 30 write tokens. The
     * client's throttle adopts the new limits at its next refresh. Retried like an idempotent write:
     * the server creates or refreshes the same grant.
     */
    public CompletableFuture<Void> upgradeUsageLevelAsync() {
        return caller.write("POST", "/account/api_usage_level/upgrade", List.of(), null, RequestKind.IDEMPOTENT_WRITE, 0, Void.class);
    }

    public void upgradeUsageLevel() {
        RestCaller.await(upgradeUsageLevelAsync());
    }
}
