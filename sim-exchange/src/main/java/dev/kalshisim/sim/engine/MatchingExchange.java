package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Count;
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
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.IdSource;
import dev.kalshisim.sim.engine.book.Matcher;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.book.TradeTape;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.CatalogService;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketLifecycle;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.config.SelfTradeScope;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeListener;
import dev.kalshisim.sim.engine.group.OrderGroupRules;
import dev.kalshisim.sim.engine.group.OrderGroupService;
import dev.kalshisim.sim.engine.group.OrderGroupView;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Collateral;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderAmender;
import dev.kalshisim.sim.engine.order.OrderCanceller;
import dev.kalshisim.sim.engine.order.OrderPlacement;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.query.CatalogQueries;
import dev.kalshisim.sim.engine.query.EventQuery;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.MarketQuery;
import dev.kalshisim.sim.engine.query.OrderQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.QueryService;
import dev.kalshisim.sim.engine.query.SettlementQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.retention.Cutoffs;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.engine.retention.Retention;
import dev.kalshisim.sim.engine.settlement.SettlementService;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import dev.kalshisim.sim.engine.subaccount.SubaccountService;
import dev.kalshisim.sim.engine.subaccount.AppliedTransfer;
import dev.kalshisim.sim.engine.subaccount.SubaccountView;
import dev.kalshisim.sim.engine.time.DueActions;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine behind {@link Exchange}: wires the services together and runs each call through the
 * {@link CommandLock} (one lock, due work first, events dispatched before the lock is released).
 * Each service owns its part of the state (the catalog its markets, the account service the
 * accounts, the registry the orders, the tape the trades) and the others ask it through methods.
 */
public final class MatchingExchange implements Exchange {

    private final Clock clock;
    private final EngineLimits limits;
    private final CommandLock lock;
    private final EventSink sink;
    private final Catalog catalog;
    private final ExchangePauses pauses;
    private final MarketLifecycle lifecycle;
    private final CatalogService catalogService;
    private final AccountService accounts;
    private final OrderRegistry registry;
    private final TradeTape tape;
    private final OrderPlacement placement;
    private final OrderAmender amender;
    private final OrderCanceller canceller;
    private final SettlementService settlement;
    private final QueryService queries;
    private final CatalogQueries catalogQueries;
    private final Retention retention;
    private final Invariants invariants;
    private final Matcher matcher;
    private final SubaccountService subaccounts;
    private final OrderGroupService groups;

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
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(history, "history");
        this.limits = config.limits();
        this.sink = new EventSink();
        DueActions due = new DueActions();
        this.lock = new CommandLock(clock, sink, due);
        // Each due time asks the clock for a wake-up, so expiries and closes happen without a call.
        due.wakeUpWith(atNanos -> clock.schedule(atNanos, lock::onTimer));

        this.catalog = new Catalog();
        this.pauses = new ExchangePauses(clock, sink);
        Collateral collateral = new Collateral(config.feeSchedule());
        Ledger ledger = new Ledger(collateral, config.rebateTiming());
        this.accounts = new AccountService(clock, limits, ledger);
        IdSource ids = new IdSource(config.idSeed());
        Books books = new Books();
        this.registry = new OrderRegistry(clock, sink, ids);
        this.tape = new TradeTape();
        RestingOrders resting = new RestingOrders(clock, sink, books, registry, accounts, ledger);
        this.matcher = new Matcher(clock, sink, config.feeSchedule(), ids, books, registry, resting, tape, accounts,
                ledger);
        this.groups = new OrderGroupService(clock, sink, ids, accounts, registry, resting);
        matcher.observeMatchesWith(groups);
        this.placement = new OrderPlacement(clock, config, due, catalog, pauses, accounts, ledger, books, registry,
                resting, matcher);
        this.amender = new OrderAmender(clock, limits, pauses, accounts, ledger, books, registry, resting, matcher,
                placement);
        this.canceller = new OrderCanceller(clock, pauses, accounts, books, registry, resting);
        pauses.whenPauseBegins(canceller::cancelForPause);
        this.catalogQueries = new CatalogQueries(clock, catalog, books);
        this.lifecycle = new MarketLifecycle(clock, sink, due, catalog, catalogQueries::market,
                market -> canceller.cancelMarket(market, CancelReason.MARKET_STATUS_CHANGE));
        this.catalogService = new CatalogService(clock, limits, catalog, lifecycle);
        this.settlement = new SettlementService(clock, sink, accounts, ledger, canceller, lifecycle);
        this.queries = new QueryService(catalog, accounts, books, registry, tape);
        this.subaccounts = new SubaccountService(clock, sink, limits, catalog, accounts, ledger, canceller);
        this.retention = new Retention(clock, window, history, catalog, accounts, books, registry, tape);
        lock.afterEachCommand(retention::evict);
        this.invariants = new Invariants(config.rebateTiming(), catalog, accounts, ledger, collateral, books, registry,
                retention);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public EngineLimits limits() {
        return limits;
    }

