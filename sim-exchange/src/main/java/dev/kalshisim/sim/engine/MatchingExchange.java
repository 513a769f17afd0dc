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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine behind {@link Exchange}: wires the services together and runs each call through the
 * {@link Serializer} (one lock, due work first, events dispatched before the lock is released).
 */
public final class MatchingExchange implements Exchange {

    private final Serializer serializer;
    private final EngineState state;
    private final OrderEntry entry;
    private final OrderAmender amender;
    private final OrderCanceller canceller;
    private final MarketLifecycle lifecycle;
    private final SettlementService settlement;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final QueryService queries;
    private final Invariants invariants;
    private final ExchangePauses pauses;

    /** An engine on {@code clock} with the default configuration. */
    public MatchingExchange(Clock clock) {
        this(clock, EngineConfig.defaults());
    }

    public MatchingExchange(Clock clock, EngineConfig config) {
        this(clock, config, LiveWindow.KEEP_ALL, HistorySink.DISCARD);
    }

    /**
     * An engine that moves what passes {@code window} to {@code history} (see {@link LiveWindow}).
     */
    public MatchingExchange(Clock clock, EngineConfig config, LiveWindow window, HistorySink history) {
        this.state = new EngineState(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(config, "config"));
        this.serializer = new Serializer(state);
        Retention retention = new Retention(state, Objects.requireNonNull(window, "window"),
                Objects.requireNonNull(history, "history"));
        serializer.afterEachCommand(retention::evict);
        // Each due time asks the clock for a wake-up, so expiries and closes happen without a call.
        state.due.wakeUpWith(atNanos -> clock.schedule(atNanos, serializer::onTimer));
        RestingOrders resting = new RestingOrders(state);
        Matcher matcher = new Matcher(state, resting);
        this.entry = new OrderEntry(state, resting, matcher);
        this.amender = new OrderAmender(state, resting, matcher, entry);
        this.canceller = new OrderCanceller(state, resting);
        this.lifecycle = new MarketLifecycle(state, canceller);
        this.settlement = new SettlementService(state, canceller, lifecycle);
        this.catalog = new CatalogService(state, lifecycle);
        this.accounts = new AccountService(state);
        this.queries = new QueryService(state);
        this.invariants = new Invariants(state, retention);
        this.pauses = new ExchangePauses(state, canceller);
    }

    @Override
    public Clock clock() {
        return state.clock;
    }

    @Override
    public EngineLimits limits() {
        return state.config.limits();
    }

