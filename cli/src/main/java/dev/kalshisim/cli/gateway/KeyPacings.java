package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One {@link KeyPacing} per API key, created at the key's first request with the starting limits.
 *
 * <p>A key idle for long is forgotten ({@link #forgetIdle}), so a gateway that runs for weeks, or
 * sees requests signed with made-up key ids, does not keep a pair of buckets for every id it ever
 * saw. Forgetting is invisible to the exchange: an idle key's buckets are full, as a new pair's are.
 * The limits the exchange reported for a key are kept, so a returning key is not paced by the
 * starting tier again.
 */
final class KeyPacings {

    private final ConcurrentHashMap<String, KeyPacing> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, TierLimits> learntLimits = new ConcurrentHashMap<>();
    private final TierLimits startingLimits;
    private final Clock clock;
    private final Executor executor;

    KeyPacings(TierLimits startingLimits, Clock clock, Executor executor) {
        this.startingLimits = startingLimits;
        this.clock = clock;
        this.executor = executor;
    }

    /** The key's pacing, marked as seen now. */
    KeyPacing forKey(String keyId) {
        long now = clock.nowNanos();
        // compute, not computeIfAbsent then seen(): atomic with forgetIdle's removal of the same key.
        return byKey.compute(keyId, (id, pacing) -> {
            KeyPacing result = pacing != null ? pacing : create(id);
            result.seen(now);
            return result;
        });
    }

    /** Forgets every key with no request for {@code idleNanos} and nothing waiting; returns how many. */
    int forgetIdle(long idleNanos) {
        long cutoff = clock.nowNanos() - idleNanos;
        int forgotten = 0;
        for (String keyId : byKey.keySet()) {
            KeyPacing removed = byKey.computeIfPresent(keyId, (id, pacing) -> {
                if (!pacing.idleSince(cutoff)) {
                    return pacing;
                }
                if (pacing.upstreamLimits() != null) {
                    learntLimits.put(id, pacing.upstreamLimits());
                }
                return null;
            });
            if (removed == null) {
                forgotten++;
            }
        }
        return forgotten;
    }

    /** The keys seen so far and not forgotten, in no particular order. */
    List<KeyPacing> all() {
        return List.copyOf(byKey.values());
    }

    private KeyPacing create(String keyId) {
        KeyPacing pacing = new KeyPacing(keyId, startingLimits, clock, executor);
        TierLimits learnt = learntLimits.get(keyId);
        if (learnt != null) {
            pacing.reconfigure(learnt);
        }
        return pacing;
    }
}
