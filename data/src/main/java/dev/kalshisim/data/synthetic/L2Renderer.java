package dev.kalshisim.data.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Renders a {@link Scenario} as the WebSocket messages a recorder subscribed to
 * {@code orderbook_delta} (sid 1, sequenced), {@code trade} (sid 2) and {@code ticker} (sid 3)
 * would have received: a snapshot of every book at the start, then deltas, trades and tickers.
 *
 * <p>The order flow around the model's fair values: limit orders arrive at a rate scaled by the
 * activity profile and the market's liquidity, at a depth drawn from a geometric profile behind the
 * maker's best price; cancels keep each side near its target depth and prefer stale and distant
 * levels; marketable orders come in bursts, lean toward the fair value and grow with the mispricing,
 * so after an announcement the stale side of the book is swept. Each market's makers also carry a
 * slowly varying quoting error, which is what opens (and closes) arbitrage across an event.
 *
 * <p>The book is kept consistent: a delta never takes a level below zero, a trade consumes the
 * opposite best level, and no order crosses. Receive times trail exchange times by a small seeded
 * latency and never go backward. Not thread-safe; one renderer renders once.
 */
public final class L2Renderer {

    /** Where the messages go, in receive order. */
    public interface Sink {
        void accept(long recvNanos, String json);
    }

    /** Told every few tens of thousands of messages how far the rendering has come. */
    public interface Progress {
        void update(long renderedNanos, long totalNanos, long messages);
    }

    static final long ORDERBOOK_SID = 1;
    static final long TRADE_SID = 2;
    static final long TICKER_SID = 3;
    private static final int PROGRESS_EVERY = 1 << 16;
    /** A marketable order never pays more than this many cents beyond fair value. */
    private static final int TAKE_TOLERANCE_CENTS = 2;

    private final Scenario scenario;
    private final FlowRates flow;
    private final MarketModel model;
    private final SplittableRandom random;
    private final SplittableRandom latency;
    private final int n;
    private final SyntheticBook[] books;
    private final String[] tickers;
    private final String[] marketIds;
    private final double[] quoteError;
    private final int[] lastCents;
    private final long[] volume;
    private final long[] openInterest;
    private final long[] tradedMicros;
    private final long[] lastSize;
    private final boolean[] tickerDue;
    private final long[] lastTickerNanos;
    private final IsoTimes times = new IsoTimes();
    private final PriorityQueue<Action> queue = new PriorityQueue<>();
    private final long tradeIdHigh;
    private Sink sink;
    private long seq;
    private long tradeCount;
    private long actionCount;
    private long lastRecv;
    private long messages;

    public L2Renderer(Scenario scenario) {
        this.scenario = scenario;
        this.flow = scenario.flow();
        SplittableRandom root = new SplittableRandom(scenario.seed());
        this.model = new MarketModel(scenario, root.split());
        this.random = root.split();
        this.latency = root.split();
        this.n = model.marketCount();
        this.books = new SyntheticBook[n];
        this.tickers = new String[n];
        this.marketIds = new String[n];
        this.quoteError = new double[n];
        this.lastCents = new int[n];
        this.volume = new long[n];
        this.openInterest = new long[n];
        this.tradedMicros = new long[n];
        this.lastSize = new long[n];
        this.tickerDue = new boolean[n];
        this.lastTickerNanos = new long[n];
        this.tradeIdHigh = root.nextLong();
        for (int i = 0; i < n; i++) {
            books[i] = new SyntheticBook();
            tickers[i] = model.market(i).ticker();
            marketIds[i] = marketId(tickers[i]);
            lastCents[i] = (int) (model.fairUnits(i) / 100);
        }
    }

