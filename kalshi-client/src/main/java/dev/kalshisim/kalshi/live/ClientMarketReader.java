package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.model.AggregatedBook;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.runtime.MarketReader;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.kalshi.client.KalshiClient;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The live {@link MarketReader}: {@code GET /markets/{ticker}/orderbook} through the REST client,
 * so each read is paced and retried by the client like any other request. The client's call
 * blocks, so it runs on {@code executor}; failures are translated to the port's exceptions (a 429
 * keeps its retry-after).
 */
final class ClientMarketReader implements MarketReader {

    /** Every level of both sides: a strategy reading over REST sees what the stream would show. */
    private static final int ALL_LEVELS = 0;

    private final KalshiClient client;
    private final Executor executor;

    ClientMarketReader(KalshiClient client, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public CompletableFuture<BookView> orderbook(String ticker) {
        return KalshiFailures.translated(CompletableFuture.supplyAsync(
                () -> view(ticker, client.markets().orderbook(ticker, ALL_LEVELS)), executor));
    }

    private static BookView view(String ticker, Orderbook published) {
        AggregatedBook book = new AggregatedBook();
        fill(book, OutcomeSide.YES, published.yesDollars());
        fill(book, OutcomeSide.NO, published.noDollars());
        return BookView.of(ticker, book);
    }

    private static void fill(AggregatedBook book, OutcomeSide side, List<OrderbookLevel> levels) {
        for (OrderbookLevel level : levels) {
            book.set(side, level.price(), level.count());
        }
    }
}
