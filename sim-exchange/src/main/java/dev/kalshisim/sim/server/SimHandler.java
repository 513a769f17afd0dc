package dev.kalshisim.sim.server;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.faults.Faults;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.RouteRequest;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty handler: turns a Jetty request into an {@link RouteRequest}, sends it to the Kalshi
 * API or the control plane, and writes the JSON answer.
 *
 * <p>Transport faults live here because they are about the connection, not the exchange: a
 * dropped request closes the socket without an answer; added latency delays the work on the
 * server's {@link Clock} (a timer hands it back to Jetty's pool, no thread sleeps), so on a virtual
 * clock a delayed answer leaves when the clock is moved past its delay. Client timeouts stay on
 * Jetty's scheduler: they guard the network, which runs on wall time. Handlers may block (engine
 * locks), so this handler declares itself blocking and Jetty calls it from its pool; the body is
 * read asynchronously first ({@link BodyReader}), so no thread waits for a slow client's bytes.
 */
final class SimHandler extends Handler.Abstract {

    /** Bodies larger than this are refused: no Kalshi request comes close. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final KalshiApi api;
    private final Function<RouteRequest, RouteResponse> controlPlane;
    private final Faults faults;
    private final Clock clock;
    private final ClientTimeouts timeouts;
    /** Answers waiting out an injected latency, cancelled when the server stops. */
    private final Set<DelayedWork> delayedWork = ConcurrentHashMap.newKeySet();

    /** {@code clock} times injected latency; {@code timeouts} (wall time) bound slow clients. */
    SimHandler(KalshiApi api, Function<RouteRequest, RouteResponse> controlPlane, Faults faults, Clock clock,
               ClientTimeouts timeouts) {
        this.api = api;
        this.controlPlane = controlPlane;
        this.faults = faults;
        this.clock = clock;
        this.timeouts = timeouts;
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
            withBody(request, response, callback,
                    body -> write(response, callback, answer(request, body, controlPlane)));
            return true;
        }
        if (!path.equals(KalshiApi.PREFIX) && !path.startsWith(KalshiApi.PREFIX + "/")) {
            write(response, callback, ErrorMapper.toResponse(ApiException.notFound("no such endpoint: " + path)));
            return true;
        }
        // Decided on arrival, so faults apply to requests in the order they came.
        Faults.Decision fault = faults.next();
        if (fault.effect() == Faults.Effect.DROP) {
            // A dropped request is never answered, so its body is not worth waiting for.
            afterDelay(fault, () -> drop(request, callback));
            return true;
        }
        withBody(request, response, callback,
                body -> afterDelay(fault, () -> serveApi(request, response, callback, fault, body)));
        return true;
    }

    /**
     * Reads the body without holding a thread while it arrives (see {@link BodyReader}), then runs
     * {@code work} with it on a pool thread; a body over the cap is 413, a late, slow or badly
     * framed one fails the exchange with Jetty's HTTP error (408, 400), which
     * {@link KalshiErrorPages} answers in Kalshi's error shape before closing the connection.
     */
    private void withBody(Request request, Response response, Callback callback, Consumer<byte[]> work) {
        BodyReader.read(request, MAX_BODY_BYTES, timeouts, getServer().getScheduler(), work,
                () -> write(response, callback, ErrorMapper.toResponse(new ApiException(413, "invalid_parameters",
                        "request body exceeds " + MAX_BODY_BYTES + " bytes"))),
                callback::failed);
    }

    /**
     * Runs {@code work} now, or on Jetty's pool once the server's clock has moved the fault's latency
     * on. The clock's timer only hands the work over: on a virtual clock it runs on whichever thread
     * advances the clock, which must not be kept waiting.
     */
    private void afterDelay(Faults.Decision fault, Runnable work) {
        if (fault.delayMillis() <= 0) {
            work.run();
            return;
        }
        DelayedWork delayed = new DelayedWork(getServer().getThreadPool(), work);
        delayedWork.add(delayed);
        delayed.timer = clock.scheduleAfter(TimeUnit.MILLISECONDS.toNanos(fault.delayMillis()), delayed);
    }

    /**
     * Cancels the answers still waiting out their latency: the clock outlives the server (the wall
     * clock is shared, a virtual one belongs to the test), and their connections close with it.
     */
    @Override
    protected void doStop() throws Exception {
        delayedWork.forEach(DelayedWork::cancel);
        delayedWork.clear();
        super.doStop();
    }

    /** One answer waiting on the clock; forgets itself once handed to the pool. */
    private final class DelayedWork implements Runnable {

        private final Executor pool;
        private final Runnable work;
        private volatile Clock.Timer timer;

        DelayedWork(Executor pool, Runnable work) {
            this.pool = pool;
            this.work = work;
        }

        @Override
        public void run() {
            delayedWork.remove(this);
            try {
                pool.execute(work);
            } catch (RejectedExecutionException stopped) {
                // The server stopped as the delay ran out; its connections are closed, no one awaits this answer.
            }
        }

        void cancel() {
            Clock.Timer scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel();
            }
        }
    }

    private static void drop(Request request, Callback callback) {
        // Closing the endpoint first means the client sees a reset or EOF, never a status line.
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("connection dropped by fault injection"));
    }

    private void serveApi(Request request, Response response, Callback callback, Faults.Decision fault, byte[] body) {
        if (fault.effect() == Faults.Effect.ERROR) {
            try {
                write(response, callback, api.injectedError(toApiRequest(request, body), fault.errorStatus()));
            } catch (ApiException malformed) {
                write(response, callback, ErrorMapper.toResponse(malformed));
            }
            return;
        }
        write(response, callback, answer(request, body, api::process));
    }

    private static RouteResponse answer(Request request, byte[] body, Function<RouteRequest, RouteResponse> app) {
        RouteRequest apiRequest;
        try {
            apiRequest = toApiRequest(request, body);
        } catch (ApiException malformed) {
            return ErrorMapper.toResponse(malformed);
        } catch (RuntimeException failure) {
            return ErrorMapper.toResponse(failure, request.getMethod(), request.getHttpURI().getPath());
        }
        return app.apply(apiRequest);
    }

    private static RouteRequest toApiRequest(Request request, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        String path = request.getHttpURI().getPath();
        return new RouteRequest(request.getMethod(), path == null ? "/" : path,
                QueryParams.parse(request.getHttpURI().getQuery()), body, headers,
                remoteAddress(request.getConnectionMetaData().getRemoteSocketAddress()));
    }

    private static void write(Response response, Callback callback, RouteResponse answer) {
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
