package dev.kalshisim.sim.server.state;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.faults.FaultPlan;
import dev.kalshisim.sim.faults.Faults;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.reference.ReferenceData;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.history.HistoryStore;
import dev.kalshisim.sim.history.QuoteHistory;
import dev.kalshisim.sim.limits.RateLimiter;
import dev.kalshisim.sim.limits.RequestJournal;
import dev.kalshisim.sim.limits.TierGrants;
import dev.kalshisim.sim.server.auth.ApiKeyRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the server's answers depend on: the engine, keys, tiers, buckets, journal and faults.
 *
 * <p>{@link #reset()} swaps in a fresh engine (with a new id seed, so no id from before the reset
 * can match anything after it) and empties the rest; handlers therefore fetch {@link #exchange()}
 * per request instead of keeping it. Thread-safe.
 */
public final class SimState {

    private final StateConfig config;
    private final ApiKeyRegistry keys = new ApiKeyRegistry();
    private final TierGrants grants = new TierGrants();
    private final RequestJournal journal;
    private final RateLimiter limiter;
    private final Faults faults = new Faults();
    private final ReferenceData reference = new ReferenceData();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong idCounter = new AtomicLong();
    private final HistoryStore history;
    private volatile Exchange exchange;
    private volatile QuoteHistory quotes;
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();

    public SimState(StateConfig config) {
        this.config = config;
        this.journal = new RequestJournal(config.journalCapacity());
        this.limiter = new RateLimiter(config.clock(), config.tiers(), config.endpointCosts(), grants,
                config.unsignedLimit());
        this.history = HistoryStore.open(config.history());
        installEngine();
    }

    /** The engine now in use. */
    public Exchange exchange() {
        return exchange;
    }

    /** Best quotes, trades and open interest per minute, for candlesticks. */
    public QuoteHistory quotes() {
        return quotes;
    }

    /** What left the engine's live window: the store behind {@code /historical}. */
    public HistoryStore history() {
        return history;
    }

    /** What this state was built from. */
    public StateConfig config() {
        return config;
    }

    public Clock clock() {
        return config.clock();
    }

    public ApiKeyRegistry keys() {
        return keys;
    }

    public TierGrants grants() {
        return grants;
    }

    public RequestJournal journal() {
        return journal;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    public Faults faults() {
        return faults;
    }

    /** Milestones, live data, structured targets, announcements and the rest of the catalog's reference data. */
    public ReferenceData reference() {
        return reference;
    }

    /** A new id (a UUID, as Kalshi's key ids are), derived from a counter so runs are repeatable. */
    public String newId(String kind) {
        long n = idCounter.incrementAndGet();
        return UUID.nameUUIDFromBytes((kind + ":" + generation.get() + ":" + n).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Runs {@code listener} after every {@link #reset()}, once the fresh engine is in place, so that
     * parts holding on to the old engine (the WebSocket feed) move to the new one at once.
     */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** Forgets all members, keys, markets, orders, buckets, journal entries and faults. */
    public synchronized void reset() {
        generation.incrementAndGet();
        keys.clear();
        grants.clear();
        limiter.reset();
        journal.clear();
        faults.set(FaultPlan.NONE);
        history.clear();
        reference.clear();
        installEngine();
        resetListeners.forEach(Runnable::run);
    }

    /** Closes the historical store (the server is shutting down). */
    public void close() {
        history.close();
    }

    private void installEngine() {
        // The engine's sink needs this engine's quote history, which needs the engine: one holder ties them.
        QuoteHistory[] bars = new QuoteHistory[1];
        HistorySink sink = batch -> history.archive(batch, ticker -> bars[0].take(ticker).ascending());
        MatchingExchange fresh = new MatchingExchange(config.clock(),
                EngineConfig.defaults().withIdSeed(generation.get()).withLimits(config.engineLimits()),
                config.history().live(), sink);
        bars[0] = new QuoteHistory(fresh, config.history().maxBarsPerMarket());
        fresh.addListener(bars[0]);
        this.quotes = bars[0];
        this.exchange = fresh;
    }
}
