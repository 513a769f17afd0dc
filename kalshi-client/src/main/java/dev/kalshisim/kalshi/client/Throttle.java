package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.limits.PacingStats;
import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage that paces requests by the account's own token buckets, so a busy client waits on
 * its side instead of collecting 429s.
 *
 * <p>On first use it loads the account's limits and the endpoint costs ({@link RateLimitsLoader});
 * requests arriving meanwhile wait for that. Each request is then charged its endpoint's cost (a
 * batch the per-item cost times its items) in the read or write bucket of core's {@link Pacer}, by
 * Kalshi's routing: this stage only adds the HTTP around it (which request is a cancel, what a 429
 * looks like), so a backtest that uses a {@code Pacer} directly paces exactly as this client does. Every {@code refreshIntervalNanos} the tables are reloaded in the background and the
 * buckets adopt the new limits, keeping their balance; a table that fails to reload keeps its
 * last value from the server. A 429 still seen (another session on the
 * same key, or drift) empties the local bucket so the retry waits for a real refill.
 *
 * <p>A disabled throttle passes requests straight on and only counts 429s. Thread-safe.
 */
final class Throttle implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    private final boolean enabled;
    private final RateLimitsLoader loader;
    private final boolean authenticated;
    private final Clock clock;
    private final Executor executor;
    private final long refreshIntervalNanos;
    private final Stage next;
    private final AtomicLong rateLimitedResponses = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    private CompletableFuture<Void> started;
    private volatile RateLimits limits;
    private volatile Pacer pacer;
    private long nextRefreshAtNanos;
    private boolean refreshing;

    Throttle(boolean enabled, RateLimitsLoader loader, boolean authenticated, Clock clock, Executor executor,
            long refreshIntervalNanos, Stage next) {
        if (refreshIntervalNanos <= 0) {
            throw new IllegalArgumentException("refreshIntervalNanos must be positive: " + refreshIntervalNanos);
        }
        this.enabled = enabled;
        this.loader = loader;
        this.authenticated = authenticated;
        this.clock = clock;
        this.executor = executor;
        this.refreshIntervalNanos = refreshIntervalNanos;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        if (!enabled) {
            return next.send(request).thenApply(this::count429);
        }
        return start().thenCompose(ignored -> {
            refreshIfDue();
            RateLimits current = limits;
            // One lookup in core's path matcher answers both the bucket and the cost.
            EndpointPrice price = current.costs().priceOf(request.method(), request.apiPath());
            int items = request.batchItems() > 0 ? request.batchItems() : EndpointPrice.SINGLE;
            PacedBucket.Priority priority = request.kind() == RequestKind.CANCEL ? PacedBucket.Priority.CANCEL : PacedBucket.Priority.NORMAL;
            return pacer.acquire(price, items, priority)
                    .thenCompose(permit -> next.send(request)
                            .whenComplete((response, failure) -> permit.settled())
                            .thenApply(response -> {
                                if (response.status() == 429) {
                                    permit.rateLimited();
                                }
                                return count429(response);
                            }));
        });
    }

    /** Loads the tables if nobody has yet; the returned future completes when the buckets exist. */
    CompletableFuture<Void> start() {
        synchronized (this) {
            if (started == null) {
                started = loader.load().thenAccept(loaded -> {
                    Pacer newPacer = new Pacer(loaded.limits(), clock, executor);
                    newPacer.charge(BucketKind.READ, RateLimitsLoader.loadCostTokens(loaded.costs(), authenticated));
                    pacer = newPacer;
                    adopt(loaded);
                });
            }
            return started;
        }
    }

    /** The current counters; buckets read as empty before the first request. */
    ThrottleStats stats() {
        RateLimits current = limits;
        Pacer currentPacer = pacer;
        return new ThrottleStats(enabled, current == null ? null : current.usageTier(),
                current != null && current.limitsFromServer(), current != null && current.costsFromServer(),
                currentPacer == null ? PacingStats.EMPTY : currentPacer.stats(BucketKind.READ),
                currentPacer == null ? PacingStats.EMPTY : currentPacer.stats(BucketKind.WRITE),
                rateLimitedResponses.get(), refreshes.get());
    }

    /** The limits in force, or null before the first request. */
    RateLimits limits() {
        return limits;
    }

    private void refreshIfDue() {
        synchronized (this) {
            if (refreshing || clock.nowNanos() < nextRefreshAtNanos) {
                return;
            }
            refreshing = true;
        }
        loader.load().whenComplete((fresh, failure) -> {
            if (fresh != null) {
                RateLimits merged = fresh.orPrevious(limits);
                pacer.reconfigure(merged.limits());
                pacer.charge(BucketKind.READ, RateLimitsLoader.loadCostTokens(merged.costs(), authenticated));
                adopt(merged);
            } else {
                LOG.warn("refreshing the rate limits failed: {}", failure.toString());
            }
            synchronized (this) {
                refreshing = false;
            }
        });
    }

    private void adopt(RateLimits loaded) {
        RateLimits previous = limits;
        limits = loaded;
        refreshes.incrementAndGet();
        synchronized (this) {
            nextRefreshAtNanos = Math.addExact(clock.nowNanos(), refreshIntervalNanos);
        }
        if (previous == null || !previous.limits().equals(loaded.limits())) {
            LOG.info("pacing by tier {}: read {}/s (capacity {}), write {}/s (capacity {}); limits from {}, costs from {}",
                    loaded.usageTier(), loaded.limits().read().refillRate(), loaded.limits().read().bucketCapacity(),
                    loaded.limits().write().refillRate(), loaded.limits().write().bucketCapacity(),
                    loaded.limitsFromServer() ? "the server" : "the tier table",
                    loaded.costsFromServer() ? "the server" : "the built-in table");
        }
    }

    private ApiResponse count429(ApiResponse response) {
        if (response.status() == 429) {
            rateLimitedResponses.incrementAndGet();
        }
        return response;
    }
}
