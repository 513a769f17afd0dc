package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code load}: a steady stream of requests for testing throttles, {@code rate} a second in a fixed
 * mix of book reads, creates, batch creates and cancels, counting what came back of each.
 *
 * <p>It does not pace itself: each slot of the rate sends its request whatever the venue answered
 * before, 429s included, so whatever holds requests back is the runtime's pacing or the venue's
 * limits, the things under test. It makes and loses no money on purpose: its orders are post-only
 * and rest far from the touch ({@link LoadPricer}).
 *
 * <ul>
 *   <li>Timing: request {@code k} goes at {@code start + k / rate} seconds, exactly, on the run's
 *       clock. A slot that passed while the strategy was not called is skipped and counted, not
 *       sent later in a burst.</li>
 *   <li>Order: {@link LoadMix}, smooth weighted round robin, exact over every cycle of the weights'
 *       sum. The market and side of each request come from a {@link SplittableRandom} of
 *       {@code seed}, so the same seed and answers give the same requests.</li>
 *   <li>Cancels take the oldest of its own resting orders. With none resting, the cancel is sent
 *       as a create instead; a create or batch that would pass {@code max-resting} open orders is
 *       sent as a cancel instead; when neither can go, the slot is skipped. Each is counted.</li>
 *   <li>At stop it cancels every order of its own still open, and no other (those cancels are not
 *       counted: they are not part of the mix), and logs its counts ({@link LoadStats#line}).</li>
 * </ul>
 */
public final class LoadStrategy implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "load";

    static final String SLOT_TIMER = "load-slot";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final LoadConfig config;
    private final LoadMix mix;
    private final LoadPricer pricer;
    private final SplittableRandom random;
    private final LoadTally tally = new LoadTally();
    private final LoadOrders orders = new LoadOrders(tally);
    private List<String> markets = List.of();
    private StrategyContext context;
    private long startNanos;
    private long slot;
    private boolean stopped;

    /** A load with these settings. */
    public LoadStrategy(LoadConfig config) {
        this.config = config;
        this.mix = config.mix();
        this.pricer = new LoadPricer(config.offset());
        this.random = new SplittableRandom(config.seed());
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "sends book reads, creates, batch creates and cancels at a fixed rate in a fixed mix, unthrottled,"
                        + " and counts the answers of each (for testing throttles)",
                LoadConfig.PARAMETERS, parameters -> new LoadStrategy(LoadConfig.from(parameters)));
    }

    /** What it has sent and what came back so far. */
    public LoadStats stats() {
        return tally.snapshot();
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        this.markets = List.copyOf(config.markets().resolveOrSayWhy(context));
        if (markets.isEmpty()) {
            return;
        }
        if (pricer.needsBooks()) {
            // To find the touch; a stream, so it costs no requests.
            context.subscribe(markets);
        }
        startNanos = context.clock().nowNanos();
        slot = 1;
        context.scheduleTimer(SLOT_TIMER, slotNanos(slot));
        context.log("sending " + config.rate() + " requests a second (" + mix + ", batches of " + config.batchSize()
                + ") to " + markets.size() + " markets, at most " + config.maxResting() + " orders resting");
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (!SLOT_TIMER.equals(timer.name())) {
            return;
        }
        issue(mix.next());
        long now = context.clock().nowNanos();
        slot++;
        long missed = 0;
        while (slotNanos(slot) < now) {
            slot++;
            missed++;
            // Each missed slot's request is dropped, but the mix moves on as if it had gone.
            mix.next();
        }
        tally.missed(missed);
        context.scheduleTimer(SLOT_TIMER, slotNanos(slot));
    }

    @Override
    public void onBookReply(BookReply reply) {
        if (reply.answered()) {
            tally.ok(LoadKind.READ);
        } else if (reply.rejection() != null && reply.rejection().isRateLimited()) {
            tally.rateLimited(LoadKind.READ);
        } else {
            tally.rejected(LoadKind.READ);
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        if (!stopped) {
            // After stop only the answers to its clean-up cancels could come, which are not counted.
            orders.apply(update);
        }
    }

    @Override
    public void onStop() {
        if (context == null) {
            return;
        }
        stopped = true;
        // Only its own orders: an account it shares with another bot keeps the other's (cancelAll would not).
        for (String id : orders.takeAll()) {
            context.cancel(id);
        }
        context.log(stats().line());
    }

    /** The epoch nanos of slot {@code k}: {@code start + k / rate} seconds, exact, without overflow. */
    private long slotNanos(long k) {
        long rate = config.rate();
        return startNanos + Math.addExact(Math.multiplyExact(k / rate, NANOS_PER_SECOND),
                (k % rate) * NANOS_PER_SECOND / rate);
    }

    /** Sends one request of the planned kind, or what stands in for it. */
    private void issue(LoadKind planned) {
        switch (planned) {
            case READ -> read();
            case CREATE -> {
                if (orders.openCount() + 1 <= config.maxResting()) {
                    create();
                } else {
                    insteadOfCreate();
                }
            }
            case BATCH -> {
                if (orders.openCount() + config.batchSize() <= config.maxResting()) {
                    batch();
                } else {
                    insteadOfCreate();
                }
            }
            case CANCEL -> {
                if (!cancel()) {
                    if (orders.openCount() + 1 <= config.maxResting()) {
                        tally.substituted();
                        create();
                    } else {
                        tally.skipped();
                    }
                }
            }
        }
    }

    /** At the cap: a cancel instead, or nothing when no order rests to cancel. */
    private void insteadOfCreate() {
        if (cancel()) {
            tally.substituted();
        } else {
            tally.skipped();
        }
    }

    private void read() {
        tally.issued(LoadKind.READ);
        context.requestBook(nextMarket());
    }

    private void create() {
        tally.issued(LoadKind.CREATE);
        orders.created(context.submit(nextOrder()));
    }

    private void batch() {
        List<OrderRequest> requests = new ArrayList<>(config.batchSize());
        for (int i = 0; i < config.batchSize(); i++) {
            requests.add(nextOrder());
        }
        tally.issued(LoadKind.BATCH);
        orders.batched(context.submitBatch(requests));
    }

    /** Cancels its oldest resting order; false when none rests. */
    private boolean cancel() {
        String id;
        while ((id = orders.takeOldest()) != null) {
            if (context.cancel(id)) {
                tally.issued(LoadKind.CANCEL);
                return true;
            }
            orders.vanished(id);
        }
        return false;
    }

    private String nextMarket() {
        return markets.get(random.nextInt(markets.size()));
    }

    /** A post-only order in a seeded market, on a seeded side, resting away from the touch. */
    private OrderRequest nextOrder() {
        String ticker = nextMarket();
        BookSide side = random.nextBoolean() ? BookSide.BID : BookSide.ASK;
        // The touch of the others' orders: its own would walk its prices away a step per order.
        BookView market = pricer.needsBooks() ? context.book(ticker).excluding(context.openOrders(ticker))
                : BookView.empty(ticker);
        Price price = pricer.price(side, market);
        OrderRequest order = side == BookSide.BID ? OrderRequest.bid(ticker, price, config.size())
                : OrderRequest.ask(ticker, price, config.size());
        return order.withPostOnly(true);
    }
}
