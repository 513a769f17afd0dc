package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.data.replay.ReplayLogFormat;
import dev.kalshisim.sim.engine.MatchingExchange;
import dev.kalshisim.sim.engine.config.EngineConfig;
import dev.kalshisim.sim.engine.retention.HistorySink;
import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeListener;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.replay.FillModel;
import dev.kalshisim.sim.replay.playback.ReplayCatalog;
import dev.kalshisim.data.recording.Manifest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The replay exchange: the simulator's own engine, holding only the strategy's orders, with the
 * recorded market around it as the fill model keeps it.
 *
 * <p>The recording trades with the strategy through the engine, as a hidden member ({@link #TAPE}),
 * so every rule, fee, collateral and position change is the engine's, never a second copy:
 * <ul>
 *   <li>an arriving order that crosses recorded liquidity first has those recorded levels placed
 *       in the engine as the tape's orders, then meets them (and the strategy's own orders: self-trade
 *       prevention) by the engine's matching; what was taken is reported to the fill model, and the
 *       tape's leftovers are withdrawn at once;</li>
 *   <li>a resting strategy order the fill model says is reached (by a recorded trade, or by the
 *       recorded book moving through it) is filled by an immediate-or-cancel tape order at its
 *       price for exactly that quantity.</li>
 * </ul>
 * The tape's position is the mirror of the strategy's, so it stays within any position limit; its
 * cash is large enough never to bind.
 *
 * <p>Single-threaded: the backtest's loop drives it.
 */
final class BacktestExchange {

    /** The strategy's member id in the engine. */
    static final String STRATEGY = "backtest-strategy";
    /** The member the recorded market trades as. */
    static final String TAPE = "recorded-market";

    private static final Money TAPE_CASH = Money.ofDollars(1_000_000_000L);
    private static final int PRICE_SCALE = (int) Price.SCALE;

    private final MatchingExchange engine;
    private final FillModel model;
    private final MarketIndex markets;
    private final StrategyOrders orders;
    private final List<PendingFill> pendingFills = new ArrayList<>();
    private final ReplayLog log;
    private final Set<String> settled = new HashSet<>();
    /** The strategy's orders the engine filled during the current tape order. */
    private final List<String> filledNow = new ArrayList<>();
    private LevelChanges takenChanges = LevelChanges.NONE;
    private long tapeFills;
    private long unmatchedFills;
    private long unofferedLevels;

    BacktestExchange(ReplayLog log, Manifest manifest, Clock clock, FillModel model, long seed, Money balance) {
        this.log = log;
        // A short live window: past 1,000 of each, the oldest finished orders and trades (with their
        // fills) leave the engine. Nothing reads them back in a backtest (the journal has them), so a
        // long recording keeps a flat heap; the account's ledger and resting orders never leave.
        this.engine = new MatchingExchange(clock, EngineConfig.defaults().withIdSeed(seed),
                LiveWindow.defaults().withCaps(1_000, 1_000, 1_000), HistorySink.DISCARD);
        this.model = model;
        this.markets = new MarketIndex(log.tickers());
        this.orders = new StrategyOrders(model, markets);
        require(engine.createMember(STRATEGY, balance, null), "open the strategy's account");
        require(engine.createLiquidityMember(TAPE, TAPE_CASH), "open the recorded market's account");
        engine.addListener(this::watch);
        createMarkets(log, manifest, clock.nowNanos());
    }

    /** Who hears that the strategy took from a recorded level (its view of the book). */
    void onTaken(LevelChanges listener) {
        this.takenChanges = listener;
    }

    MatchingExchange engine() {
        return engine;
    }

    MarketIndex markets() {
        return markets;
    }

    StrategyOrders orders() {
        return orders;
    }

    FillModel model() {
        return model;
    }

    /** Fills the tape made that the engine gave to another strategy order than the fill model named. */
    long unmatchedFills() {
        return unmatchedFills;
    }

    /** Fills of resting strategy orders the recording caused. */
    long tapeFills() {
        return tapeFills;
    }

    /** Recorded levels that could not be offered to an arriving order (off the market's price grid). */
    long unofferedLevels() {
        return unofferedLevels;
    }

    // ---- the recording -------------------------------------------------------------------------

    /** Applies the cursor's current record: the fill model's books, then any fills it caused, then lifecycle. */
    void apply(ReplayCursor record) {
        model.apply(record, this::queueFill);
        if (!pendingFills.isEmpty()) {
            fillPending();
        }
        if (record.kind() == ReplayKind.STATUS) {
            lifecycle(record);
        }
    }

    private void queueFill(String orderId, long quantity) {
        pendingFills.add(new PendingFill(orderId, quantity));
    }

    /** Fills what the model reported, after it returned, so engine events never re-enter it mid-record. */
    private void fillPending() {
        for (PendingFill fill : pendingFills) {
            fillResting(fill.orderId(), fill.quantity());
        }
        pendingFills.clear();
    }

    private record PendingFill(String orderId, long quantity) {
    }

    private void fillResting(String orderId, long quantity) {
        StrategyOrders.Resting order = orders.find(orderId);
        if (order == null || quantity <= 0) {
            return;
        }
        long count = Math.min(quantity, order.remaining);
        BookSide takerSide = order.bookSide() == BookSide.BID ? BookSide.ASK : BookSide.BID;
        PlaceOrder taker = PlaceOrder.limit(TAPE, markets.ticker(order.market), takerSide,
                Price.ofUnits(order.yesUnits()), Count.ofHundredths(count)).withTimeInForce(
                TimeInForce.IMMEDIATE_OR_CANCEL);
        filledNow.clear();
        OrderResult result = engine.placeOrder(taker);
        if (!result.isAccepted()) {
            return;
        }
        tapeFills++;
        if (!result.fills().isEmpty() && !filledNow.contains(orderId)) {
            unmatchedFills++;
        }
        filledNow.clear();
    }

    private void lifecycle(ReplayCursor record) {
        String ticker = markets.ticker(record.marketIndex());
        String type = log.string(record.eventTypeRef());
        long resultRef = record.resultRef();
        String result = resultRef == ReplayLogFormat.NO_STRING ? null : log.string(resultRef);
        switch (type) {
            case "determined", "settled" -> settle(ticker, result);
            case "deactivated" -> engine.setMarketStatus(ticker, MarketStatus.INACTIVE);
            case "activated" -> engine.setMarketStatus(ticker, MarketStatus.ACTIVE);
            default -> {
                // created, close_date_updated, metadata: nothing changes for trading.
            }
        }
    }

    private void settle(String ticker, String result) {
        MarketResult outcome = result == null ? null : switch (result) {
            case "yes" -> MarketResult.YES;
            case "no" -> MarketResult.NO;
            default -> null;
        };
        if (outcome == null || !settled.add(ticker)) {
            return;
        }
        engine.settleMarket(ticker, outcome);
    }

    // ---- the strategy's commands ----------------------------------------------------------------

    /** Places a strategy order as it reaches the exchange, against the recorded book as it is now. */
    OrderResult place(PlaceOrder command) {
        List<Offer> tape = offerCrossing(command.ticker(), command.side(), command.price());
        OrderResult result = engine.placeOrder(command);
        withdraw(tape);
        return result;
    }

    /** Places each order in turn, as the engine's batch does. */
    List<OrderResult> placeAll(List<PlaceOrder> commands) {
        List<OrderResult> results = new ArrayList<>(commands.size());
        for (PlaceOrder command : commands) {
            results.add(place(command));
        }
        return results;
    }

    /** Amends an order; a new price that crosses the recorded book meets it as an arriving order would. */
    OrderResult amend(AmendCommand command) {
        List<Offer> tape = offerCrossing(command.ticker(), command.side(), command.price());
        OrderResult result = engine.amendOrder(command);
        withdraw(tape);
        return result;
    }

    CancelResult decrease(DecreaseCommand command) {
        return engine.decreaseOrder(command);
    }

    CancelResult cancel(String orderId) {
        return engine.cancelOrder(STRATEGY, orderId);
    }

    List<CancelResult> cancelAll(List<String> orderIds) {
        return engine.cancelOrders(STRATEGY, orderIds);
    }

    /**
     * Places the recorded levels an order at ({@code side}, {@code yesPrice}) would cross as the
     * tape's orders; returns their ids with what each offered, to withdraw afterwards.
     */
    private List<Offer> offerCrossing(String ticker, BookSide side, Price yesPrice) {
        int market = markets.indexOf(ticker);
        if (market < 0 || yesPrice == null || !yesPrice.isTradable()) {
            return List.of();
        }
        int takerSide = side == BookSide.BID ? ReplayLogFormat.SIDE_YES : ReplayLogFormat.SIDE_NO;
        int limit = StrategyOrders.ownLeg(side, (int) yesPrice.units());
        List<int[]> levels = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        model.takeable(market, takerSide, limit, (levelSide, price, quantity) -> {
            if (quantity > 0) {
                levels.add(new int[] {levelSide, price});
                sizes.add(quantity);
            }
        });
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Offer> placed = new ArrayList<>(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            int levelSide = levels.get(i)[0];
            int price = levels.get(i)[1];
            BookSide bookSide = levelSide == ReplayLogFormat.SIDE_YES ? BookSide.BID : BookSide.ASK;
            int yesUnits = levelSide == ReplayLogFormat.SIDE_YES ? price : PRICE_SCALE - price;
            OrderResult offered = engine.placeOrder(PlaceOrder.limit(TAPE, ticker, bookSide, Price.ofUnits(yesUnits),
                    Count.ofHundredths(sizes.get(i))));
            if (!offered.isAccepted()) {
                unofferedLevels++;
                continue;
            }
            placed.add(new Offer(offered.orderId(), market, levelSide, price, sizes.get(i)));
        }
        return placed;
    }

    /** Withdraws the tape's offered orders and tells the fill model what the strategy took from each. */
    private void withdraw(List<Offer> tape) {
        for (Offer offer : tape) {
            CancelResult left = engine.cancelOrder(TAPE, offer.orderId());
            long taken = left.isAccepted() ? offer.offered() - left.reducedBy().hundredths() : offer.offered();
            if (taken > 0) {
                model.taken(offer.market(), offer.side(), offer.price(), taken);
                takenChanges.changed(offer.market(), offer.side(), offer.price());
            }
        }
    }

    /** A recorded level placed in the engine as the tape's order. */
    private record Offer(String orderId, int market, int side, int price, long offered) {
    }

    // ---- engine events ----------------------------------------------------------------------------

    private final List<ExchangeListener> strategyListeners = new ArrayList<>();

    /** Follows the engine's events of the strategy's member and the markets' lifecycle. */
    void addListener(ExchangeListener listener) {
        strategyListeners.add(listener);
    }

    private void watch(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.OrderFilled filled && STRATEGY.equals(filled.memberId())) {
            filledNow.add(filled.fill().orderId());
        }
        if (event instanceof ExchangeEvent.OrderUpdated updated) {
            if (!STRATEGY.equals(updated.memberId())) {
                return;
            }
            orders.updated(updated.order());
        } else if (!concernsStrategy(event)) {
            return;
        }
        for (ExchangeListener listener : strategyListeners) {
            listener.onEvent(event);
        }
    }

    private static boolean concernsStrategy(ExchangeEvent event) {
        if (event instanceof ExchangeEvent.OrderFilled filled) {
            return STRATEGY.equals(filled.memberId());
        }
        if (event instanceof ExchangeEvent.PositionUpdated position) {
            return STRATEGY.equals(position.memberId());
        }
        if (event instanceof ExchangeEvent.SettlementPaid paid) {
            return STRATEGY.equals(paid.memberId());
        }
        return event instanceof ExchangeEvent.MarketLifecycleChanged;
    }

    // ---- the catalog ------------------------------------------------------------------------------

    /**
     * Creates every recorded market as serve --replay does ({@link ReplayCatalog}): series, event,
     * fees and price grid from the manifest's metadata when the recorder kept it, else from the
     * ticker, open for the whole recording.
     */
    private void createMarkets(ReplayLog log, Manifest manifest, long nowNanos) {
        long first = log.header().firstRecvNs() > 0 ? Math.min(log.header().firstRecvNs(), nowNanos) : nowNanos;
        long last = Math.max(log.header().lastRecvNs(), nowNanos);
        List<String> problems = new ReplayCatalog(manifest).install(engine, log.tickers(), time -> time, first, last);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cannot create the recorded markets: " + String.join("; ", problems));
        }
    }

    private static <T> T require(EngineResult<T> result, String what) {
        if (!result.isOk()) {
            throw new IllegalStateException("cannot " + what + ": " + result.message());
        }
        return result.value();
    }
}
