package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.MarketLifecycleEvent;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mid-quoter}: a small market maker that keeps a post-only bid and ask around the mid of
 * each of its markets.
 *
 * <ul>
 *   <li>The mid is the market's own, with this strategy's orders taken out of the book, so it
 *       never chases its own quotes.</li>
 *   <li>Quotes are priced by {@link QuotePricer}: spread around the mid, skewed against the
 *       position, whole cents, $0.02..$0.98, never crossing.</li>
 *   <li>They are replaced (cancel, then a new order) when the mid moves by a cent or more, after
 *       each fill (the skew changed), and every {@code refresh} for whatever is stale or missing.
 *       A rejected or venue-cancelled quote waits for the next refresh, so a market that keeps
 *       refusing it cannot make the strategy spin.</li>
 *   <li>{@link QuoteKeeper} never lets the position pass {@code max_position} either way.</li>
 *   <li>Quoting stops, and orders are cancelled, when a market pauses, closes or is determined,
 *       and when the strategy stops.</li>
 * </ul>
 */
public final class MidQuoter implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "mid-quoter";

    static final String REFRESH_TIMER = "refresh";

    private final MidQuoterConfig config;
    private final QuotePricer pricer;
    private final QuoteKeeper keeper;
    /** Twice the mid each market was last quoted around; absent when it has no quote. */
    private final Map<String, Long> quotedTwiceMid = new LinkedHashMap<>();
    private final Set<String> halted = new HashSet<>();
    private StrategyContext context;

    /** A quoter with these settings. */
    public MidQuoter(MidQuoterConfig config) {
        this.config = config;
        this.pricer = new QuotePricer(config.spread(), config.skewPerContract());
        this.keeper = new QuoteKeeper(config.size(), config.maxPosition());
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "quotes a post-only bid and ask around the mid, skewed by inventory, within a position limit",
                MidQuoterConfig.PARAMETERS, parameters -> new MidQuoter(MidQuoterConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        context.subscribe(config.tickers());
        context.scheduleEvery(REFRESH_TIMER, config.refreshNanos());
        context.log("quoting " + config.tickers() + " spread " + config.spread() + " size " + config.size()
                + " max position " + config.maxPosition());
    }

    @Override
    public void onBook(BookUpdate update) {
        String ticker = update.ticker();
        if (!isQuoting(ticker)) {
            return;
        }
        Long quoted = quotedTwiceMid.get(ticker);
        Optional<Long> twiceMid = marketTwiceMid(ticker);
        boolean moved = twiceMid.isEmpty() || quoted == null
                || Math.abs(twiceMid.get() - quoted) >= 2 * QuotePricer.CENT;
        if (moved) {
            requote(ticker);
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        // The update that follows a fill: the position (and so the skew) has changed.
        boolean filled = update.state() == OrderState.FILLED || update.state() == OrderState.PARTIALLY_FILLED;
        if (filled && isQuoting(update.ticker())) {
            requote(update.ticker());
        }
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (REFRESH_TIMER.equals(timer.name())) {
            for (String ticker : config.tickers()) {
                if (isQuoting(ticker)) {
                    requote(ticker);
                }
            }
        }
    }

    @Override
    public void onMarketLifecycle(MarketLifecycleEvent event) {
        String ticker = event.ticker();
        if (!config.tickers().contains(ticker)) {
            return;
        }
        if (event.kind().haltsTrading()) {
            halted.add(ticker);
            quotedTwiceMid.remove(ticker);
            context.cancelAll(ticker);
            context.log(ticker + " " + event.kind() + ": quotes pulled");
        } else if (event.kind() == MarketLifecycleEvent.Kind.ACTIVATED && halted.remove(ticker)) {
            context.log(ticker + " activated: quoting again");
            requote(ticker);
        }
    }

    @Override
    public void onStop() {
        for (String ticker : config.tickers()) {
            context.cancelAll(ticker);
        }
    }

    private boolean isQuoting(String ticker) {
        return config.tickers().contains(ticker) && !halted.contains(ticker);
    }

    private void requote(String ticker) {
        BookView market = marketBook(ticker);
        Optional<BookLevel> bestBid = market.bestYesBid();
        Optional<BookLevel> bestAsk = market.bestYesAsk();
        Optional<QuotePricer.Quote> quote = Optional.empty();
        if (bestBid.isPresent() && bestAsk.isPresent()) {
            quote = pricer.price(bestBid.get().price(), bestAsk.get().price(), context.position(ticker));
        }
        if (quote.isPresent()) {
            quotedTwiceMid.put(ticker, QuotePricer.twiceMid(bestBid.get().price(), bestAsk.get().price()));
        } else {
            quotedTwiceMid.remove(ticker);
        }
        Price bid = quote.map(QuotePricer.Quote::bid).orElse(null);
        Price ask = quote.map(QuotePricer.Quote::ask).orElse(null);
        keeper.reconcile(context, ticker, BookSide.BID, bid, context.position(ticker));
        keeper.reconcile(context, ticker, BookSide.ASK, ask, context.position(ticker));
    }

    /** The book without this strategy's own orders: the market it quotes around. */
    private BookView marketBook(String ticker) {
        return context.book(ticker).excluding(context.openOrders(ticker));
    }

    private Optional<Long> marketTwiceMid(String ticker) {
        BookView market = marketBook(ticker);
        if (market.bestYesBid().isEmpty() || market.bestYesAsk().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(QuotePricer.twiceMid(market.bestYesBid().get().price(), market.bestYesAsk().get().price()));
    }
}
