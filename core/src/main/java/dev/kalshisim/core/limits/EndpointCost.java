package dev.kalshisim.core.limits;

import dev.kalshisim.core.path.PathTemplate;
import java.util.Locale;

/**
 * One entry of the endpoint-cost table, as listed by {@code GET /account/endpoint_costs}.
 *
 * <p>The path is a template from the host root, including {@code /trade-api/v2}, whose
 * {@code {name}} segments match any one non-empty path segment (our choice of format: Kalshi does
 * not document how its live list spells paths).
 *
 * @param method the HTTP method, stored upper-case
 * @param pathTemplate e.g. {@code /trade-api/v2/portfolio/events/orders/{order_id}}; no query string
 * @param costTokens tokens charged per request, or per item when {@code perItem}; not negative
 * @param perItem whether a batch request is charged {@code costTokens} for each of its items
 *     (our extension to Kalshi's JSON, field {@code per_item})
 */
public record EndpointCost(String method, String pathTemplate, long costTokens, boolean perItem) {

    public EndpointCost {
        if (method == null || method.isBlank() || !method.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("method must be an HTTP method name: " + method);
        }
        method = method.toUpperCase(Locale.ROOT);
        PathTemplate.parse(pathTemplate);
        if (costTokens < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + costTokens + " for " + method + " " + pathTemplate);
        }
    }

    /** A request charged {@code costTokens} once, whatever its body holds. */
    public static EndpointCost perRequest(String method, String pathTemplate, long costTokens) {
        return new EndpointCost(method, pathTemplate, costTokens, false);
    }

    /** A batch request charged {@code costTokens} for each item. */
    public static EndpointCost perItem(String method, String pathTemplate, long costTokens) {
        return new EndpointCost(method, pathTemplate, costTokens, true);
    }
}
