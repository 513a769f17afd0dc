package dev.kalshisim.sim.engine.combo;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.LookupPoint;
import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;
import java.util.Set;

/**
 * Multivariate event collections and their combo markets. A combo is a real market of the catalog
 * (it trades, and RFQs quote it, like any other) that settles from its legs: YES once every leg
 * settled on its selected side, NO as soon as one leg settled against it.
 */
public interface Combos {

    /** Defines a collection over existing events (control plane). */
    EngineResult<MultivariateEventCollection> defineCollection(CollectionSpec spec);

    /**
     * Collections, oldest first.
     *
     * @param status {@code unopened}, {@code open} or {@code closed}; null for all
     */
    List<MultivariateEventCollection> collections(String status, String associatedEventTicker, String seriesTicker);

    EngineResult<MultivariateEventCollection> collection(String collectionTicker);

    /** The combo of these legs, created on first use; the same legs always give the same market. */
    EngineResult<ComboMarket> createMarket(String collectionTicker, List<TickerPair> legs);

    /** The combo of these legs if it was created, else {@code COMBO_NOT_FOUND}. */
    EngineResult<ComboMarket> lookup(String collectionTicker, List<TickerPair> legs);

    /** Combos created or looked up in the last {@code lookbackSeconds}, most recent first. */
    EngineResult<List<LookupPoint>> lookupHistory(String collectionTicker, long lookbackSeconds);

    /** Combo events, oldest first, of one collection or series (null for all). */
    List<Event> comboEvents(String collectionTicker, String seriesTicker, boolean withNestedMarkets);

    /** Tickers of every combo event, which the ordinary event listings leave out. */
    Set<String> comboEventTickers();
}
