package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.ChannelMessage;
import dev.kalshisim.core.wire.stream.ChannelPayload;
import dev.kalshisim.core.wire.stream.StreamMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages and connection events to the registered listeners, in registration order. A
 * listener that throws is logged and skipped; the others still run. Thread-safe.
 */
final class MessageDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MessageDispatcher.class);

    private final List<Consumer<String>> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StreamMessage>> messageListeners = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, List<Consumer<ChannelMessage<?>>>> byPayload = new ConcurrentHashMap<>();
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();

    Registration onFrame(Consumer<String> listener) {
        frameListeners.add(listener);
        return () -> frameListeners.remove(listener);
    }

    Registration onMessage(Consumer<StreamMessage> listener) {
        messageListeners.add(listener);
        return () -> messageListeners.remove(listener);
    }

    @SuppressWarnings("unchecked")
    <P extends ChannelPayload> Registration onChannel(Class<P> payloadType, Consumer<ChannelMessage<P>> listener) {
        Consumer<ChannelMessage<?>> untyped = message -> listener.accept((ChannelMessage<P>) message);
        List<Consumer<ChannelMessage<?>>> listeners =
                byPayload.computeIfAbsent(payloadType, ignored -> new CopyOnWriteArrayList<>());
        listeners.add(untyped);
        return () -> listeners.remove(untyped);
    }

    Registration onConnection(ConnectionListener listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
    }

    void frame(String text) {
        for (Consumer<String> listener : frameListeners) {
            guarded(() -> listener.accept(text), "frame");
        }
    }

    void dispatch(StreamMessage message) {
        if (message instanceof ChannelMessage<?> channel) {
            for (Consumer<ChannelMessage<?>> listener : byPayload.getOrDefault(channel.msg().getClass(), List.of())) {
                guarded(() -> listener.accept(channel), message.type());
            }
        }
        for (Consumer<StreamMessage> listener : messageListeners) {
            guarded(() -> listener.accept(message), message.type());
        }
    }

    void connected(boolean reconnected) {
        for (ConnectionListener listener : connectionListeners) {
            guarded(() -> listener.onConnected(reconnected), "connected");
        }
    }

    void disconnected(String reason, long reconnectInNanos) {
        for (ConnectionListener listener : connectionListeners) {
            guarded(() -> listener.onDisconnected(reason, reconnectInNanos), "disconnected");
        }
    }

    private static void guarded(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("stream listener failed on {}", what, e);
        }
    }
}