    @Override
    public void addListener(ExchangeListener listener) {
        sink.addListener(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(ExchangeListener listener) {
        sink.removeListener(listener);
    }

    @Override
    public EngineResult<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember) {
        return lock.command(() -> accounts.createMember(memberId, initialBalance, apiKeyId, directMember));
    }

    @Override
    public EngineResult<AccountBalance> createLiquidityMember(String memberId, Money initialBalance) {
        return lock.command(() -> accounts.createLiquidityMember(memberId, initialBalance));
    }

    @Override
    public EngineResult<AccountBalance> addApiKey(String memberId, String apiKeyId) {
        return lock.command(() -> accounts.addApiKey(memberId, apiKeyId));
    }

    @Override
    public EngineResult<AccountBalance> removeApiKey(String memberId, String apiKeyId) {
        return lock.command(() -> accounts.removeApiKey(memberId, apiKeyId));
    }

    @Override
    public Optional<String> memberForApiKey(String apiKeyId) {
        return lock.query(() -> accounts.memberForApiKey(apiKeyId));
    }

    @Override
    public EngineResult<AccountBalance> deposit(String memberId, Money amount) {
        return lock.command(() -> accounts.deposit(memberId, amount));
    }

    @Override
    public EngineResult<AccountBalance> balance(String memberId) {
        return lock.query(() -> accounts.balance(memberId));
    }

    @Override
    public List<String> members() {
        return lock.query(accounts::members);
    }

    @Override
    public EngineResult<Series> createSeries(SeriesSpec spec) {
        return lock.command(() -> catalogService.createSeries(spec).map(catalogQueries::series));
    }

    @Override
    public Optional<Series> series(String seriesTicker) {
        return lock.query(() -> catalogQueries.series(seriesTicker));
    }

    @Override
    public List<Series> listSeries(String category) {
        return lock.query(() -> catalogQueries.listSeries(category));
    }

    @Override
    public EngineResult<Event> createEvent(EventSpec spec) {
        return lock.command(() -> catalogService.createEvent(spec).map(e -> catalogQueries.event(e, false)));
    }

    @Override
    public Optional<Event> event(String eventTicker, boolean withNestedMarkets) {
        return lock.query(() -> catalogQueries.event(eventTicker, withNestedMarkets));
    }

    @Override
    public List<Event> events(EventQuery query) {
        return lock.query(() -> catalogQueries.events(query));
    }

    @Override
    public EngineResult<Market> createMarket(MarketSpec spec) {
        return lock.command(() -> catalogService.createMarket(spec).map(catalogQueries::market));
    }

    @Override
    public Optional<Market> market(String ticker) {
        return lock.query(() -> catalogQueries.market(ticker));
    }

    @Override
    public List<Market> markets(MarketQuery query) {
        return lock.query(() -> catalogQueries.markets(query));
    }

    @Override
    public EngineResult<Market> setMarketStatus(String ticker, MarketStatus status) {
        return lock.command(() -> withMarket(ticker, m -> lifecycle.setStatus(m, status)));
    }

    @Override
    public EngineResult<Market> setCloseTime(String ticker, Instant closeTime) {
        if (!EngineLimits.acceptsTime(closeTime)) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "close time must lie from "
                    + EngineLimits.EARLIEST_TIME + " to before " + EngineLimits.LATEST_TIME);
        }
        return lock.command(() -> withMarket(ticker, m -> lifecycle.setCloseTime(m, Times.nanos(closeTime))));
    }

    @Override
    public ExchangeStatus exchangeStatus() {
        return lock.query(pauses::status);
    }

    @Override
    public void setExchangeActive(boolean active) {
        lock.command(() -> pauses.setExchangeActive(active));
    }

    @Override
    public void setTradingActive(boolean active) {
        lock.command(() -> pauses.setTradingActive(active));
    }

    @Override
    public OrderResult placeOrder(PlaceOrder command) {
        return lock.command(() -> place(command));
    }

    @Override
    public List<OrderResult> placeOrders(List<PlaceOrder> commands) {
        List<PlaceOrder> copy = List.copyOf(commands);
        return lock.command(() -> copy.stream().map(this::place).collect(Collectors.toList()));
    }

    /** An order naming an order group passes the group's checks first. */
    private OrderResult place(PlaceOrder command) {
        OrderResult refused = groups.refusal(command);
        return refused != null ? refused : placement.place(command);
    }

    @Override
    public CancelResult cancelOrder(String memberId, String orderId) {
        return lock.command(() -> canceller.cancel(memberId, orderId));
    }

    @Override
    public List<CancelResult> cancelOrders(String memberId, List<String> orderIds) {
        List<String> copy = List.copyOf(orderIds);
        return lock.command(() -> copy.stream().map(id -> canceller.cancel(memberId, id))
                .collect(Collectors.toList()));
    }

    @Override
    public List<CancelResult> cancelAll(String memberId, String ticker) {
        return lock.command(() -> canceller.cancelAll(memberId, ticker));
    }

    @Override
    public OrderResult amendOrder(AmendCommand command) {
        return lock.command(() -> amender.amend(command));
    }

    @Override
    public CancelResult decreaseOrder(DecreaseCommand command) {
        return lock.command(() -> amender.decrease(command));
    }

    @Override
    public EngineResult<QueuePosition> queuePosition(String memberId, String orderId) {
        return lock.query(() -> canceller.queuePosition(memberId, orderId));
    }

    @Override
    public List<QueuePosition> queuePositions(String memberId, Collection<String> tickers) {
        return lock.query(() -> canceller.queuePositions(memberId, tickers == null ? List.of() : tickers));
    }

    @Override
    public EngineResult<Orderbook> orderbook(String ticker, int depth) {
        return lock.query(() -> queries.orderbook(ticker, depth));
    }

    @Override
    public List<Trade> trades(TradeQuery query) {
        return lock.query(() -> queries.trades(query));
    }

    @Override
    public EngineResult<Order> order(String memberId, String orderId) {
        return lock.query(() -> queries.order(memberId, orderId));
    }

    @Override
    public List<Order> orders(String memberId, OrderQuery query) {
        return lock.query(() -> queries.orders(memberId, query));
    }

    @Override
    public List<Fill> fills(String memberId, FillQuery query) {
        return lock.query(() -> queries.fills(memberId, query));
    }

    @Override
    public List<MarketPosition> positions(String memberId, PositionQuery query) {
        return lock.query(() -> queries.positions(memberId, query));
    }

    @Override
    public List<Settlement> settlements(String memberId, SettlementQuery query) {
        return lock.query(() -> queries.settlements(memberId, query));
    }

    @Override
    public Money restingOrderValue(String memberId) {
        return lock.query(() -> queries.restingOrderValue(memberId));
    }

    @Override
    public EngineResult<Market> settleMarket(String ticker, MarketResult result) {
        return lock.command(() -> withMarket(ticker, m -> settlement.settle(m, result)));
    }

    @Override
    public EngineResult<SubaccountView> createSubaccount(String memberId) {
        return lock.command(() -> subaccounts.create(memberId));
    }

    @Override
    public EngineResult<List<SubaccountView>> subaccounts(String memberId) {
        return lock.query(() -> subaccounts.list(memberId));
    }

    @Override
    public EngineResult<AccountBalance> balance(String memberId, int subaccount) {
        return lock.query(() -> accounts.balance(memberId, subaccount));
    }

    @Override
    public EngineResult<AppliedTransfer> transferCash(CashTransfer command) {
        Objects.requireNonNull(command, "command");
        return lock.command(() -> subaccounts.transferCash(command));
    }

    @Override
    public EngineResult<AppliedTransfer> transferPosition(PositionTransfer command) {
        Objects.requireNonNull(command, "command");
        return lock.command(() -> subaccounts.transferPosition(command));
    }

    @Override
    public List<AppliedTransfer> subaccountTransfers(String memberId) {
        return lock.query(() -> subaccounts.transfers(memberId));
    }

    @Override
    public EngineResult<SubaccountView> setNetting(String memberId, int subaccount, boolean enabled) {
        return lock.command(() -> subaccounts.setNetting(memberId, subaccount, enabled));
    }

    @Override
    public EngineResult<String> lockForSettlementAdvance(String memberId, int subaccount) {
        return lock.command(() -> subaccounts.lock(memberId, subaccount));
    }

    @Override
    public EngineResult<SubaccountView> unlockForSettlementAdvance(String memberId, int subaccount) {
        return lock.command(() -> subaccounts.unlock(memberId, subaccount));
    }

    @Override
    public List<CancelResult> cancelAll(String memberId, String ticker, Integer subaccount) {
        return lock.command(() -> canceller.cancelAll(memberId, ticker, subaccount));
    }

    @Override
    public SelfTradeScope selfTradeScope() {
        return lock.query(matcher::selfTradeScope);
    }

    @Override
    public void setSelfTradeScope(SelfTradeScope scope) {
        Objects.requireNonNull(scope, "scope");
        lock.command(() -> {
            matcher.setSelfTradeScope(scope);
            return null;
        });
    }

    /** The live/historical boundary: what has left the engine so far. */
    public Cutoffs cutoffs() {
        return lock.query(retention::cutoffs);
    }

    /** How much the engine holds now, for soak tests and the live-window tests. */
    public LiveCounts liveCounts() {
        return lock.query(() -> LiveCounts.of(accounts, registry, tape, catalog));
    }

    @Override
    public EngineResult<OrderGroupView> createOrderGroup(String memberId, int subaccount, Count contractsLimit) {
        return lock.command(() -> {
            // A group lives in one ledger: a subaccount the member has not created has none to hold it.
            if (subaccount > 0 && subaccount <= AccountService.MAX_SUBACCOUNT && accounts.account(memberId) != null
                    && accounts.account(memberId, subaccount) == null) {
                return AccountService.subaccountNotFound(subaccount);
            }
            return groups.create(memberId, subaccount, contractsLimit);
        });
    }

    @Override
    public List<OrderGroupView> orderGroups(String memberId, Integer subaccount) {
        return lock.query(() -> groups.list(memberId, subaccount));
    }

    @Override
    public EngineResult<OrderGroupView> orderGroup(String memberId, String orderGroupId, Integer subaccount) {
        return lock.query(() -> groups.get(memberId, orderGroupId, subaccount));
    }

    @Override
    public EngineResult<OrderGroupView> updateOrderGroupLimit(String memberId, String orderGroupId, Integer subaccount,
            Count contractsLimit) {
        return lock.command(() -> groups.updateLimit(memberId, orderGroupId, subaccount, contractsLimit));
    }

    @Override
    public EngineResult<OrderGroupView> resetOrderGroup(String memberId, String orderGroupId, Integer subaccount) {
        return lock.command(() -> groups.reset(memberId, orderGroupId, subaccount));
    }

    @Override
    public EngineResult<OrderGroupView> triggerOrderGroup(String memberId, String orderGroupId, Integer subaccount) {
        return lock.command(() -> groups.trigger(memberId, orderGroupId, subaccount));
    }

    @Override
    public EngineResult<OrderGroupView> deleteOrderGroup(String memberId, String orderGroupId, Integer subaccount) {
        return lock.command(() -> groups.delete(memberId, orderGroupId, subaccount));
    }

    @Override
    public OrderGroupRules orderGroupRules() {
        return lock.query(groups::rules);
    }

    @Override
    public void setOrderGroupRules(OrderGroupRules rules) {
        lock.command(() -> {
            groups.setRules(rules);
            return null;
        });
    }

    @Override
    public List<String> checkInvariants() {
        return lock.query(() -> {
            List<String> violations = invariants.check();
            groups.check(violations);
            return violations;
        });
    }

    private EngineResult<Market> withMarket(String ticker, Function<MarketState, EngineResult<MarketState>> op) {
        MarketState market = catalog.market(ticker);
        if (market == null) {
            return EngineResult.rejected(RejectReason.MARKET_NOT_FOUND, "market " + ticker + " not found");
        }
        return op.apply(market).map(catalogQueries::market);
    }
}
