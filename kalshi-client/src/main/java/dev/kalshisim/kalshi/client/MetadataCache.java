package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps values that rarely change (market, event and series details) for a time-to-live on the
 * {@link Clock}, so loops that look them up repeatedly do not spend read tokens on each pass.
 *
 * <p>Concurrent lookups of one missing key share a single load. Failed loads are not cached. An
 * entry older than the TTL is loaded again on the next lookup. Thread-safe.
 *
 * @param <K> the key, e.g. a ticker
 * @param <V> the cached value
 */
final class MetadataCache<K, V> {

    private final Clock clock;
    private final long ttlNanos;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    MetadataCache(Clock clock, long ttlNanos) {
        if (ttlNanos < 0) {
            throw new IllegalArgumentException("ttlNanos must not be negative: " + ttlNanos);
        }
        this.clock = clock;
        this.ttlNanos = ttlNanos;
    }

    /** The cached value for {@code key}, or the result of {@code load} (which is then cached). */
    CompletableFuture<V> get(K key, Function<K, CompletableFuture<V>> load) {
        long now = clock.nowNanos();
        Entry<V> entry = entries.compute(key, (k, existing) -> {
            if (existing != null && !existing.expired(now, ttlNanos) && !existing.value.isCompletedExceptionally()) {
                return existing;
            }
            return new Entry<>(now, new CompletableFuture<>());
        });
        if (entry.claim()) {
            load.apply(key).whenComplete((value, failure) -> {
                if (failure != null) {
                    entries.remove(key, entry);
                    entry.value.completeExceptionally(failure);
                } else {
                    entry.value.complete(value);
                }
            });
        }
        return entry.value;
    }

    /** Forgets {@code key}, so the next lookup loads it. */
    void invalidate(K key) {
        entries.remove(key);
    }

    /** Forgets everything. */
    void invalidateAll() {
        entries.clear();
    }

    private static final class Entry<V> {
        final long loadedAtNanos;
        final CompletableFuture<V> value;
        private boolean claimed;

        Entry(long loadedAtNanos, CompletableFuture<V> value) {
            this.loadedAtNanos = loadedAtNanos;
            this.value = value;
        }

        boolean expired(long nowNanos, long ttlNanos) {
            return nowNanos - loadedAtNanos >= ttlNanos;
        }

        /** True for exactly one caller per entry, which starts the load. */
        synchronized boolean claim() {
            if (claimed) {
                return false;
            }
            claimed = true;
            return true;
        }
    }
}
