package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.wire.GetEventResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Market, event and series details kept for a time-to-live, so trading loops that look them up
 * on every pass spend read tokens only once per TTL.
 *
 * <p>Meant for slow-changing details (titles, rules, tick grid, close time, fee type). A cached
 * {@link Market}'s quotes are as old as the entry: read live prices from the order book or stream.
 * Thread-safe.
 */
public final class CachedMetadata {

    private final MarketDataApi markets;
    private final MetadataCache<String, Market> marketCache;
    private final MetadataCache<String, Event> eventCache;
    private final MetadataCache<String, Series> seriesCache;

    CachedMetadata(MarketDataApi markets, Clock clock, long ttlNanos) {
        this.markets = markets;
        this.marketCache = new MetadataCache<>(clock, ttlNanos);
        this.eventCache = new MetadataCache<>(clock, ttlNanos);
        this.seriesCache = new MetadataCache<>(clock, ttlNanos);
    }

    /** The market, from the cache or {@code GET /markets/{ticker}}. */
    public CompletableFuture<Market> marketAsync(String ticker) {
        return marketCache.get(ticker, markets::marketAsync);
    }

    public Market market(String ticker) {
        return RestCaller.await(marketAsync(ticker));
    }

    /** The event (without nested markets), from the cache or {@code GET /events/{event_ticker}}. */
    public CompletableFuture<Event> eventAsync(String eventTicker) {
        return eventCache.get(eventTicker, ticker -> markets.eventAsync(ticker, false).thenApply(GetEventResponse::event));
    }

    public Event event(String eventTicker) {
        return RestCaller.await(eventAsync(eventTicker));
    }

    /** The series, from the cache or {@code GET /series/{series_ticker}}. */
    public CompletableFuture<Series> seriesAsync(String seriesTicker) {
        return seriesCache.get(seriesTicker, markets::seriesAsync);
    }

    public Series series(String seriesTicker) {
        return RestCaller.await(seriesAsync(seriesTicker));
    }

    /** Forgets one market, e.g. after a lifecycle event changed its close time. */
    public void invalidateMarket(String ticker) {
        marketCache.invalidate(ticker);
    }

    /** Forgets everything cached. */
    public void invalidateAll() {
        marketCache.invalidateAll();
        eventCache.invalidateAll();
        seriesCache.invalidateAll();
    }
}
