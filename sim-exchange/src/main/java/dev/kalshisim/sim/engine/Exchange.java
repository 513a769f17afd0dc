package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.QueuePosition;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.core.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The simulated exchange: the only entry point to the engine's state.
 *
 * <p>Thread-safe: every call runs under one lock, so commands apply one at a time and the state is
 * a deterministic function of the order of calls and the clock. Expected refusals are values
 * ({@link RejectReason} inside a result), never exceptions; exceptions mean programmer errors such as
 * a null required argument. Every state change is published to the {@linkplain #addListener
 * listeners} in the order it was applied. Lists are newest first unless a method says otherwise.
 */
public interface Exchange {

    /** The clock the engine reads all time from. */
    Clock clock();

    /** The largest counts and amounts the engine accepts; larger ones are refused before anything changes. */
    EngineLimits limits();

    /** Registers {@code listener} for all events from now on. */
    void addListener(ExchangeListener listener);

    void removeListener(ExchangeListener listener);

    // Accounts.

    /**
     * Opens an account with {@code initialBalance} of cash and, if not null, one API key id, for a
     * member who is not a direct member of the exchange (fills keep its balance to $0.01).
     */
    default Outcome<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId) {
        return createMember(memberId, initialBalance, apiKeyId, false);
    }

    /**
     * Opens an account; a {@code directMember}'s fills keep its balance to $0.0001 instead of $0.01
     * (Kalshi's fee rounding, see docs/fidelity.md).
     */
    Outcome<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember);

    /** Adds an API key id to a member; a key id belongs to one member only. */
    Outcome<AccountBalance> addApiKey(String memberId, String apiKeyId);

    /** The member an API key id belongs to. */
    Optional<String> memberForApiKey(String apiKeyId);

    /** Adds cash (or, when negative, withdraws available cash). */
    Outcome<AccountBalance> deposit(String memberId, Money amount);

    Outcome<AccountBalance> balance(String memberId);

    /** Member ids in creation order. */
    List<String> members();

    // Catalog and exchange status.

    Outcome<Series> createSeries(SeriesSpec spec);

    Optional<Series> series(String seriesTicker);

    /** Series in creation order, optionally of one category (null for all). */
    List<Series> listSeries(String category);

    Outcome<Event> createEvent(EventSpec spec);

    Optional<Event> event(String eventTicker, boolean withNestedMarkets);

    /** Events in creation order. */
    List<Event> events(EventQuery query);

    /** Creates a market; its status follows its open and close times from then on. */
    Outcome<Market> createMarket(MarketSpec spec);

    Optional<Market> market(String ticker);

    /** Markets in creation order. */
    List<Market> markets(MarketQuery query);

    /**
     * Moves a market to {@code status} (control plane): ACTIVE (open early, or reactivate a paused
     * market, which cancels its resting orders), INACTIVE (pause) or CLOSED (close now, canceling
     * resting orders). Use {@link #settleMarket} for results.
     */
    Outcome<Market> setMarketStatus(String ticker, MarketStatus status);

    /** Moves close_time; a closed, undetermined market whose new close time is later reopens. */
    Outcome<Market> setCloseTime(String ticker, Instant closeTime);

    ExchangeStatus exchangeStatus();

    /** Starts or ends a full exchange pause: nothing may be placed, amended, decreased or canceled. */
    void setExchangeActive(boolean active);

    /** Starts or ends a trading pause: no placing or amending; cancels and decreases still work. */
    void setTradingActive(boolean active);

    // Orders.

    OrderResult placeOrder(PlaceOrder command);

    /** Places each order in turn; one result per command, in the same order. */
    List<OrderResult> placeOrders(List<PlaceOrder> commands);

    CancelResult cancelOrder(String memberId, String orderId);

    /** Cancels each order in turn; one result per id, in the same order. */
    List<CancelResult> cancelOrders(String memberId, List<String> orderIds);

    /** Cancels all of a member's resting orders, in one market if {@code ticker} is not null. */
    List<CancelResult> cancelAll(String memberId, String ticker);

    OrderResult amendOrder(AmendOrder command);

    CancelResult decreaseOrder(DecreaseOrder command);

    /** Contracts ahead of a resting order at its price level. */
    Outcome<QueuePosition> queuePosition(String memberId, String orderId);

    /** Queue positions of all the member's resting orders in {@code tickers} (all markets if empty). */
    List<QueuePosition> queuePositions(String memberId, Collection<String> tickers);

    // Queries.

    /** The book, {@code depth} best levels per side (0 = all), each side ascending. */
    Outcome<Orderbook> orderbook(String ticker, int depth);

    List<Trade> trades(TradeQuery query);

    Outcome<Order> order(String memberId, String orderId);

    List<Order> orders(String memberId, OrderQuery query);

    List<Fill> fills(String memberId, FillQuery query);

    /** Positions in markets the member has traded, by ticker. */
    List<MarketPosition> positions(String memberId, PositionQuery query);

    List<Settlement> settlements(String memberId, SettlementQuery query);

    /** The cost of the member's resting orders (price x remaining count), without fees. */
    Money restingOrderValue(String memberId);

    // Settlement.

    /**
     * Settles a market: cancels its resting orders, pays $1 per winning contract, records a
     * settlement for every member with a position or history there, and leaves it finalized.
     */
    Outcome<Market> settleMarket(String ticker, MarketResult result);

    // Checks.

    /** Describes every broken invariant (cash conservation, open interest, books); empty when sound. */
    List<String> checkInvariants();
}
