package dev.kalshisim.sim.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code market_id} (a UUID) the simulator gives each market, derived from its ticker.
 *
 * <p>The engine's markets have no UUID, but several WebSocket messages require one; deriving it
 * from the ticker keeps it stable across runs and restarts, so recordings and tests can rely on it.
 * Thread-safe.
 */
public final class MarketIds {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private MarketIds() {
    }

    /** The market id of {@code ticker}: a name-based (version 3) UUID of the ticker. */
    public static String of(String ticker) {
        // Deltas carry the id on every message; hashing once per market keeps that off the hot path.
        return CACHE.computeIfAbsent(ticker, t -> UUID.nameUUIDFromBytes(
                ("kalshi-sim/market/" + t).getBytes(StandardCharsets.UTF_8)).toString());
    }
}
