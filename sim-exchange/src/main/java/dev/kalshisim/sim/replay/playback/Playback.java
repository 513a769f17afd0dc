package dev.kalshisim.sim.replay.playback;

import static dev.kalshisim.data.replay.ReplayLogFormat.NO_PRICE;
import static dev.kalshisim.data.replay.ReplayLogFormat.NO_QUANTITY;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_NO;
import static dev.kalshisim.data.replay.ReplayLogFormat.SIDE_YES;

import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.data.replay.ReplayCursor;
import dev.kalshisim.data.replay.ReplayKind;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Plays a recording into an engine as the rest of the market (see {@link ReplayMarket} for how a
 * book and its trades are shown, docs/fidelity.md for the assumptions).
 *
 * <p>Scheduling: one pending clock callback at a time, for the next record. On a virtual clock
 * (the server's, moved by the control plane) the callback runs when time reaches the record's
 * receive time and applies every record due by then, in order, then schedules the next one; so
 * moving the clock to {@code T} applies exactly the records received at or before {@code T}, and
 * the same steps give the same engine state every time. On the wall clock the records are due at
 * their offset from the first record divided by the speed; at {@link PlaybackSpeed#MAX} a thread
 * applies them as fast as the engine takes them.
 *
 * <p>Thread-safe: applying records, a reset ({@link #engineReplaced()}) and {@link #status()} take
 * the playback's lock; the engine is called with it held, and nothing the engine calls back takes it.
 */
public final class Playback implements AutoCloseable {

    /** A replay member's cash: enough that collateral never binds for a recorded book. */
    static final long MEMBER_BALANCE_MICROS = 100_000_000L * Money.SCALE;
    /** The taker that replays recorded trades. */
    public static final String TAKER_ID = "replay-taker";
    /** The prefix of each market's book member: {@code replay-book-<market index>}. */
    public static final String MAKER_PREFIX = "replay-book-";
    /** Records applied per turn on the wall clock, so the clock's thread gets to engine timers too. */
    private static final int WALL_BATCH = 20_000;

    private final PlaybackConfig config;
    private final Supplier<? extends Exchange> engines;
    private final Clock clock;
    private final PlaybackListener listener;
    private final ReplayLog log;
    private final ReplayCursor cursor;
    private final ReplayCatalog catalog;
    private final ReplayOrders orders = new ReplayOrders();
    private final PlaybackCounters counters = new PlaybackCounters();
    private final ReplayMarket[] markets;
    private final int eventCount;
    private final LongUnaryOperator toEngine;
    private final long first;
    private Exchange engine;
    private boolean pending;
    private long applied;
    private long lastApplied;
    private boolean exhausted;
    private boolean closed;
    private Clock.Timer timer;
    private Thread runner;

    private Playback(PlaybackConfig config, Supplier<? extends Exchange> engines, Clock clock,
            PlaybackListener listener) {
        this.config = config;
        this.engines = engines;
        this.clock = clock;
        this.listener = listener;
        this.log = config.source().log();
        this.cursor = log.cursor();
        this.catalog = new ReplayCatalog(config.source().manifest());
        this.first = config.source().firstRecvNanos();
        this.markets = new ReplayMarket[log.marketCount()];
        for (int i = 0; i < markets.length; i++) {
            markets[i] = new ReplayMarket(i, log.ticker(i), MAKER_PREFIX + i, TAKER_ID, orders, counters);
        }
        this.eventCount = catalog.eventCount(log.tickers());
        if (config.clock() == PlaybackClock.VIRTUAL) {
            if (!(clock instanceof VirtualClock)) {
                throw new IllegalArgumentException("a virtual playback needs the server on a VirtualClock");
            }
            toEngine = t -> t;
        } else {
            long origin = clock.nowNanos();
            long factor = config.speed().isMax() ? 1 : config.speed().factor();
            toEngine = t -> origin + (t - first) / factor;
        }
    }

    /**
     * Creates the recorded markets and replay members in the engine, applies every record already
     * due (on a virtual clock at the first receive time: the opening books) and schedules the rest.
     *
     * @param engines the engine now in use (a reset swaps it: call {@link #engineReplaced()} then)
     * @param clock   the engine's clock
     * @throws IllegalArgumentException with one line when the recording's markets cannot be created
     */
    public static Playback start(PlaybackConfig config, Supplier<? extends Exchange> engines, Clock clock,
            PlaybackListener listener) {
        Playback playback = new Playback(Objects.requireNonNull(config, "config"), Objects.requireNonNull(engines,
                "engines"), Objects.requireNonNull(clock, "clock"), listener == null ? PlaybackListener.NONE : listener);
        playback.begin();
        return playback;
    }

    private synchronized void begin() {
        install(engines.get());
        pending = cursor.next();
        if (config.clock() == PlaybackClock.WALL && config.speed().isMax()) {
            runner = new Thread(this::runFlat, "kalshi-sim-replay");
            runner.setDaemon(true);
            runner.start();
        } else {
            pump();
        }
    }

    /** The configuration played. */
    public PlaybackConfig config() {
        return config;
    }

    /** Where the playback stands. */
    public synchronized PlaybackStatus status() {
        return new PlaybackStatus(markets.length, eventCount, applied, cursor.recordCount(), lastApplied,
                pending ? cursor.recvNanos() : -1, first, config.source().lastRecvNanos(), exhausted, counters.skipped,
                counters.heldBack, counters.refused, counters.lastRefusal);
    }

    /** The recorded book of {@code ticker} as it stands now: price on {@code side}'s own leg to size, ascending. */
    public synchronized NavigableMap<Long, Long> recordedBook(String ticker, OutcomeSide side) {
        int index = log.marketIndex(ticker);
        if (index < 0) {
            throw new IllegalArgumentException("the recording has no market " + ticker);
        }
        return markets[index].recorded(side == OutcomeSide.YES ? SIDE_YES : SIDE_NO);
    }

    /** The member whose resting orders show {@code ticker}'s recorded book. */
    public String bookMemberId(String ticker) {
        int index = log.marketIndex(ticker);
        if (index < 0) {
            throw new IllegalArgumentException("the recording has no market " + ticker);
        }
        return markets[index].makerId;
    }

    /**
     * The engine was replaced (the control plane's reset): the markets and replay members are
     * created again in the new engine and the recorded book as it stands now is placed again, with
     * each market's last recorded lifecycle; the playback goes on from where it was.
     */
    public synchronized void engineReplaced() {
        if (closed) {
            return;
        }
        for (ReplayMarket market : markets) {
            market.forgetOrders();
        }
        install(engines.get());
        for (ReplayMarket market : markets) {
            if (market.lifecycle == null) {
                market.reconcileAll(engine);
            } else {
                lifecycle(market, market.lifecycle, market.result);
            }
        }
    }

    /** Stops applying records; the engine keeps what it has. Idempotent. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closed = true;
            if (timer != null) {
                timer.cancel();
                timer = null;
            }
            thread = runner;
        }
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
    }

    private void install(Exchange fresh) {
        engine = fresh;
        orders.clear();
        Set<String> members = new HashSet<>();
        long balance = Math.min(MEMBER_BALANCE_MICROS, Math.min(fresh.limits().maxDepositMicros(),
                fresh.limits().maxBalanceMicros()));
        members.add(TAKER_ID);
        for (ReplayMarket market : markets) {
            members.add(market.makerId);
        }
        orders.follow(members);
        fresh.addListener(orders);
        List<String> problems = new ArrayList<>();
        for (String member : members.stream().sorted().toList()) {
            EngineResult<?> opened = fresh.createLiquidityMember(member, Money.ofMicros(balance));
            if (!opened.isOk()) {
                problems.add(opened.message());
            }
        }
        problems.addAll(catalog.install(fresh, log.tickers(), toEngine, first, config.source().lastRecvNanos()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot replay " + config.source().folder() + ": " + problems.get(0));
        }
    }

    /** Applies what is due, then schedules the one callback for the next record. */
    private synchronized void pump() {
        timer = null;
        if (closed) {
            return;
        }
        boolean virtual = config.clock() == PlaybackClock.VIRTUAL;
        int batch = 0;
        while (pending) {
            long due = toEngine.applyAsLong(cursor.recvNanos());
            if (due > clock.nowNanos()) {
                timer = clock.schedule(due, this::pump);
                return;
            }
            applyRecord();
            if (!virtual && ++batch >= WALL_BATCH && pending) {
                timer = clock.schedule(clock.nowNanos(), this::pump);
                return;
            }
        }
        finish();
    }

    /** {@link PlaybackSpeed#MAX}: every record as soon as the previous one is applied. */
    private void runFlat() {
        while (true) {
            synchronized (this) {
                if (closed || !pending) {
                    if (!closed) {
                        finish();
                    }
                    return;
                }
                for (int i = 0; i < 4_096 && pending; i++) {
                    applyRecord();
                }
            }
        }
    }

    private void finish() {
        if (!exhausted) {
            exhausted = true;
            listener.exhausted(status());
        }
    }

    private void applyRecord() {
        apply(cursor);
        applied++;
        lastApplied = cursor.recvNanos();
        pending = cursor.next();
    }

    private void apply(ReplayCursor c) {
        int index = c.marketIndex();
        if (index < 0 || index >= markets.length) {
            counters.skipped++;
            return;
        }
        ReplayMarket market = markets[index];
        switch (c.kind()) {
            case ReplayKind.SNAPSHOT_BEGIN -> market.snapshotBegin();
            case ReplayKind.SNAPSHOT_LEVEL -> {
                if (bookRecord(c)) {
                    market.snapshotLevel(c.side(), c.priceUnits(), c.quantity());
                }
            }
            case ReplayKind.SNAPSHOT_END -> market.snapshotEnd(engine);
            case ReplayKind.DELTA -> {
                if (bookRecord(c)) {
                    market.delta(engine, c.side(), c.priceUnits(), c.quantity(), c.recvNanos());
                }
            }
            case ReplayKind.TRADE -> {
                if (c.priceUnits() == NO_PRICE || c.quantity() == NO_QUANTITY) {
                    counters.skipped++;
                } else {
                    market.trade(engine, c.priceUnits(), c.quantity(), c.side(), c.recvNanos());
                }
            }
            case ReplayKind.STATUS -> lifecycle(market, log.string(c.eventTypeRef()), log.string(c.resultRef()));
            default -> {
                // Tickers: the engine sends its own, from the book and trades it really has.
            }
        }
    }

    private boolean bookRecord(ReplayCursor c) {
        if ((c.side() != SIDE_YES && c.side() != SIDE_NO) || c.priceUnits() == NO_PRICE
                || c.quantity() == NO_QUANTITY) {
            counters.skipped++;
            return false;
        }
        return true;
    }

    /**
     * A recorded lifecycle change: {@code deactivated} pauses, {@code activated} reopens (Kalshi
     * cancels resting orders then, so the recorded book is placed again), {@code closed} closes,
     * {@code determined} or {@code settled} with a yes/no result settles at that result. Other words
     * ({@code created}, {@code close_date_updated}, ...) change nothing here.
     */
    private void lifecycle(ReplayMarket market, String type, String result) {
        if (type == null) {
            counters.skipped++;
            return;
        }
        switch (type) {
            case "deactivated" -> refusedUnlessOk(engine.setMarketStatus(market.ticker, MarketStatus.INACTIVE), market);
            case "activated" -> {
                refusedUnlessOk(engine.setMarketStatus(market.ticker, MarketStatus.ACTIVE), market);
                market.reconcileAll(engine);
            }
            case "closed" -> refusedUnlessOk(engine.setMarketStatus(market.ticker, MarketStatus.CLOSED), market);
            case "determined", "settled" -> {
                MarketResult outcome = "yes".equals(result) ? MarketResult.YES : "no".equals(result) ? MarketResult.NO
                        : null;
                boolean finalized = engine.market(market.ticker).map(m -> m.status() == MarketStatus.FINALIZED)
                        .orElse(true);
                if (outcome == null) {
                    counters.skipped++;
                } else if (!finalized) {
                    refusedUnlessOk(engine.settleMarket(market.ticker, outcome), market);
                }
            }
            default -> {
                return;
            }
        }
        market.lifecycle = type;
        if (result != null) {
            market.result = result;
        }
    }

    private void refusedUnlessOk(EngineResult<?> result, ReplayMarket market) {
        if (!result.isOk()) {
            counters.refused(market.ticker + ": " + result.reject().wireCode() + " " + result.message());
        }
    }
}
