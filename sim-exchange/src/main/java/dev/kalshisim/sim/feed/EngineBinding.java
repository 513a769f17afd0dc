package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.engine.Exchange;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps the feed listening to the engine now in use. The control plane's reset swaps in a new
 * engine; on the next {@link #current()} or {@link #refresh()} the feed detaches from the old one,
 * closes every connection (status 1012, service restart) and attaches to the new one.
 */
final class EngineBinding {

    /**
     * The engine commands should ask, with the hub generation its events are routed under.
     *
     * @param generation compare with {@link FeedHub#generation()} under the lock before using an answer
     */
    record Bound(Exchange exchange, long generation) {
    }

    private final Supplier<Exchange> source;
    private final FeedHub hub;
    private Exchange exchange;
    private EventRouter router;
    private long generation;
    private boolean detached;

    EngineBinding(Supplier<Exchange> source, FeedHub hub) {
        this.source = Objects.requireNonNull(source, "source");
        this.hub = hub;
    }

    /** The current engine, attaching to it first if it changed. */
    synchronized Bound current() {
        refresh();
        return new Bound(exchange, generation);
    }

    /** Attaches to the engine in use if it is not the one listened to; a no-op once detached. */
    synchronized void refresh() {
        Exchange now = source.get();
        if (detached || now == exchange) {
            return;
        }
        if (exchange != null) {
            exchange.removeListener(router);
            hub.replaceEngine("simulator reset");
        }
        generation = hub.atomically(hub::generation);
        router = new EventRouter(hub, generation);
        exchange = now;
        // Attached before any command can see this engine, so every book snapshot is taken after
        // the listener started: the condition BookMirror's seeding relies on.
        now.addListener(router);
        EngineBaseline.capture(hub, now, generation);
    }

    /** Stops listening for good. */
    synchronized void detach() {
        if (exchange != null) {
            exchange.removeListener(router);
        }
        detached = true;
    }
}
