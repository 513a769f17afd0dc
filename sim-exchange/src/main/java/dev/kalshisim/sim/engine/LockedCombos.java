package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.LookupPoint;
import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.sim.engine.combo.CollectionSpec;
import dev.kalshisim.sim.engine.combo.ComboMarket;
import dev.kalshisim.sim.engine.combo.Combos;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;
import java.util.Set;

/** The engine's collections and combos behind its {@link CommandLock}. */
final class LockedCombos implements Combos {

    private final CommandLock lock;
    private final Combos combos;

    LockedCombos(CommandLock lock, Combos combos) {
        this.lock = lock;
        this.combos = combos;
    }

    @Override
    public EngineResult<MultivariateEventCollection> defineCollection(CollectionSpec spec) {
        return lock.command(() -> combos.defineCollection(spec));
    }

    @Override
    public List<MultivariateEventCollection> collections(String status, String associatedEventTicker,
            String seriesTicker) {
        return lock.query(() -> combos.collections(status, associatedEventTicker, seriesTicker));
    }

    @Override
    public EngineResult<MultivariateEventCollection> collection(String collectionTicker) {
        return lock.query(() -> combos.collection(collectionTicker));
    }

    @Override
    public EngineResult<ComboMarket> createMarket(String collectionTicker, List<TickerPair> legs) {
        return lock.command(() -> combos.createMarket(collectionTicker, legs));
    }

    @Override
    public EngineResult<ComboMarket> lookup(String collectionTicker, List<TickerPair> legs) {
        // A lookup is recorded for the lookup history, so it is a command.
        return lock.command(() -> combos.lookup(collectionTicker, legs));
    }

    @Override
    public EngineResult<List<LookupPoint>> lookupHistory(String collectionTicker, long lookbackSeconds) {
        return lock.query(() -> combos.lookupHistory(collectionTicker, lookbackSeconds));
    }

    @Override
    public List<Event> comboEvents(String collectionTicker, String seriesTicker, boolean withNestedMarkets) {
        return lock.query(() -> combos.comboEvents(collectionTicker, seriesTicker, withNestedMarkets));
    }

    @Override
    public Set<String> comboEventTickers() {
        return lock.query(combos::comboEventTickers);
    }
}
