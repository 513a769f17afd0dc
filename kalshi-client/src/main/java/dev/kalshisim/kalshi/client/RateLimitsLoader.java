package dev.kalshisim.kalshi.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.model.RateBucket;
import dev.kalshisim.core.wire.KalshiJson;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code GET /account/limits} and {@code GET /account/endpoint_costs}, each falling back on
 * its own when unavailable: limits to the fallback tier of the {@link TierTable} (basic unless
 * configured), costs to the built-in {@link EndpointCosts#defaults()}.
 *
 * <p>Kalshi does not document how its cost list spells paths; entries without the
 * {@code /trade-api/v2} prefix get it added, so both spellings price the same requests.
 */
final class RateLimitsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitsLoader.class);

    static final String LIMITS_PATH = "/account/limits";
    static final String COSTS_PATH = "/account/endpoint_costs";

    private final Stage unthrottled;
    private final boolean authenticated;
    private final TierTable tierTable;
    private final Tier fallbackTier;

    /**
     * @param unthrottled the chain below the throttle (signing and transport), with error decoding
     * @param authenticated whether the client has credentials ({@code /account/limits} needs them)
     */
    RateLimitsLoader(Stage unthrottled, boolean authenticated, TierTable tierTable, Tier fallbackTier) {
        this.unthrottled = unthrottled;
        this.authenticated = authenticated;
        this.tierTable = tierTable;
        this.fallbackTier = fallbackTier;
    }

    /** Loads both tables; never fails (each falls back on its own). */
    CompletableFuture<RateLimits> load() {
        CompletableFuture<LimitsAnswer> limits = authenticated ? fetchLimits() : CompletableFuture.completedFuture(fallbackLimits());
        CompletableFuture<CostsAnswer> costs = fetchCosts();
        return limits.thenCombine(costs, (l, c) -> new RateLimits(l.tier, l.limits, c.costs, l.fromServer, c.fromServer));
    }

    /** What the two loads cost on the read bucket, to be charged once a bucket exists. */
    static long loadCostTokens(EndpointCosts costs, boolean authenticated) {
        long limitsCost = authenticated ? costs.costOf("GET", ApiRequest.API_PREFIX + LIMITS_PATH) : 0;
        return Math.addExact(limitsCost, costs.costOf("GET", ApiRequest.API_PREFIX + COSTS_PATH));
    }

    private CompletableFuture<LimitsAnswer> fetchLimits() {
        return unthrottled.send(ApiRequest.get(LIMITS_PATH, List.of())).handle((response, failure) -> {
            if (failure == null) {
                try {
                    AccountLimits parsed = KalshiJson.mapper().readValue(response.body(), AccountLimits.class);
                    return new LimitsAnswer(tierName(parsed.usageTier()),
                            new TierLimits(limit(parsed.read(), "read"), limit(parsed.write(), "write")), true);
                } catch (Exception e) {
                    LOG.warn("GET {} returned an unreadable body ({}); pacing by the {} tier instead", LIMITS_PATH, e.getMessage(),
                            fallbackTier.wire());
                    return fallbackLimits();
                }
            }
            LOG.warn("GET {} failed ({}); pacing by the {} tier instead", LIMITS_PATH, Retrier.unwrap(failure).getMessage(),
                    fallbackTier.wire());
            return fallbackLimits();
        });
    }

    private CompletableFuture<CostsAnswer> fetchCosts() {
        return unthrottled.send(ApiRequest.get(COSTS_PATH, List.of())).handle((response, failure) -> {
            if (failure == null) {
                try {
                    return new CostsAnswer(parseCosts(response.body()), true);
                } catch (Exception e) {
                    LOG.warn("GET {} returned an unreadable body ({}); using the built-in cost table", COSTS_PATH, e.getMessage());
                    return new CostsAnswer(EndpointCosts.defaults(), false);
                }
            }
            LOG.warn("GET {} failed ({}); using the built-in cost table", COSTS_PATH, Retrier.unwrap(failure).getMessage());
            return new CostsAnswer(EndpointCosts.defaults(), false);
        });
    }

    private LimitsAnswer fallbackLimits() {
        return new LimitsAnswer(fallbackTier.wire(), tierTable.limits(fallbackTier), false);
    }

    /** Reads a cost table, adding the {@code /trade-api/v2} prefix to paths listed without it. */
    static EndpointCosts parseCosts(String body) throws Exception {
        return EndpointCosts.fromJson(withApiPrefix(body));
    }

    private static String withApiPrefix(String body) throws Exception {
        JsonNode root = KalshiJson.mapper().readTree(body);
        JsonNode entries = root == null ? null : root.get("endpoint_costs");
        if (entries != null && entries.isArray()) {
            for (JsonNode entry : entries) {
                JsonNode path = entry.get("path");
                if (entry instanceof ObjectNode object && path != null && path.isTextual()
                        && !path.textValue().startsWith(ApiRequest.API_PREFIX + "/")) {
                    String bare = path.textValue().startsWith("/") ? path.textValue() : "/" + path.textValue();
                    object.put("path", ApiRequest.API_PREFIX + bare);
                }
            }
        }
        return KalshiJson.mapper().writeValueAsString(root);
    }

    private static BucketLimit limit(RateBucket bucket, String name) {
        if (bucket == null) {
            throw new IllegalArgumentException("the " + name + " bucket is missing");
        }
        return new BucketLimit(bucket.refillRate(), bucket.bucketCapacity());
    }

    private static String tierName(String usageTier) {
        return usageTier == null || usageTier.isBlank() ? "unknown" : usageTier;
    }

    private record LimitsAnswer(String tier, TierLimits limits, boolean fromServer) {
    }

    private record CostsAnswer(EndpointCosts costs, boolean fromServer) {
    }
}
