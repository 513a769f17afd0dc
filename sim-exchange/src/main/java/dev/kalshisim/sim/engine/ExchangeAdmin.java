package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.time.Instant;
import java.util.List;

/** The control plane: the catalog, market statuses, exchange pauses and the bookkeeping check. */
public interface ExchangeAdmin {

    EngineResult<Series> createSeries(SeriesSpec spec);

    EngineResult<Event> createEvent(EventSpec spec);

    /** Creates a market; its status follows its open and close times from then on. */
    EngineResult<Market> createMarket(MarketSpec spec);

    /**
     * Moves a market to {@code status} (control plane): ACTIVE (open early, or reactivate a paused
     * market, which cancels its resting orders), INACTIVE (pause) or CLOSED (close now, canceling
     * resting orders). Use {@link MarketSettlement#settleMarket} for results.
     */
    EngineResult<Market> setMarketStatus(String ticker, MarketStatus status);

    /** Moves close_time; a closed, undetermined market whose new close time is later reopens. */
    EngineResult<Market> setCloseTime(String ticker, Instant closeTime);

    /** Starts or ends a full exchange pause: nothing may be placed, amended, decreased or canceled. */
    void setExchangeActive(boolean active);

    /** Starts or ends a trading pause: no placing or amending; cancels and decreases still work. */
    void setTradingActive(boolean active);

    /** Describes every broken invariant (cash conservation, open interest, books); empty when sound. */
    List<String> checkInvariants();
}
