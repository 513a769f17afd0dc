package dev.kalshisim.core.limits;

import dev.kalshisim.core.path.PathTemplate;
import java.util.List;

/**
 * Kalshi's rule for which bucket a request spends from (docs, rate limits): every GET reads; order
 * entry, order groups, the RFQ/quote flow, block-trade accept and the tier upgrade write; the rest
 * reads. Rules are on paths with the {@code /trade-api/v2} prefix and no query string.
 */
final class BucketRouting {

    static final String API_PREFIX = "/trade-api/v2";

    /** Any non-GET request at or below one of these paths writes. */
    private static final List<String> WRITE_SUBTREES = List.of(
            API_PREFIX + "/portfolio/events/orders",
            API_PREFIX + "/portfolio/orders",
            API_PREFIX + "/portfolio/order_groups",
            API_PREFIX + "/communications/quotes",
            API_PREFIX + "/communications/rfqs");

    /** Single non-GET endpoints that write. */
    private static final List<PathTemplate> WRITE_ENDPOINTS = List.of(
            PathTemplate.parse(API_PREFIX + "/account/api_usage_level/upgrade"),
            PathTemplate.parse(API_PREFIX + "/communications/block-trade-proposals/{block_trade_proposal_id}/accept"));

    private BucketRouting() {
    }

    static BucketKind bucketOf(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return BucketKind.READ;
        }
        for (String subtree : WRITE_SUBTREES) {
            if (path.equals(subtree) || path.startsWith(subtree + "/")) {
                return BucketKind.WRITE;
            }
        }
        String[] segments = PathTemplate.segments(path);
        for (PathTemplate endpoint : WRITE_ENDPOINTS) {
            if (endpoint.matches(segments)) {
                return BucketKind.WRITE;
            }
        }
        return BucketKind.READ;
    }
}