    @Override
    public void addListener(ExchangeListener listener) {
        state.sink.addListener(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(ExchangeListener listener) {
        state.sink.removeListener(listener);
    }

    @Override
    public Outcome<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember) {
        return serializer.command(() -> accounts.createMember(memberId, initialBalance, apiKeyId, directMember));
    }

    @Override
    public Outcome<AccountBalance> addApiKey(String memberId, String apiKeyId) {
        return serializer.command(() -> accounts.addApiKey(memberId, apiKeyId));
    }

    @Override
    public Optional<String> memberForApiKey(String apiKeyId) {
        return serializer.query(() -> accounts.memberForApiKey(apiKeyId));
    }

    @Override
    public Outcome<AccountBalance> deposit(String memberId, Money amount) {
        return serializer.command(() -> accounts.deposit(memberId, amount));
    }

    @Override
    public Outcome<AccountBalance> balance(String memberId) {
        return serializer.query(() -> accounts.balance(memberId));
    }

    @Override
    public List<String> members() {
        return serializer.query(accounts::members);
    }

    @Override
    public Outcome<Series> createSeries(SeriesSpec spec) {
        return serializer.command(() -> catalog.createSeries(spec));
    }

    @Override
    public Optional<Series> series(String seriesTicker) {
        return serializer.query(() -> catalog.series(seriesTicker));
    }

    @Override
    public List<Series> listSeries(String category) {
        return serializer.query(() -> catalog.listSeries(category));
    }

    @Override
    public Outcome<Event> createEvent(EventSpec spec) {
        return serializer.command(() -> catalog.createEvent(spec));
    }

    @Override
    public Optional<Event> event(String eventTicker, boolean withNestedMarkets) {
        return serializer.query(() -> catalog.event(eventTicker, withNestedMarkets));
    }

    @Override
    public List<Event> events(EventQuery query) {
        return serializer.query(() -> catalog.events(query));
    }

    @Override
    public Outcome<Market> createMarket(MarketSpec spec) {
        return serializer.command(() -> catalog.createMarket(spec));
    }

    @Override
    public Optional<Market> market(String ticker) {
        return serializer.query(() -> catalog.market(ticker));
    }

    @Override
    public List<Market> markets(MarketQuery query) {
        return serializer.query(() -> catalog.markets(query));
    }

    @Override
    public Outcome<Market> setMarketStatus(String ticker, MarketStatus status) {
        return serializer.command(() -> withMarket(ticker, m -> lifecycle.setStatus(m, status)));
    }

    @Override
    public Outcome<Market> setCloseTime(String ticker, Instant closeTime) {
        if (!EngineLimits.acceptsTime(closeTime)) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "close time must lie from "
                    + EngineLimits.EARLIEST_TIME + " to before " + EngineLimits.LATEST_TIME);
        }
        return serializer.command(() -> withMarket(ticker, m -> lifecycle.setCloseTime(m, Times.nanos(closeTime))));
    }

    @Override
    public ExchangeStatus exchangeStatus() {
        return serializer.query(state::exchangeStatus);
    }

    @Override
    public void setExchangeActive(boolean active) {
        serializer.command(() -> pauses.setExchangeActive(active));
    }

    @Override
    public void setTradingActive(boolean active) {
        serializer.command(() -> pauses.setTradingActive(active));
    }

    @Override
    public OrderResult placeOrder(PlaceOrder command) {
        return serializer.command(() -> entry.place(command));
    }

    @Override
    public List<OrderResult> placeOrders(List<PlaceOrder> commands) {
        List<PlaceOrder> copy = List.copyOf(commands);
        return serializer.command(() -> copy.stream().map(entry::place).collect(Collectors.toList()));
    }

    @Override
    public CancelResult cancelOrder(String memberId, String orderId) {
        return serializer.command(() -> canceller.cancel(memberId, orderId));
    }

    @Override
    public List<CancelResult> cancelOrders(String memberId, List<String> orderIds) {
        List<String> copy = List.copyOf(orderIds);
        return serializer.command(() -> copy.stream().map(id -> canceller.cancel(memberId, id))
                .collect(Collectors.toList()));
    }

    @Override
    public List<CancelResult> cancelAll(String memberId, String ticker) {
        return serializer.command(() -> canceller.cancelAll(memberId, ticker));
    }

    @Override
    public OrderResult amendOrder(AmendOrder command) {
        return serializer.command(() -> amender.amend(command));
    }

    @Override
    public CancelResult decreaseOrder(DecreaseOrder command) {
        return serializer.command(() -> amender.decrease(command));
    }

    @Override
    public Outcome<QueuePosition> queuePosition(String memberId, String orderId) {
        return serializer.query(() -> canceller.queuePosition(memberId, orderId));
    }

    @Override
    public List<QueuePosition> queuePositions(String memberId, Collection<String> tickers) {
        return serializer.query(() -> canceller.queuePositions(memberId, tickers == null ? List.of() : tickers));
    }

    @Override
    public Outcome<Orderbook> orderbook(String ticker, int depth) {
        return serializer.query(() -> queries.orderbook(ticker, depth));
    }

    @Override
    public List<Trade> trades(TradeQuery query) {
        return serializer.query(() -> queries.trades(query));
    }

    @Override
    public Outcome<Order> order(String memberId, String orderId) {
        return serializer.query(() -> queries.order(memberId, orderId));
    }

    @Override
    public List<Order> orders(String memberId, OrderQuery query) {
        return serializer.query(() -> queries.orders(memberId, query));
    }

    @Override
    public List<Fill> fills(String memberId, FillQuery query) {
        return serializer.query(() -> queries.fills(memberId, query));
    }

    @Override
    public List<MarketPosition> positions(String memberId, PositionQuery query) {
        return serializer.query(() -> queries.positions(memberId, query));
    }

    @Override
    public List<Settlement> settlements(String memberId, SettlementQuery query) {
        return serializer.query(() -> queries.settlements(memberId, query));
    }

    @Override
    public Money restingOrderValue(String memberId) {
        return serializer.query(() -> queries.restingOrderValue(memberId));
    }

    @Override
    public Outcome<Market> settleMarket(String ticker, MarketResult result) {
        return serializer.command(() -> withMarket(ticker, m -> settlement.settle(m, result)));
    }

    /** The live/historical boundary: what has left the engine so far. */
    public Cutoffs cutoffs() {
        return serializer.query(() -> state.cutoffs);
    }

    /** How much the engine holds now, for soak tests and the live-window tests. */
    public LiveCounts liveCounts() {
        return serializer.query(() -> LiveCounts.of(state));
    }

    @Override
    public List<String> checkInvariants() {
        return serializer.query(invariants::check);
    }

    private Outcome<Market> withMarket(String ticker, Function<MarketState, Outcome<MarketState>> op) {
        MarketState market = state.catalog.market(ticker);
        if (market == null) {
            return Outcome.rejected(RejectReason.MARKET_NOT_FOUND, "market " + ticker + " not found");
        }
        return op.apply(market).map(catalog::market);
    }
}