    /** The market id a synthetic market's messages carry: a name-based UUID of its ticker, stable forever. */
    public static String marketId(String ticker) {
        return UUID.nameUUIDFromBytes(("kalshi-sim/synthetic/" + ticker).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The model the renderer reads, e.g. for tests that compare books with fair values. */
    public MarketModel model() {
        return model;
    }

    /** Renders the whole scenario into {@code out}; returns the number of messages. */
    public long render(Sink out, Progress progress) {
        this.sink = out;
        long start = scenario.startNanos();
        long end = start + scenario.durationNanos();
        for (int i = 0; i < n; i++) {
            seedBook(i);
            emit(start, WireText.snapshot(ORDERBOOK_SID, ++seq, tickers[i], marketIds[i], books[i]));
        }
        long step = scenario.stepNanos();
        double stepSeconds = step / 1e9;
        for (long t = start + step; t <= end; t += step) {
            model.advanceTo(t);
            double activity = model.activity();
            for (int i = 0; i < n; i++) {
                scheduleArrivals(i, t - step, step, stepSeconds, activity);
            }
            while (!queue.isEmpty() && queue.peek().atNanos <= t) {
                apply(queue.poll());
            }
            for (int i = 0; i < n; i++) {
                if (tickerDue[i] && t - lastTickerNanos[i] >= flow.tickerGapNanos()) {
                    emitTicker(i, t);
                }
            }
            if (progress != null && (messages & (PROGRESS_EVERY - 1)) < 64) {
                progress.update(t - start, end - start, messages);
            }
        }
        if (progress != null) {
            progress.update(end - start, end - start, messages);
        }
        return messages;
    }

    /** The opening book: each side's depth profile behind the makers' best price. */
    private void seedBook(int i) {
        int half = model.market(i).halfSpreadCents();
        for (boolean yes : new boolean[] {true, false}) {
            int best = touch(i, yes, half);
            long remaining = Math.max(1, (long) (flow.targetDepth() * model.market(i).liquidity())) * 100;
            for (int c = best; c >= 1 && remaining > 0; c--) {
                long size = Math.min(remaining, orderSize(c == best ? 0 : best - c) * 3);
                if (c <= books[i].highestNonCrossing(yes)) {
                    books[i].apply(yes, c, size);
                    remaining -= size;
                }
            }
        }
    }

    private void scheduleArrivals(int i, long from, long step, double seconds, double activity) {
        MarketSpec market = model.market(i);
        double rate = activity * market.liquidity();
        quoteError[i] = quoteError[i] * 0.995 + 0.35 * StrictMath.sqrt(seconds) * Gaussian.draw(random);
        SyntheticBook book = books[i];
        long depth = book.depth(true) + book.depth(false);
        long target = Math.max(1, (long) (2 * flow.targetDepth() * market.liquidity())) * 100;
        int adds = Gaussian.poisson(random, flow.addsPerSecond() * rate * seconds);
        int cancels = Gaussian.poisson(random, flow.addsPerSecond() * rate * seconds * depth / target);
        double mispricing = Math.max(0, Math.abs(fairCents(i) - midCents(i)) - market.halfSpreadCents() - 1);
        int takes = Gaussian.poisson(random, (flow.takesPerSecond() * rate + mispricing * 2) * seconds);
        for (int k = 0; k < adds; k++) {
            queue.add(new Action(from + 1 + random.nextLong(step), actionCount++, i, Kind.ADD, 0));
        }
        for (int k = 0; k < cancels; k++) {
            queue.add(new Action(from + 1 + random.nextLong(step), actionCount++, i, Kind.CANCEL, 0));
        }
        for (int k = 0; k < takes; k++) {
            int burst = 1;
            while (random.nextDouble() < 1 - 1 / flow.burstMean()) {
                burst++;
            }
            queue.add(new Action(from + 1 + random.nextLong(step), actionCount++, i, Kind.TAKE, burst - 1));
        }
    }

    private void apply(Action action) {
        switch (action.kind) {
            case ADD -> add(action.market, action.atNanos);
            case CANCEL -> cancel(action.market, action.atNanos);
            case TAKE -> {
                take(action.market, action.atNanos);
                if (action.followers > 0) {
                    long next = action.atNanos + 5_000_000L + random.nextLong(55_000_000L);
                    queue.add(new Action(next, actionCount++, action.market, Kind.TAKE, action.followers - 1));
                }
            }
        }
    }

    private void add(int i, long at) {
        SyntheticBook book = books[i];
        long yesDepth = book.depth(true);
        long noDepth = book.depth(false);
        // The thinner side fills up first, as makers compete where the queue is short.
        boolean yes = random.nextDouble() * (yesDepth + noDepth + 2) < noDepth + 1;
        int level = 0;
        while (random.nextDouble() < flow.depthDecay() && level < 30) {
            level++;
        }
        int cents = Math.min(touch(i, yes, model.market(i).halfSpreadCents()) - level, book.highestNonCrossing(yes));
        if (cents < 1) {
            return;
        }
        long size = orderSize(level);
        book.apply(yes, cents, size);
        emit(at, WireText.delta(ORDERBOOK_SID, ++seq, tickers[i], marketIds[i], cents, size, yes, at, times));
        tickerDue[i] = true;
    }

    private void cancel(int i, long at) {
        SyntheticBook book = books[i];
        boolean yes = random.nextDouble() * (book.depth(true) + book.depth(false) + 1) < book.depth(true);
        long[] sizes = book.levels(yes);
        double center = yes ? fairCents(i) + quoteError[i] : 100 - fairCents(i) - quoteError[i];
        double[] weights = new double[sizes.length];
        double total = 0;
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] > 0) {
                double distance = Math.abs(center - c);
                // Stale quotes (a bid at or above fair value) go first; distant ones before those at the touch.
                double stale = c >= center ? 20 : 1;
                weights[c] = stale * (1 + distance / 3) * Math.min(sizes[c], 5_000);
                total += weights[c];
            }
        }
        if (total == 0) {
            return;
        }
        double pick = random.nextDouble() * total;
        int cents = 1;
        for (int c = 1; c < sizes.length; c++) {
            pick -= weights[c];
            if (weights[c] > 0) {
                cents = c;
                if (pick < 0) {
                    break;
                }
            }
        }
        long size = sizes[cents];
        long removed = random.nextDouble() < 0.5 ? size : Math.max(1, Math.min(size, orderSize(0)));
        book.apply(yes, cents, -removed);
        emit(at, WireText.delta(ORDERBOOK_SID, ++seq, tickers[i], marketIds[i], cents, -removed, yes, at, times));
        tickerDue[i] = true;
    }

    /** A marketable order: buys YES (takes NO bids) or NO (takes YES bids), walking levels up to a limit. */
    private void take(int i, long at) {
        SyntheticBook book = books[i];
        double fair = fairCents(i);
        double lean = (fair - midCents(i)) / 2 + Gaussian.draw(random);
        boolean buyYes = lean > 0;
        long remaining = (1 + random.nextInt(Math.max(1, flow.maxOrderContracts() / 3))) * 100L;
        boolean consumesYes = !buyYes;
        while (remaining > 0) {
            int best = book.best(consumesYes);
            if (best == 0) {
                return;
            }
            int yesPrice = consumesYes ? best : 100 - best;
            boolean acceptable = buyYes ? yesPrice <= fair + TAKE_TOLERANCE_CENTS
                    : yesPrice >= fair - TAKE_TOLERANCE_CENTS;
            if (!acceptable) {
                return;
            }
            long fill = Math.min(remaining, book.size(consumesYes, best));
            book.apply(consumesYes, best, -fill);
            remaining -= fill;
            record(i, yesPrice, fill);
            emit(at, WireText.trade(TRADE_SID, tradeId(), tickers[i], yesPrice, fill, buyYes, at));
            emit(at, WireText.delta(ORDERBOOK_SID, ++seq, tickers[i], marketIds[i], best, -fill, consumesYes, at, times));
            tickerDue[i] = true;
        }
    }

    private void record(int i, int yesCents, long fill) {
        lastCents[i] = yesCents;
        lastSize[i] = fill;
        volume[i] += fill;
        tradedMicros[i] += fill * yesCents * 100L;
        // A trade opens new contracts or closes old ones; the split is a coin toss weighted to opening.
        if (random.nextDouble() < 0.6 || openInterest[i] < fill) {
            openInterest[i] += fill;
        } else {
            openInterest[i] -= fill;
        }
    }

    private void emitTicker(int i, long at) {
        emit(at, WireText.ticker(TICKER_SID, tickers[i], marketIds[i], lastCents[i], books[i], volume[i],
                openInterest[i], tradedMicros[i] / 1_000_000L, lastSize[i], at, times));
        tickerDue[i] = false;
        lastTickerNanos[i] = at;
    }

    /** The maker's best bid on a side: fair value (plus its quoting error) less the half spread, in cents. */
    private int touch(int i, boolean yes, int half) {
        double center = fairCents(i) + quoteError[i];
        double sideCenter = yes ? center : 100 - center;
        return (int) Math.min(99, Math.floor(sideCenter - half + 0.5));
    }

    private double fairCents(int i) {
        return model.fairUnits(i) / 100.0;
    }

    /** The book's mid in YES cents; fair value when a side is empty. */
    private double midCents(int i) {
        int bid = books[i].best(true);
        int noBid = books[i].best(false);
        if (bid == 0 || noBid == 0) {
            return fairCents(i);
        }
        return (bid + 100 - noBid) / 2.0;
    }

    /** A limit order's size in hundredths: bigger away from the touch; now and then a fractional count. */
    private long orderSize(int level) {
        long contracts = 1 + random.nextInt(flow.maxOrderContracts()) * (3 + Math.min(level, 6)) / 6;
        long hundredths = contracts * 100;
        if (random.nextInt(10) == 0) {
            hundredths += random.nextInt(1, 100);
        }
        return hundredths;
    }

    private String tradeId() {
        return new UUID(tradeIdHigh, ++tradeCount).toString();
    }

    private void emit(long exchangeNanos, String json) {
        long recv = Math.max(lastRecv + 1, exchangeNanos + 200_000L + latency.nextLong(flow.latencyNanos()));
        lastRecv = recv;
        messages++;
        sink.accept(recv, json);
    }

    private enum Kind { ADD, CANCEL, TAKE }

    /** Something that happens to one market at one exchange time; ties break by scheduling order. */
    private record Action(long atNanos, long order, int market, Kind kind, int followers)
            implements Comparable<Action> {
        @Override
        public int compareTo(Action other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
