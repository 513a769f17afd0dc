package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** One {@link KeyPacing} per API key, created at the key's first request with the starting limits. */
final class KeyPacings {

    private final ConcurrentHashMap<String, KeyPacing> byKey = new ConcurrentHashMap<>();
    private final TierLimits startingLimits;
    private final Clock clock;
    private final Executor executor;

    KeyPacings(TierLimits startingLimits, Clock clock, Executor executor) {
        this.startingLimits = startingLimits;
        this.clock = clock;
        this.executor = executor;
    }

    KeyPacing forKey(String keyId) {
        return byKey.computeIfAbsent(keyId, id -> new KeyPacing(id, startingLimits, clock, executor));
    }

    /** The keys seen so far, in no particular order. */
    List<KeyPacing> all() {
        return List.copyOf(byKey.values());
    }
}
