package dev.kalshisim.strategies;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code event-arb}: in a mutually exclusive event, buys every outcome when that costs less than it
 * must pay at settlement, after taker fees.
 *
 * <p><b>Why it makes money:</b> exactly one market of the event settles YES, so one YES contract
 * in every market pays $1 whatever happens, and one NO in every market pays N - 1. When the YES
 * asks sum below $1 (or the NO asks below N - 1) by more than the fees, buying the whole set
 * locks in the difference. <b>Why it loses:</b> the legs are separate IOC orders; when the book
 * moves between them, some fill and others do not, and it is left holding a partial set, an
 * ordinary directional position (it logs this). It also assumes the markets it groups are all of
 * the event's outcomes: an event whose markets the run does not all offer is not an arbitrage.
 *
 * <ul>
 *   <li>Events are the markets grouped by ticker up to the last '-'; one with a single market is
 *       skipped.</li>
 *   <li>Size: whole contracts, the thinnest top level of the legs, at most {@code size}, and within
 *       each market's room under {@code max-position}.</li>
 *   <li>One batch create of N immediate-or-cancel orders at the asks, within the write budget (a
 *       trade waits, by a timer, until the budget holds all N); no new trade in an event until
 *       every order of its last one has finished.</li>
 * </ul>
 */
public final class EventArb implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "event-arb";

    static final String WAKE_TIMER = "event-arb-wake";

    private final EventArbConfig config;
    private final Map<String, ArbEvent> eventsByTicker = new HashMap<>();
    private final Map<String, ArbEvent> events = new LinkedHashMap<>();
    private final Map<String, ArbEvent> eventsByOrder = new HashMap<>();
    private StrategyContext context;
    private WriteBudget budget;
    private boolean waking;
    private boolean stopped;

    /** An arbitrageur with these settings. */
    public EventArb(EventArbConfig config) {
        this.config = config;
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "buys every outcome of a mutually exclusive event (every YES, or every NO) when the asks sum"
                        + " below the payout after taker fees, in one batch of IOC orders",
                EventArbConfig.PARAMETERS, parameters -> new EventArb(EventArbConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        this.budget = new WriteBudget(config.maxWritesPerSecond(), context.clock().nowNanos());
        Set<String> tickers = config.markets().resolveOrSayWhy(context);
        if (tickers.isEmpty()) {
            return;
        }
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String ticker : tickers) {
            grouped.computeIfAbsent(ArbEvent.eventOf(ticker), name -> new ArrayList<>()).add(ticker);
        }
        long capacity = Math.max(2, config.maxWritesPerSecond());
        grouped.forEach((name, members) -> {
            if (members.size() < 2) {
                context.log("event " + name + " has one market here: no set to buy, skipped");
            } else if (members.size() > capacity) {
                context.log("event " + name + " has " + members.size() + " markets, more than the write budget's "
                        + capacity + " creates: skipped");
            } else {
                ArbEvent event = new ArbEvent(name, members);
                events.put(name, event);
                members.forEach(ticker -> eventsByTicker.put(ticker, event));
            }
        });
        context.subscribe(eventsByTicker.keySet());
        context.log("watching " + events.size() + " events: fee rate " + config.feeRate() + " min edge "
                + config.minEdge() + " size " + config.size() + " up to " + config.maxWritesPerSecond() + " creates/s");
    }

    @Override
    public void onBook(BookUpdate update) {
        ArbEvent event = eventsByTicker.get(update.ticker());
        if (event != null) {
            event.stale.remove(update.ticker());
            consider(event);
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        ArbEvent event = eventsByOrder.get(update.id());
        if (event == null || !update.state().isTerminal()) {
            return;
        }
        eventsByOrder.remove(update.id());
        event.inFlight.remove(update.id());
        if (update.remaining().isPositive() || !update.filled().isPositive()) {
            context.log(update.ticker() + " leg of " + event.name + " finished with " + update.filled() + " filled"
                    + (update.reason() == null ? "" : " (" + update.reason() + ")") + ": the set may be partial");
        }
        if (event.inFlight.isEmpty()) {
            event.stale.addAll(event.tickers);
        }
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (!WAKE_TIMER.equals(timer.name())) {
            return;
        }
        waking = false;
        for (ArbEvent event : events.values()) {
            if (event.dirty) {
                consider(event);
            }
        }
    }

    @Override
    public void onStop() {
        stopped = true;
        context.cancelAll(null);
    }

    /** Trades the event if one side's set is cheap enough now, and nothing of it is in flight. */
    private void consider(ArbEvent event) {
        if (stopped) {
            return;
        }
        if (!event.inFlight.isEmpty() || !event.stale.isEmpty()) {
            return;
        }
        event.dirty = false;
        Optional<ArbQuote> trade = best(event);
        if (trade.isEmpty()) {
            return;
        }
        int writes = event.tickers.size();
        long now = context.clock().nowNanos();
        if (!budget.tryTake(writes, now)) {
            event.dirty = true;
            wakeAt(now + budget.nanosUntil(writes, now));
            return;
        }
        send(event, trade.get());
    }

    /** The more profitable of the two sets, if it clears {@code min-edge} per set. */
    private Optional<ArbQuote> best(ArbEvent event) {
        ArbQuote chosen = null;
        for (ArbQuote.Leg leg : ArbQuote.Leg.values()) {
            Optional<ArbQuote> quote = ArbQuote.price(leg, event.tickers, context, config.feeRate(), config.size(),
                    config.maxPosition());
            if (quote.isPresent() && clears(quote.get())
                    && (chosen == null || quote.get().profit().compareTo(chosen.profit()) > 0)) {
                chosen = quote.get();
            }
        }
        return Optional.ofNullable(chosen);
    }

    private boolean clears(ArbQuote quote) {
        // min-edge is per set: per whole contract bought in every market.
        Money least = Money.ofMicros(Math.multiplyExact(config.minEdge().micros(), quote.count.hundredths())
                / Count.SCALE);
        return quote.profit().isPositive() && quote.profit().compareTo(least) >= 0;
    }

    private void send(ArbEvent event, ArbQuote quote) {
        List<OrderRequest> orders = new ArrayList<>(event.tickers.size());
        for (int i = 0; i < event.tickers.size(); i++) {
            String ticker = event.tickers.get(i);
            Price ask = quote.asks.get(i);
            // Buying NO at q is selling YES at 1 - q.
            OrderRequest order = quote.leg == ArbQuote.Leg.YES ? OrderRequest.bid(ticker, ask, quote.count)
                    : OrderRequest.ask(ticker, ask.complement(), quote.count);
            orders.add(order.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL));
        }
        List<String> ids = context.submitBatch(orders);
        for (String id : ids) {
            event.inFlight.add(id);
            eventsByOrder.put(id, event);
        }
        context.log("buying " + quote.count + " of every " + quote.leg + " in " + event.name + ": cost " + quote.cost
                + " fees " + quote.fees + " pays " + quote.payout + ", profit " + quote.profit());
    }

    private void wakeAt(long atNanos) {
        if (waking) {
            return;
        }
        waking = true;
        context.scheduleTimer(WAKE_TIMER, atNanos);
    }
}
