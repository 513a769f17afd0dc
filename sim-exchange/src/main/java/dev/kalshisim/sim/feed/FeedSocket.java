package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.StreamErrorCode;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's view of one authenticated connection: registers it on open, hands each text frame to the
 * command processor and forgets it on close. Pings are answered by Jetty itself (this listener
 * does not override {@code onWebSocketPing}). Jetty calls it one frame at a time.
 *
 * <p>Public only because Jetty binds endpoint methods through method handles, which need a public
 * class; it is not part of the feed's API (its constructor is package-private).
 */
public final class FeedSocket implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSocket.class);

    private final String memberId;
    private final String apiKeyId;
    private final FeedHub hub;
    private final CommandProcessor commands;
    private final Function<Session, Outbox> outboxes;
    private final IntSupplier maxPerMember;
    private final Consumer<String> recheckKey;
    private volatile FeedConnection connection;

    FeedSocket(String memberId, String apiKeyId, FeedHub hub, CommandProcessor commands,
               Function<Session, Outbox> outboxes, IntSupplier maxPerMember, Consumer<String> recheckKey) {
        this.memberId = memberId;
        this.apiKeyId = apiKeyId;
        this.hub = hub;
        this.commands = commands;
        this.outboxes = outboxes;
        this.maxPerMember = maxPerMember;
        this.recheckKey = recheckKey;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        connection = hub.open(memberId, apiKeyId, outboxes.apply(session), maxPerMember.getAsInt());
        if (connection == null) {
            // Upgrades racing past the gate's count: the cap holds here, where connections are registered.
            session.close(StatusCode.POLICY_VIOLATION, "too many connections for this member", Callback.NOOP);
            return;
        }
        // The key may have been deleted between the upgrade's check and this registration, when
        // the deletion found no connection to close: asked again now, one of the two sees the other.
        recheckKey.accept(apiKeyId);
    }

    @Override
    public void onWebSocketText(String text) {
        if (connection == null) {
            return;
        }
        try {
            commands.handle(connection, text);
        } catch (RuntimeException bug) {
            // A simulator bug must not kill the connection silently: answer as Kalshi does, error 17.
            LOG.error("feed command failed on {}: {}", connection, text, bug);
            hub.atomically(() -> hub.reply(connection, Rejection.of(StreamErrorCode.INTERNAL_ERROR).toReply(0)));
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        if (connection != null) {
            commands.handleBinary(connection);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        FeedConnection closing = connection;
        if (closing != null) {
            hub.closed(closing);
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("feed connection of {} failed: {}", memberId, cause.toString());
    }
}
