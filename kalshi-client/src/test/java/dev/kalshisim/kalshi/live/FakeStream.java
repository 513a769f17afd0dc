package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.strategy.BookView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventStream} the test pushes messages through, as the WebSocket thread would. */
final class FakeStream implements EventStream {

    private volatile Sink sink;
    private volatile boolean closed;
    private final List<Set<String>> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> open(Sink value) {
        sink = value;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> subscribe(Set<String> tickers) {
        subscriptions.add(Set.copyOf(tickers));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        closed = true;
    }

    Sink sink() {
        return sink;
    }

    void book(BookView book) {
        sink.onBook(book.ticker(), () -> book);
    }

    List<Set<String>> subscriptions() {
        return List.copyOf(subscriptions);
    }

    boolean closed() {
        return closed;
    }
}
