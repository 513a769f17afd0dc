package dev.kalshisim.core.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The read and write bucket limits of every {@link Tier}.
 *
 * <p>{@link #defaults()} is Kalshi's published table (docs, rate limits, 2026-08-19), kept as the
 * resource {@code tiers.json}; users mirror newer production values by loading their own file of
 * the same shape:
 * <pre>{"tiers":{"basic":{"read":{"refill_rate":200,"bucket_capacity":400},"write":{...}}, ...}}</pre>
 * Every tier must be present. Immutable and thread-safe.
 */
public final class TierTable {

    private static final String WHAT = "tier table";

    private final Map<Tier, TierLimits> limits;

    /** A table with limits for every tier. */
    public TierTable(Map<Tier, TierLimits> limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        EnumMap<Tier, TierLimits> copy = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            TierLimits tierLimits = limits.get(tier);
            if (tierLimits == null) {
                throw new IllegalArgumentException("tier table has no limits for tier " + tier.wire());
            }
            copy.put(tier, tierLimits);
        }
        this.limits = Collections.unmodifiableMap(copy);
    }

    /** Kalshi's published table, from the bundled {@code tiers.json}. */
    public static TierTable defaults() {
        return Defaults.TABLE;
    }

    /** Reads a table from JSON text. */
    public static TierTable fromJson(String json) {
        return fromTree(LimitsJson.parse(json, WHAT));
    }

    /** Reads a table from a JSON stream (not closed). */
    public static TierTable fromJson(InputStream json) throws IOException {
        return fromTree(LimitsJson.parse(json, WHAT));
    }

    /** Reads a table from a JSON file. */
    public static TierTable fromJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        }
    }

    /** The limits of {@code tier}. */
    public TierLimits limits(Tier tier) {
        if (tier == null) {
            throw new IllegalArgumentException("tier must not be null");
        }
        return limits.get(tier);
    }

    /** The limit of one bucket of {@code tier}. */
    public BucketLimit limit(Tier tier, BucketKind kind) {
        return limits(tier).of(kind);
    }

    /** Every tier's limits, in tier order; unmodifiable. */
    public Map<Tier, TierLimits> asMap() {
        return limits;
    }

    /** The table as JSON in the shape {@link #fromJson(String)} reads, tiers in order. */
    public String toJson() {
        ObjectNode root = LimitsJson.MAPPER.createObjectNode();
        ObjectNode tiers = root.putObject("tiers");
        limits.forEach((tier, tierLimits) -> {
            ObjectNode entry = tiers.putObject(tier.wire());
            for (BucketKind kind : BucketKind.values()) {
                BucketLimit limit = tierLimits.of(kind);
                entry.putObject(kind.wire())
                        .put("refill_rate", limit.refillRate())
                        .put("bucket_capacity", limit.bucketCapacity());
            }
        });
        try {
            return LimitsJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierTable table && limits.equals(table.limits);
    }

    @Override
    public int hashCode() {
        return limits.hashCode();
    }

    @Override
    public String toString() {
        return "TierTable" + limits;
    }

    private static TierTable fromTree(JsonNode root) {
        LimitsJson.requireObject(root, WHAT);
        JsonNode tiers = LimitsJson.object(root, "tiers", WHAT);
        Map<Tier, TierLimits> limits = new EnumMap<>(Tier.class);
        for (Map.Entry<String, JsonNode> field : tiers.properties()) {
            Tier tier = Tier.fromWire(field.getKey());
            String where = "tiers." + tier.wire();
            LimitsJson.requireObject(field.getValue(), where);
            limits.put(tier, new TierLimits(
                    bucketLimit(field.getValue(), BucketKind.READ, where),
                    bucketLimit(field.getValue(), BucketKind.WRITE, where)));
        }
        return new TierTable(limits);
    }

    private static BucketLimit bucketLimit(JsonNode tier, BucketKind kind, String where) {
        JsonNode bucket = LimitsJson.object(tier, kind.wire(), where);
        String bucketWhere = where + "." + kind.wire();
        long refillRate = LimitsJson.longValue(bucket, "refill_rate", bucketWhere);
        long bucketCapacity = LimitsJson.longValue(bucket, "bucket_capacity", bucketWhere);
        try {
            return new BucketLimit(refillRate, bucketCapacity);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(bucketWhere + ": " + e.getMessage());
        }
    }

    /** Loaded on first use, so a broken resource fails the first caller rather than class loading of users. */
    private static final class Defaults {
        static final TierTable TABLE = fromTree(LimitsJson.resource(TierTable.class, "tiers.json", "bundled tiers.json"));
    }
}
