package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.server.auth.AuthFilter;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Caller;
import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.RouteRequest;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Admits a WebSocket upgrade only when it carries a valid Kalshi signature over {@code GET} and
 * the upgrade path, checked by the REST server's own {@link AuthFilter} (same keys, same timestamp
 * window); otherwise answers 401 with Kalshi's error body and no upgrade. A member already at its
 * connection cap gets 429 {@code too_many_requests}, also without an upgrade.
 */
final class UpgradeGate implements WebSocketCreator {

    private final AuthFilter auth;
    private final Runnable beforeUpgrade;
    private final Function<Caller, Object> sockets;
    private final BiPredicate<String, Integer> admit;
    private final IntSupplier maxPerMember;

    /**
     * @param beforeUpgrade runs first on every attempt (the feed checks that it serves the engine in use)
     * @param sockets makes the connection's listener for an authenticated caller (member and key)
     * @param admit takes a connection slot for a member under a cap, or answers {@code false}
     * @param maxPerMember how many connections one member may have
     */
    UpgradeGate(AuthFilter auth, Runnable beforeUpgrade, Function<Caller, Object> sockets,
                BiPredicate<String, Integer> admit, IntSupplier maxPerMember) {
        this.auth = auth;
        this.beforeUpgrade = beforeUpgrade;
        this.sockets = sockets;
        this.admit = admit;
        this.maxPerMember = maxPerMember;
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        beforeUpgrade.run();
        Caller caller;
        try {
            caller = auth.authenticate(toApiRequest(request));
            int cap = maxPerMember.getAsInt();
            if (!admit.test(caller.memberId(), cap)) {
                throw new ApiException(429, "too_many_requests", "too many WebSocket connections: this member already"
                        + " has " + cap + " open, the most allowed");
            }
        } catch (ApiException refused) {
            RouteResponse answer = ErrorMapper.toResponse(refused);
            response.setStatus(answer.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(Json.write(answer.body())), callback);
            return null;
        }
        return sockets.apply(caller);
    }

    private static RouteRequest toApiRequest(ServerUpgradeRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        String path = request.getHttpURI().getPath();
        return new RouteRequest(request.getMethod(), path == null ? "/" : path, QueryParams.EMPTY, new byte[0], headers,
                remoteAddress(request.getConnectionMetaData().getRemoteSocketAddress()));
    }

    private static String remoteAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
