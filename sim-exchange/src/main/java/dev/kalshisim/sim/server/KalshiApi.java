package dev.kalshisim.sim.server;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.limits.Charge;
import dev.kalshisim.sim.limits.JournalEntry;
import dev.kalshisim.sim.limits.RateLimiter;
import dev.kalshisim.sim.limits.RequestJournal;
import dev.kalshisim.sim.server.auth.AuthFilter;
import dev.kalshisim.sim.server.http.Access;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Caller;
import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.RawJson;
import dev.kalshisim.sim.server.http.RequestBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteRequest;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.http.Router;
import java.util.List;

/**
 * The Kalshi request pipeline under {@code /trade-api/v2}: route, authenticate, charge tokens,
 * answer, journal. Independent of Jetty so it can be driven directly. The router is priced by the
 * cost table, so routing a request also prices it (one match per request).
 *
 * <p>Order matters and mirrors a gateway in front of an exchange: an unknown path is a 404 before
 * auth; a bad signature is a 401 before any token is spent; a request over budget is a 429 before
 * the engine sees it, so a refused request never changes state. Thread-safe.
 */
public final class KalshiApi {

    /** The path prefix of every REST endpoint. */
    public static final String PREFIX = "/trade-api/v2";

    /** Production's 429 body, spelled exactly as Kalshi's docs show it. */
    static final String TOO_MANY_REQUESTS_BODY = "{\"error\": \"too many requests\"}";

    private final Router router;
    private final AuthFilter auth;
    private final RateLimiter limiter;
    private final RequestJournal journal;
    private final Clock clock;
    private final boolean rateLimitHeaders;

    public KalshiApi(Router router, AuthFilter auth, RateLimiter limiter, RequestJournal journal, Clock clock,
                     boolean rateLimitHeaders) {
        this.router = router;
        this.auth = auth;
        this.limiter = limiter;
        this.journal = journal;
        this.clock = clock;
        this.rateLimitHeaders = rateLimitHeaders;
    }

    /** Every route this API serves, in the order added. */
    public List<Route> routes() {
        return router.routes();
    }

    /** Answers {@code request}, whose path starts with {@link #PREFIX}; never throws. */
    public RouteResponse process(RouteRequest request) {
        long arrivedMillis = clock.nowMillis();
        Caller caller = null;
        Charge charge = Charge.unmetered();
        RouteResponse response;
        try {
            // Matched once: the match carries the route's price, so the limiter looks nothing up again.
            Router.Match match = router.match(request.method(), request.path().substring(PREFIX.length()));
            caller = authenticate(match.route().access(), request);
            // Parsed at most once: the batch count and the handler read the same tree.
            RequestBody body = RequestBody.of(request.body());
            charge = caller != null
                    ? limiter.chargeKey(caller.apiKeyId(), caller.memberId(), match.price(), match.route().batchItems(body))
                    : limiter.chargeAddress(request.remoteAddress(), match.price());
            if (!charge.allowed()) {
                response = new RouteResponse(429, new RawJson(TOO_MANY_REQUESTS_BODY), java.util.Map.of());
            } else {
                response = match.route().endpoint().handle(new Call(request, match.route(), match.pathParams(), caller, body));
            }
        } catch (Throwable failure) {
            response = ErrorMapper.toResponse(failure, request.method(), request.path());
        }
        if (rateLimitHeaders && charge.isMetered()) {
            response = RateLimitHeaders.add(response, charge);
        }
        journal.record(new JournalEntry(arrivedMillis, caller == null ? null : caller.apiKeyId(), request.method(),
                request.path(), response.status(), charge.costTokens(),
                charge.bucket() == null ? null : charge.bucket().wire()));
        return response;
    }

    /**
     * Answers {@code request} with an injected server error of {@code status}, as a fault plan
     * asked; journaled like any other answer, with nothing charged.
     */
    public RouteResponse injectedError(RouteRequest request, int status) {
        String code = status == 503 ? "service_unavailable" : "internal_error";
        RouteResponse response = new RouteResponse(status, ErrorMapper.body(code, "injected fault", null), java.util.Map.of());
        journal.record(new JournalEntry(clock.nowMillis(), null, request.method(), request.path(), status, 0, null));
        return response;
    }

    /**
     * The signer of {@code request}: required on signed routes; on public routes only a valid
     * signature attributes the call, and bad credentials are ignored as if none were sent.
     */
    private Caller authenticate(Access access, RouteRequest request) {
        if (access == Access.SIGNED) {
            return auth.authenticate(request);
        }
        if (!AuthFilter.hasCredentials(request)) {
            return null;
        }
        try {
            return auth.authenticate(request);
        } catch (ApiException badCredentials) {
            return null;
        }
    }
}
