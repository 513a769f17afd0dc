package dev.kalshisim.sim.server;

import dev.kalshisim.sim.control.Faults;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.ApiRequest;
import dev.kalshisim.sim.server.http.ApiResponse;
import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.QueryParams;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty handler: turns a Jetty request into an {@link ApiRequest}, sends it to the Kalshi
 * API or the control plane, and writes the JSON answer.
 *
 * <p>Transport faults live here because they are about the connection, not the exchange: a
 * dropped request closes the socket without an answer; added latency delays the work on Jetty's
 * scheduler instead of sleeping a thread. Handlers may block (engine locks), so this handler
 * declares itself blocking and Jetty calls it from its pool.
 */
final class SimHandler extends Handler.Abstract {

    /** Bodies larger than this are refused: no Kalshi request comes close. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final KalshiApi api;
    private final Function<ApiRequest, ApiResponse> controlPlane;
    private final Faults faults;

    SimHandler(KalshiApi api, Function<ApiRequest, ApiResponse> controlPlane, Faults faults) {
        this.api = api;
        this.controlPlane = controlPlane;
        this.faults = faults;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null) {
            path = "/";
        }
        if (path.startsWith("/sim/v1/") || path.equals("/sim/v1")) {
            if (!isLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
                write(response, callback, ErrorMapper.toResponse(new ApiException(403, "forbidden",
                        "the control plane answers loopback clients only")));
                return true;
            }
            write(response, callback, answer(request, controlPlane));
            return true;
        }
        if (!path.equals(KalshiApi.PREFIX) && !path.startsWith(KalshiApi.PREFIX + "/")) {
            write(response, callback, ErrorMapper.toResponse(ApiException.notFound("no such endpoint: " + path)));
            return true;
        }
        Faults.Decision fault = faults.next();
        Runnable work = () -> serveApi(request, response, callback, fault);
        if (fault.delayMillis() > 0) {
            getServer().getScheduler().schedule(() -> getServer().getThreadPool().execute(work),
                    fault.delayMillis(), TimeUnit.MILLISECONDS);
        } else {
            work.run();
        }
        return true;
    }

    private void serveApi(Request request, Response response, Callback callback, Faults.Decision fault) {
        switch (fault.effect()) {
            case DROP -> {
                // Closing the endpoint first means the client sees a reset or EOF, never a status line.
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(new IOException("connection dropped by fault injection"));
            }
            case ERROR -> {
                try {
                    write(response, callback, api.injectedError(toApiRequest(request), fault.errorStatus()));
                } catch (ApiException malformed) {
                    write(response, callback, ErrorMapper.toResponse(malformed));
                }
            }
            case PASS -> write(response, callback, answer(request, api::process));
        }
    }

    private static ApiResponse answer(Request request, Function<ApiRequest, ApiResponse> app) {
        ApiRequest apiRequest;
        try {
            apiRequest = toApiRequest(request);
        } catch (ApiException malformed) {
            return ErrorMapper.toResponse(malformed);
        } catch (RuntimeException failure) {
            return ErrorMapper.toResponse(failure, request.getMethod(), request.getHttpURI().getPath());
        }
        return app.apply(apiRequest);
    }

    private static ApiRequest toApiRequest(Request request) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        String path = request.getHttpURI().getPath();
        return new ApiRequest(request.getMethod(), path == null ? "/" : path,
                QueryParams.parse(request.getHttpURI().getQuery()), readBody(request), headers,
                remoteAddress(request.getConnectionMetaData().getRemoteSocketAddress()));
    }

    private static byte[] readBody(Request request) {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(413, "invalid_parameters", "request body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        } catch (IOException unreadable) {
            throw ApiException.invalid("request body could not be read: " + unreadable.getMessage());
        }
    }

    private static void write(Response response, Callback callback, ApiResponse answer) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (answer.body() == null) {
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.write(answer.body())), callback);
    }

    private static String remoteAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    private static boolean isLoopback(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }
}
