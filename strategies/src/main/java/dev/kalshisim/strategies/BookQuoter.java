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
 * or more. However the book arrived (a REST read or the stream), the same book gives the same
 * orders and cancels, so any difference between the two strategies is the cost of learning it.
 */
final class BookQuoter {

    /** Quotes stop adding to a position beyond this many quotes' worth either way. */
    private static final long POSITION_LIMIT_IN_QUOTES = 10;

    private final QuotePricer pricer;
    private final QuoteKeeper keeper;
    /** Twice the mid each market was last quoted around; absent when it has no quote. */
    private final Map<String, Long> quotedTwiceMid = new HashMap<>();

    BookQuoter(BookWatchConfig config) {
        // No skew: the lesson is about requests, not inventory.
        this.pricer = new QuotePricer(config.spread(), Price.ZERO);
        this.keeper = new QuoteKeeper(config.size(),
                Count.ofHundredths(Math.multiplyExact(config.size().hundredths(), POSITION_LIMIT_IN_QUOTES)));
    }

    /** Requotes {@code book}'s market when its mid (without the strategy's own orders) moved or is gone. */
    void onBook(StrategyContext context, BookView book) {
        String ticker = book.ticker();
        BookView market = book.excluding(context.openOrders(ticker));
        Optional<BookLevel> bestBid = market.bestYesBid();
        Optional<BookLevel> bestAsk = market.bestYesAsk();
        Long quoted = quotedTwiceMid.get(ticker);
        if (bestBid.isEmpty() || bestAsk.isEmpty()) {
            if (quoted != null) {
                quotedTwiceMid.remove(ticker);
                reconcile(context, ticker, null, null);
            }
            return;
        }
        long twiceMid = QuotePricer.twiceMid(bestBid.get().price(), bestAsk.get().price());
        if (quoted != null && Math.abs(twiceMid - quoted) < 2 * QuotePricer.CENT) {
            return;
        }
        Optional<QuotePricer.Quote> quote = pricer.price(bestBid.get().price(), bestAsk.get().price(),
                context.position(ticker));
        if (quote.isPresent()) {
            quotedTwiceMid.put(ticker, twiceMid);
        } else {
            quotedTwiceMid.remove(ticker);
        }
        reconcile(context, ticker, quote.map(QuotePricer.Quote::bid).orElse(null),
                quote.map(QuotePricer.Quote::ask).orElse(null));
    }

    private void reconcile(StrategyContext context, String ticker, Price bid, Price ask) {
        keeper.reconcile(context, ticker, BookSide.BID, bid, context.position(ticker));
        keeper.reconcile(context, ticker, BookSide.ASK, ask, context.position(ticker));
    }
}
