package dev.kalshisim.core.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.path.PathTable;
import dev.kalshisim.core.path.PathTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The token cost of each endpoint, and which bucket it spends from.
 *
 * <p>The JSON form is exactly that of {@code GET /account/endpoint_costs}:
 * <pre>{"default_cost":10,"endpoint_costs":[{"method":"DELETE","path":"/trade-api/v2/portfolio/events/orders/{order_id}","cost":2}, ...]}</pre>
 * Paths are templates from the host root including {@code /trade-api/v2}, with {@code {name}}
 * segments (our choice; Kalshi does not document its format). Batch entries may carry our
 * extension {@code "per_item": true}; when the field is absent (as in Kalshi's own list) an entry
 * whose last segment is {@code batched} is taken as per item, since Kalshi charges a batch the sum
 * of its items. {@link #defaults()} is the documented table as of 2026-08-19, kept as the resource
 * {@code endpoint_costs.json}.
 *
 * <p>Lookups take the concrete request path (with or without a query string, which is ignored) and
 * an HTTP method in any case. When several templates match, the one with a literal segment where
 * the others have a parameter wins: the entries live in a {@link PathTable}, the matcher the
 * simulator's router uses too. Immutable and thread-safe.
 */
public final class EndpointCosts {

    private static final String WHAT = "endpoint cost table";

    private final long defaultCost;
    private final List<EndpointCost> entries;
    private final PathTable<EndpointCost> table;

    /**
     * A table charging {@code defaultCost} tokens for any endpoint not in {@code entries}.
     *
     * @throws IllegalArgumentException on a negative default or two entries for the same method and template shape
     */
    public EndpointCosts(long defaultCost, List<EndpointCost> entries) {
        if (defaultCost < 0) {
            throw new IllegalArgumentException("default_cost must not be negative: " + defaultCost);
        }
        if (entries == null) {
            throw new IllegalArgumentException("entries must not be null");
        }
        PathTable<EndpointCost> parsed = PathTable.empty();
        for (int i = 0; i < entries.size(); i++) {
            EndpointCost entry = entries.get(i);
            if (entry == null) {
                throw new IllegalArgumentException("endpoint_costs[" + i + "] must not be null");
            }
            try {
                parsed = parsed.plus(new PathTable.Entry<>(entry.method(), PathTemplate.parse(entry.pathTemplate()), entry));
            } catch (IllegalArgumentException duplicate) {
                throw new IllegalArgumentException("duplicate endpoint cost for " + entry.method() + " " + entry.pathTemplate());
            }
        }
        this.defaultCost = defaultCost;
        this.entries = List.copyOf(entries);
        this.table = parsed;
    }

    /** The documented table, from the bundled {@code endpoint_costs.json}. */
    public static EndpointCosts defaults() {
        return Defaults.TABLE;
    }

    /** Reads a table from JSON in the shape of {@code GET /account/endpoint_costs}. */
    public static EndpointCosts fromJson(String json) {
        return fromTree(LimitsJson.parse(json, WHAT));
    }

    /** Reads a table from a JSON stream (not closed). */
    public static EndpointCosts fromJson(InputStream json) throws IOException {
        return fromTree(LimitsJson.parse(json, WHAT));
    }

    /** Reads a table from a JSON file. */
    public static EndpointCosts fromJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        }
    }

    /** Tokens charged for an endpoint not in the table. */
    public long defaultCost() {
        return defaultCost;
    }

    /** The listed (non-default) endpoints, in table order; unmodifiable. */
    public List<EndpointCost> entries() {
        return entries;
    }

    /** The entry that prices {@code method path}, if any. */
    public Optional<EndpointCost> find(String method, String path) {
        return table.find(normalizeMethod(method), normalizePath(path)).map(PathTable.Entry::value);
    }

    /**
     * What {@code method path} costs and where it spends, from one lookup: the throttle and the
     * simulator's router each price a request once with it.
     */
    public EndpointPrice priceOf(String method, String path) {
        String upperMethod = normalizeMethod(method);
        String plainPath = normalizePath(path);
        BucketKind bucket = BucketRouting.bucketOf(upperMethod, plainPath);
        return table.find(upperMethod, plainPath)
                .map(entry -> new EndpointPrice(bucket, entry.value().costTokens(), entry.value().perItem()))
                .orElseGet(() -> new EndpointPrice(bucket, defaultCost, false));
    }

    /**
     * Tokens for one request to {@code method path}: the entry's cost (for a per-item entry, the
     * cost of one item) or the default.
     */
    public long costOf(String method, String path) {
        return priceOf(method, path).tokensFor(EndpointPrice.SINGLE);
    }

    /**
     * Tokens for a batch request of {@code itemCount} items: cost times items for a per-item entry,
     * otherwise the same as {@link #costOf}. An empty batch of a per-item endpoint costs 0.
     *
     * @throws ArithmeticException if the total overflows a long
     */
    public long costOfBatch(String method, String path, int itemCount) {
        if (itemCount < 0) {
            throw new IllegalArgumentException("itemCount must not be negative: " + itemCount);
        }
        return priceOf(method, path).tokensFor(itemCount);
    }

    /** The bucket that {@code method path} spends from, by Kalshi's routing rule (independent of the table). */
    public BucketKind bucketOf(String method, String path) {
        return BucketRouting.bucketOf(normalizeMethod(method), normalizePath(path));
    }

    /** The table as JSON in the shape of {@code GET /account/endpoint_costs}, entries in table order. */
    public String toJson() {
        ObjectNode root = LimitsJson.MAPPER.createObjectNode();
        root.put("default_cost", defaultCost);
        ArrayNode list = root.putArray("endpoint_costs");
        for (EndpointCost entry : entries) {
            ObjectNode item = list.addObject()
                    .put("method", entry.method())
                    .put("path", entry.pathTemplate())
                    .put("cost", entry.costTokens());
            // Written only where it is true or would otherwise be inferred wrongly, so the output stays Kalshi-shaped.
            if (entry.perItem() || looksBatched(entry.pathTemplate())) {
                item.put("per_item", entry.perItem());
            }
        }
        try {
            return LimitsJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EndpointCosts costs && defaultCost == costs.defaultCost && entries.equals(costs.entries);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(defaultCost) * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "EndpointCosts[default_cost=" + defaultCost + ", " + entries.size() + " entries]";
    }

    private static EndpointCosts fromTree(JsonNode root) {
        LimitsJson.requireObject(root, WHAT);
        long defaultCost = LimitsJson.longValue(root, "default_cost", WHAT);
        JsonNode list = LimitsJson.array(root, "endpoint_costs", WHAT);
        List<EndpointCost> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String where = "endpoint_costs[" + i + "]";
            JsonNode item = list.get(i);
            LimitsJson.requireObject(item, where);
            String method = LimitsJson.text(item, "method", where);
            String path = LimitsJson.text(item, "path", where);
            long cost = LimitsJson.longValue(item, "cost", where);
            boolean perItem = perItem(item, path, where);
            try {
                entries.add(new EndpointCost(method, path, cost, perItem));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        return new EndpointCosts(defaultCost, entries);
    }

    private static boolean perItem(JsonNode item, String path, String where) {
        JsonNode flag = item.get("per_item");
        if (flag == null || flag.isNull()) {
            return looksBatched(path);
        }
        if (!flag.isBoolean()) {
            throw new IllegalArgumentException(where + ".per_item must be true or false, got " + flag);
        }
        return flag.booleanValue();
    }

    private static boolean looksBatched(String pathTemplate) {
        return pathTemplate.endsWith("/batched");
    }

    private static String normalizeMethod(String method) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank: " + method);
        }
        return method.toUpperCase(Locale.ROOT);
    }

    private static String normalizePath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/' (e.g. /trade-api/v2/portfolio/orders): " + path);
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Loaded on first use, so a broken resource fails the first caller rather than class loading of users. */
    private static final class Defaults {
        static final EndpointCosts TABLE =
                fromTree(LimitsJson.resource(EndpointCosts.class, "endpoint_costs.json", "bundled endpoint_costs.json"));
    }
}
