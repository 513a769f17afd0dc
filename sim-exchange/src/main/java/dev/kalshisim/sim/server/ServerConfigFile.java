package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.limits.UnsignedLimit;
import dev.kalshisim.sim.server.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the JSON file of {@code serve --config FILE}; every key is optional and overrides the
 * given base config:
 * <pre>
 * {"port": 0,
 *  "auth_window_ms": 30000,
 *  "legacy_order_writes": false,
 *  "rate_limit_headers": false,
 *  "unsigned_limit": "per_address",          // or "none"
 *  "journal_capacity": 20000,
 *  "live_window_ms": 300000,                 // how long finished data stays on the live endpoints
 *  "history_memory_rows": 5000,              // in-memory historical store: rows kept per kind
 *  "clock": "wall",                          // or "virtual"
 *  "virtual_start_ms": 1767225600000,        // with "virtual"; default: the wall clock's now
 *  "tiers": {"tiers": {"basic": {"read": {"refill_rate": 200, "bucket_capacity": 400}, "write": {...}}, ...}},
 *  "endpoint_costs": {"default_cost": 10, "endpoint_costs": [{"method": "DELETE", "path": "/trade-api/v2/...", "cost": 2}]},
 *  "client_timeouts": {"idle_timeout_ms": 30000, "header_timeout_ms": 10000, "body_timeout_ms": 10000,
 *                      "min_body_bytes_per_second": 1024},
 *  "engine_limits": {"max_order_contracts": "1000000", ...}}        // see EngineLimitsJson
 * </pre>
 * {@code tiers} and {@code endpoint_costs} have exactly the shapes of core's {@link TierTable} and
 * {@link EndpointCosts} JSON (the latter is what {@code GET /account/endpoint_costs} returns), so a
 * user can paste production's live values. Unknown keys are refused, to catch typos.
 */
public final class ServerConfigFile {

    private static final Set<String> KEYS = Set.of("port", "auth_window_ms", "legacy_order_writes",
            "rate_limit_headers", "unsigned_limit", "journal_capacity", "clock", "virtual_start_ms", "tiers",
            "endpoint_costs", "client_timeouts", "engine_limits", "live_window_ms", "history_memory_rows");
    private static final Set<String> TIMEOUT_KEYS = Set.of("idle_timeout_ms", "header_timeout_ms", "body_timeout_ms",
            "min_body_bytes_per_second");

    private ServerConfigFile() {
    }

    /** {@code base} overridden by the file at {@code file}. @throws IllegalArgumentException naming the bad key */
    public static ServerConfig load(Path file, ServerConfig base) throws IOException {
        return parse(Files.readString(file), base);
    }

    /** {@code base} overridden by the JSON text {@code json}. */
    public static ServerConfig parse(String json, ServerConfig base) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException malformed) {
            throw new IllegalArgumentException("config is not valid JSON: " + malformed.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("config must be a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown config key \"" + name + "\"; known: " + KEYS);
            }
        }
        ServerConfig config = base;
        if (root.has("port")) {
            config = config.withPort((int) integer(root, "port"));
        }
        if (root.has("auth_window_ms")) {
            config = config.withAuthWindow(Duration.ofMillis(integer(root, "auth_window_ms")));
        }
        if (root.has("legacy_order_writes")) {
            config = config.withLegacyOrderWrites(bool(root, "legacy_order_writes"));
        }
        if (root.has("rate_limit_headers")) {
            config = config.withRateLimitHeaders(bool(root, "rate_limit_headers"));
        }
        if (root.has("unsigned_limit")) {
            config = config.withUnsignedLimit(UnsignedLimit.fromWire(text(root, "unsigned_limit")));
        }
        if (root.has("journal_capacity")) {
            config = config.withJournalCapacity((int) integer(root, "journal_capacity"));
        }
        if (root.has("clock")) {
            config = config.withClock(switch (text(root, "clock")) {
                case "wall" -> WallClock.instance();
                case "virtual" -> VirtualClock.atMillis(root.has("virtual_start_ms")
                        ? integer(root, "virtual_start_ms") : WallClock.instance().nowMillis());
                default -> throw new IllegalArgumentException("clock must be \"wall\" or \"virtual\"");
            });
        }
        if (root.has("tiers")) {
            config = config.withTiers(TierTable.fromJson(root.get("tiers").toString()));
        }
        if (root.has("endpoint_costs")) {
            config = config.withEndpointCosts(EndpointCosts.fromJson(root.get("endpoint_costs").toString()));
        }
        if (root.has("client_timeouts")) {
            config = config.withClientTimeouts(clientTimeouts(root.get("client_timeouts"), config.clientTimeouts()));
        }
        if (root.has("engine_limits")) {
            config = config.withEngineLimits(EngineLimitsJson.parse(root.get("engine_limits"), config.engineLimits()));
        }
        return history(root, config);
    }

    /** The live window and the in-memory historical store's cap. */
    private static ServerConfig history(JsonNode root, ServerConfig config) {
        HistoryConfig history = config.history();
        if (root.has("live_window_ms")) {
            long millis = integer(root, "live_window_ms");
            if (millis < 1_000) {
                throw new IllegalArgumentException("config live_window_ms must be at least 1000, got " + millis);
            }
            history = history.withLive(history.live().withWindow(Duration.ofMillis(millis)));
        }
        if (root.has("history_memory_rows")) {
            long rows = integer(root, "history_memory_rows");
            if (rows < 1) {
                throw new IllegalArgumentException("config history_memory_rows must be at least 1, got " + rows);
            }
            history = history.withMemoryRows((int) rows);
        }
        return config.withHistory(history);
    }

    /** {@code base} overridden by the {@code client_timeouts} object {@code node}. */
    private static ClientTimeouts clientTimeouts(JsonNode node, ClientTimeouts base) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("config client_timeouts must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TIMEOUT_KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown config key \"client_timeouts." + name + "\"; known: "
                        + TIMEOUT_KEYS);
            }
        }
        ClientTimeouts timeouts = base;
        if (node.has("idle_timeout_ms")) {
            timeouts = timeouts.withIdleTimeout(Duration.ofMillis(integer(node, "idle_timeout_ms")));
        }
        if (node.has("header_timeout_ms")) {
            timeouts = timeouts.withHeaderTimeout(Duration.ofMillis(integer(node, "header_timeout_ms")));
        }
        if (node.has("body_timeout_ms")) {
            timeouts = timeouts.withBodyTimeout(Duration.ofMillis(integer(node, "body_timeout_ms")));
        }
        if (node.has("min_body_bytes_per_second")) {
            timeouts = timeouts.withMinBodyBytesPerSecond(integer(node, "min_body_bytes_per_second"));
        }
        return timeouts;
    }

    private static long integer(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0
                || value.longValue() > Integer.MAX_VALUE && !name.endsWith("_ms")) {
            throw new IllegalArgumentException("config " + name + " must be a non-negative integer, got " + value);
        }
        return value.longValue();
    }

    private static boolean bool(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("config " + name + " must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("config " + name + " must be a string, got " + value);
        }
        return value.textValue();
    }
}
