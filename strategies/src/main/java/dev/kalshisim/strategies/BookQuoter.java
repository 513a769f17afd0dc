package dev.kalshisim.strategies;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.StrategyContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one decision rule of {@link Poller} and {@link Streamer}: given a market's book, quote a
 * post-only bid and ask around its mid, and cancel and replace them when the mid moves by a cent
 * or more, within a budget of creates a second of its own. However the book arrived (a REST read
 * or the stream), the same books at the same times give the same orders and cancels, so any
 * difference between the two strategies is the cost of learning them.
 *
 * <p>A replacement the budget cannot afford now is not sent: the market keeps its old quote, and
 * the next book of it tries again. So the rule never asks more of the account's write tokens than
 * they refill, and a strategy built on it draws no 429 from its orders; what it can still lose is
 * the reads it makes to learn the books.
 */
final class BookQuoter {

    /** Quotes stop adding to a position beyond this many quotes' worth either way. */
    private static final long POSITION_LIMIT_IN_QUOTES = 10;

    private final QuotePricer pricer;
    private final QuoteKeeper keeper;
    private final long writesPerSecond;
    private WriteBudget budget;
    /** Twice the mid each market was last quoted around; absent when it has no quote. */
    private final Map<String, Long> quotedTwiceMid = new HashMap<>();
    /** Twice the mid of each market's last book, quoted or not; absent when it had no two-sided book. */
    private final Map<String, Long> seenTwiceMid = new HashMap<>();
    private long deferred;

    BookQuoter(BookWatchConfig config) {
        // No skew: the lesson is about requests, not inventory.
        this.pricer = new QuotePricer(config.spread(), Price.ZERO);
        this.keeper = new QuoteKeeper(config.size(),
                Count.ofHundredths(Math.multiplyExact(config.size().hundredths(), POSITION_LIMIT_IN_QUOTES)));
        this.writesPerSecond = config.writesPerSecond();
    }

    /** Starts the budget full at {@code nowNanos}, the run's start. */
    void start(long nowNanos) {
        this.budget = new WriteBudget(writesPerSecond, nowNanos);
    }

    /**
     * Requotes {@code book}'s market when its mid (without the strategy's own orders) moved or is
     * gone and the budget allows; returns whether the mid differs from this market's last book.
     */
    boolean onBook(StrategyContext context, BookView book) {
        String ticker = book.ticker();
        BookView market = book.excluding(context.openOrders(ticker));
        Optional<BookLevel> bestBid = market.bestYesBid();
        Optional<BookLevel> bestAsk = market.bestYesAsk();
        Long quoted = quotedTwiceMid.get(ticker);
        if (bestBid.isEmpty() || bestAsk.isEmpty()) {
            boolean moved = seenTwiceMid.remove(ticker) != null;
            if (quoted != null) {
                // Only cancels, which take nothing from the budget of creates.
                quotedTwiceMid.remove(ticker);
                reconcile(context, ticker, null, null);
            }
            return moved;
        }
        long twiceMid = QuotePricer.twiceMid(bestBid.get().price(), bestAsk.get().price());
        Long seen = seenTwiceMid.put(ticker, twiceMid);
        // A first sight of a market is not a move: only a change from a book already seen is.
        boolean moved = seen != null && seen != twiceMid;
        if (quoted != null && Math.abs(twiceMid - quoted) < 2 * QuotePricer.CENT) {
            return moved;
        }
        Optional<QuotePricer.Quote> quote = pricer.price(bestBid.get().price(), bestAsk.get().price(),
                context.position(ticker));
        if (quote.isPresent() && !budget.tryTake(2, context.clock().nowNanos())) {
            deferred++;
            return moved;
        }
        if (quote.isPresent()) {
            quotedTwiceMid.put(ticker, twiceMid);
        } else {
            quotedTwiceMid.remove(ticker);
        }
        reconcile(context, ticker, quote.map(QuotePricer.Quote::bid).orElse(null),
                quote.map(QuotePricer.Quote::ask).orElse(null));
        return moved;
    }

    /** How many replacements waited for the budget. */
    long deferred() {
        return deferred;
    }

    private void reconcile(StrategyContext context, String ticker, Price bid, Price ask) {
        keeper.reconcile(context, ticker, BookSide.BID, bid, context.position(ticker));
        keeper.reconcile(context, ticker, BookSide.ASK, ask, context.position(ticker));
    }
}
