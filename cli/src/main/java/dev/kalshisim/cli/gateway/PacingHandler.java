package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Holds each REST request until its key's bucket can pay for it, then hands it, unchanged, to the
 * proxy it wraps. Requests are priced by the upstream's endpoint costs (batches per item, so a
 * batch's body is read first and replayed to the proxy); cancels wait ahead of everything else.
 * A request whose signed timestamp would be outside the exchange's window by the time it could be
 * sent is refused with 408 and never forwarded; the gateway itself never answers 429.
 */
final class PacingHandler extends Handler.Wrapper {

    /** Optional request header naming the client, for fairness; otherwise the connection is the client. */
    static final String CLIENT_HEADER = "X-Gateway-Client";
    /** Requests without a key share one pacing: the exchange limits them by the gateway's address. */
    static final String UNSIGNED = "(unsigned)";

    private final KeyPacings pacings;
    private final EndpointCosts costs;
    private final TimestampWindow window;
    private final LimitsForwarder limits;

    PacingHandler(Handler proxy, KeyPacings pacings, EndpointCosts costs, TimestampWindow window, LimitsForwarder limits) {
        super(proxy);
        this.pacings = pacings;
        this.costs = costs;
        this.window = window;
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        String key = request.getHeaders().get(KalshiAuthHeaders.ACCESS_KEY);
        KeyPacing pacing = pacings.forKey(key == null ? UNSIGNED : key);
        EndpointPrice price = costs.priceOf(method, path);
        if (price.perItem()) {
            // The batch's cost depends on its items: read the body, then replay it to the proxy.
            Content.Source.asByteBufferAsync(request).whenComplete((body, failure) -> {
                if (failure != null) {
                    Response.writeError(request, response, callback, failure);
                    return;
                }
                Request replayed = new ReplayedBody(request, body);
                pace(replayed, response, callback, pacing, price, price.tokensFor(BatchItems.count(body.slice())));
            });
        } else {
            pace(request, response, callback, pacing, price, price.tokensFor(EndpointPrice.SINGLE));
        }
        return true;
    }

    private void pace(Request request, Response response, Callback callback, KeyPacing pacing, EndpointPrice price,
            long costTokens) {
        BucketKind bucket = price.bucket();
        PacedBucket.Priority priority = bucket == BucketKind.WRITE && request.getMethod().equals("DELETE")
                ? PacedBucket.Priority.CANCEL : PacedBucket.Priority.NORMAL;
        long deadline = pacing.keyId().equals(UNSIGNED) ? Long.MAX_VALUE
                : window.deadlineNanos(request.getHeaders().get(KalshiAuthHeaders.ACCESS_TIMESTAMP));
        pacing.submit(bucket, clientOf(request), costTokens, priority, deadline).whenComplete((granted, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof FairQueue.Expired expired) {
                refuseExpired(request, response, callback, expired);
            } else if (cause != null) {
                // It can never fit the bucket (a batch over the capacity): the upstream gives its own answer.
                forward(request, response, callback, pacing);
            } else {
                Callback settle = Callback.from(() -> {
                    settled(pacing, bucket, costTokens, response);
                    callback.succeeded();
                }, error -> {
                    settled(pacing, bucket, costTokens, response);
                    callback.failed(error);
                });
                forward(request, response, settle, pacing);
            }
        });
    }

    private void forward(Request request, Response response, Callback callback, KeyPacing pacing) {
        try {
            if (limits.handles(request)) {
                limits.forward(request, response, callback, pacing);
            } else if (!getHandler().handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Exception e) {
            Response.writeError(request, response, callback, e);
        }
    }

    private static void settled(KeyPacing pacing, BucketKind bucket, long costTokens, Response response) {
        pacing.settled(bucket, costTokens);
        if (response.getStatus() == 429) {
            pacing.rateLimited(bucket);
        }
    }

    private void refuseExpired(Request request, Response response, Callback callback, FairQueue.Expired expired) {
        response.setStatus(408);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        String message = "the gateway held this request " + expired.getMessage().substring("waited ".length())
                + " for its key's rate limit, and its KALSHI-ACCESS-TIMESTAMP would now be outside the exchange's "
                + window.window().toSeconds() + " s window: it was not sent; sign it again and resend";
        Content.Sink.write(response, true, ErrorBody.json("request_timestamp_expired", message), callback);
    }

    private static String clientOf(Request request) {
        String named = request.getHeaders().get(CLIENT_HEADER);
        if (named != null && !named.isBlank()) {
            return named;
        }
        return String.valueOf(request.getConnectionMetaData().getRemoteSocketAddress());
    }

    /** A request whose body was read by the gateway, served again from memory. */
    private static final class ReplayedBody extends Request.Wrapper {
        private final ByteBufferContentSource body;

        ReplayedBody(Request request, ByteBuffer body) {
            super(request);
            this.body = new ByteBufferContentSource(body);
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }

    /** Counts a batch's items: the length of the largest top-level array of its JSON body (orders or ids). */
    static final class BatchItems {
        private BatchItems() {
        }

        static int count(ByteBuffer body) {
            try {
                com.fasterxml.jackson.databind.JsonNode root = dev.kalshisim.core.wire.KalshiJson.mapper()
                        .readTree(StandardCharsets.UTF_8.decode(body).toString());
                int items = 0;
                if (root != null) {
                    for (com.fasterxml.jackson.databind.JsonNode field : root) {
                        if (field.isArray()) {
                            items = Math.max(items, field.size());
                        }
                    }
                }
                return items;
            } catch (Exception unreadable) {
                // The upstream refuses a malformed batch; pace it as one item.
                return 1;
            }
        }
    }
}
