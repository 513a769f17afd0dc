package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.QueuePosition;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.query.EventQuery;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.SettlementQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads: exchange status, the catalog, books and trades, and members' orders, fills and positions. */
public interface ExchangeQueries {

    ExchangeStatus exchangeStatus();

    Optional<Series> series(String seriesTicker);

    /** Series in creation order, optionally of one category (null for all). */
    List<Series> listSeries(String category);

    Optional<Event> event(String eventTicker, boolean withNestedMarkets);

    /** Events in creation order. */
    List<Event> events(EventQuery query);

    Optional<Market> market(String ticker);

    /** Markets in creation order. */
    List<Market> markets(MarketQuery query);

    /** The book, {@code depth} best levels per side (0 = all), each side ascending. */
    EngineResult<Orderbook> orderbook(String ticker, int depth);

    List<Trade> trades(TradeQuery query);

    EngineResult<Order> order(String memberId, String orderId);

    List<Order> orders(String memberId, OrderQuery query);

    List<Fill> fills(String memberId, FillQuery query);

    /** Positions in markets the member has traded, by ticker. */
    List<MarketPosition> positions(String memberId, PositionQuery query);

    List<Settlement> settlements(String memberId, SettlementQuery query);

    /** The cost of the member's resting orders (price x remaining count), without fees. */
    Money restingOrderValue(String memberId);

    /** Contracts ahead of a resting order at its price level. */
    EngineResult<QueuePosition> queuePosition(String memberId, String orderId);

    /** Queue positions of all the member's resting orders in {@code tickers} (all markets if empty). */
    List<QueuePosition> queuePositions(String memberId, Collection<String> tickers);
}
