package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.time.VirtualClock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetadataCacheTest {

    private final VirtualClock clock = VirtualClock.atMillis(1_000_000);
    private final MetadataCache<String, String> cache = new MetadataCache<>(clock, 60_000_000_000L);
    private final AtomicInteger loads = new AtomicInteger();

    private CompletableFuture<String> load(String key) {
        return CompletableFuture.completedFuture(key + "#" + loads.incrementAndGet());
    }

    @Test
    void servesFromTheCacheUntilTheTtlPasses() {
        assertThat(cache.get("A", this::load).join()).isEqualTo("A#1");
        clock.advanceByMillis(59_999);
        assertThat(cache.get("A", this::load).join()).isEqualTo("A#1");
        clock.advanceByMillis(1);
        assertThat(cache.get("A", this::load).join()).isEqualTo("A#2");
        assertThat(cache.get("B", this::load).join()).isEqualTo("B#3");
    }

    @Test
    void concurrentLookupsShareOneLoad() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> first = cache.get("A", key -> {
            loads.incrementAndGet();
            return pending;
        });
        CompletableFuture<String> second = cache.get("A", key -> {
            loads.incrementAndGet();
            return CompletableFuture.completedFuture("other");
        });
        pending.complete("value");

        assertThat(first.join()).isEqualTo("value");
        assertThat(second.join()).isEqualTo("value");
        assertThat(loads).hasValue(1);
    }

    @Test
    void failedLoadsAreNotCached() {
        CompletableFuture<String> failed = cache.get("A", key -> CompletableFuture.failedFuture(new IllegalStateException("down")));
        assertThat(failed).isCompletedExceptionally();
        assertThat(cache.get("A", this::load).join()).isEqualTo("A#1");
    }

    @Test
    void invalidateForcesALoad() {
        cache.get("A", this::load).join();
        cache.invalidate("A");
        assertThat(cache.get("A", this::load).join()).isEqualTo("A#2");
    }
}
