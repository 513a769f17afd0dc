package dev.kalshisim.sim.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers events as the engine emits them and hands them to listeners once the command that made
 * them is complete, so listeners never see a half-applied command.
 */
public final class EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(EventSink.class);

    private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ExchangeEvent> pending = new ArrayList<>();
    private long sequence;
    private boolean dispatching;

    public long nextSequence() {
        return ++sequence;
    }

    public void emit(ExchangeEvent event) {
        pending.add(event);
    }

    public void addListener(ExchangeListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ExchangeListener listener) {
        listeners.remove(listener);
    }

    public boolean isDispatching() {
        return dispatching;
    }

    /** Delivers pending events in order; a listener that throws is logged and skipped. */
    public void flush() {
        if (dispatching || pending.isEmpty()) {
            return;
        }
        dispatching = true;
        try {
            for (int i = 0; i < pending.size(); i++) {
                ExchangeEvent event = pending.get(i);
                for (ExchangeListener listener : listeners) {
                    try {
                        listener.onEvent(event);
                    } catch (RuntimeException e) {
                        LOG.warn("exchange listener {} failed on event {}", listener, event.sequence(), e);
                    }
                }
            }
        } finally {
            pending.clear();
            dispatching = false;
        }
    }
}
