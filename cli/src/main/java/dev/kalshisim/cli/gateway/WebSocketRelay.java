package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.auth.KalshiAuthHeaders;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Passes a WebSocket through: the client's upgrade is answered only once the upstream accepted the
 * same upgrade, carrying the client's {@code KALSHI-ACCESS-*} headers (the signature covers
 * {@code GET /trade-api/ws/v2}, which the gateway does not change), so a refused key is refused to
 * the client with the upstream's status. Then every text and binary frame goes across unchanged,
 * both ways, and a close on either side closes the other with the same code.
 */
public final class WebSocketRelay implements WebSocketCreator {

    private static final long CONNECT_TIMEOUT_SECONDS = 15;

    private final WebSocketClient client;
    private final URI upstream;

    WebSocketRelay(WebSocketClient client, URI upstream) {
        this.client = client;
        this.upstream = upstream;
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response,
            org.eclipse.jetty.util.Callback callback) throws Exception {
        ClientUpgradeRequest upgrade = new ClientUpgradeRequest();
        for (String name : List.of(KalshiAuthHeaders.ACCESS_KEY, KalshiAuthHeaders.ACCESS_TIMESTAMP,
                KalshiAuthHeaders.ACCESS_SIGNATURE)) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                upgrade.setHeader(name, value);
            }
        }
        if (!request.getSubProtocols().isEmpty()) {
            upgrade.setSubProtocols(request.getSubProtocols());
        }
        String query = request.getHttpURI().getQuery();
        URI target = query == null ? upstream : URI.create(upstream + "?" + query);
        End upstreamEnd = new End();
        Session upstreamSession;
        try {
            upstreamSession = client.connect(upstreamEnd, target, upgrade).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException failed) {
            int status = failed.getCause() instanceof UpgradeException upgradeFailure && upgradeFailure.getResponseStatusCode() > 0
                    ? upgradeFailure.getResponseStatusCode() : 502;
            response.setStatus(status);
            response.getHeaders().put("Content-Type", "application/json");
            response.write(true, ByteBuffer.wrap(ErrorBody.json("upstream_refused",
                    "the upstream refused the WebSocket upgrade (HTTP " + status + ")").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    callback);
            return null;
        }
        if (upstreamSession.getUpgradeResponse() != null && upstreamSession.getUpgradeResponse().getAcceptedSubProtocol() != null) {
            response.setAcceptedSubProtocol(upstreamSession.getUpgradeResponse().getAcceptedSubProtocol());
        }
        End clientEnd = new End();
        clientEnd.link(upstreamEnd);
        upstreamEnd.link(clientEnd);
        return clientEnd;
    }

    /**
     * One side of the relay. Frames that arrive before the other side is open are held and sent in
     * order once it is.
     */
    public static final class End implements Session.Listener.AutoDemanding {
        private final List<Consumer<Session>> pending = new ArrayList<>();
        private Session session;
        private End other;

        /** Frames received before the peer was linked (the upstream may speak first). */
        private final List<Consumer<Session>> unlinked = new ArrayList<>();

        void link(End peer) {
            List<Consumer<Session>> held;
            synchronized (this) {
                this.other = peer;
                held = new ArrayList<>(unlinked);
                unlinked.clear();
            }
            held.forEach(peer::deliver);
        }

        private void forward(Consumer<Session> send) {
            End peer;
            synchronized (this) {
                peer = other;
                if (peer == null) {
                    unlinked.add(send);
                    return;
                }
            }
            peer.deliver(send);
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            List<Consumer<Session>> held;
            synchronized (this) {
                session = opened;
                held = new ArrayList<>(pending);
                pending.clear();
            }
            held.forEach(send -> send.accept(opened));
        }

        @Override
        public void onWebSocketText(String text) {
            forward(session -> session.sendText(text, Callback.NOOP));
        }

        @Override
        public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
            ByteBuffer copy = ByteBuffer.allocate(payload.remaining()).put(payload).flip();
            callback.succeed();
            forward(session -> session.sendBinary(copy, Callback.NOOP));
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            forward(session -> session.close(closable(statusCode), reason, Callback.NOOP));
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            forward(session -> session.close(1011, "the other side of the gateway failed", Callback.NOOP));
        }

        private void deliver(Consumer<Session> send) {
            Session open;
            synchronized (this) {
                open = session;
                if (open == null) {
                    pending.add(send);
                    return;
                }
            }
            if (open.isOpen()) {
                send.accept(open);
            }
        }

        /** Codes that may not be sent in a close frame (no status, abnormal closure) become a normal close. */
        private static int closable(int statusCode) {
            return statusCode == 1005 || statusCode == 1006 || statusCode == 1015 ? 1000 : statusCode;
        }
    }
}
