package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.wire.KalshiJson;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Forwards a key's own {@code GET /trade-api/v2/account/limits} and reads the answer on the way
 * back: the gateway cannot sign for a key, so it learns the key's buckets from the one request that
 * reports them (the Kalshi client sends it first). Until then the key is paced by the starting tier.
 * Used only when no {@code --tier} is fixed.
 */
final class LimitsForwarder {

    static final String LIMITS_PATH = "/trade-api/v2/account/limits";
    private static final int MAX_BODY = 1 << 20;

    private final HttpClient client;
    private final String upstreamRoot;
    private final boolean learn;

    LimitsForwarder(HttpClient client, String upstreamRoot, boolean learn) {
        this.client = client;
        this.upstreamRoot = upstreamRoot;
        this.learn = learn;
    }

    boolean handles(Request request) {
        return learn && request.getMethod().equals("GET") && LIMITS_PATH.equals(request.getHttpURI().getPath());
    }

    void forward(Request request, Response response, Callback callback, KeyPacing pacing) {
        String query = request.getHttpURI().getQuery();
        org.eclipse.jetty.client.Request upstream = client.newRequest(upstreamRoot + LIMITS_PATH + (query == null ? "" : "?" + query))
                .method("GET");
        for (String name : List.of(KalshiAuthHeaders.ACCESS_KEY, KalshiAuthHeaders.ACCESS_TIMESTAMP,
                KalshiAuthHeaders.ACCESS_SIGNATURE, HttpHeader.ACCEPT.asString())) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                upstream.headers(headers -> headers.put(name, value));
            }
        }
        upstream.send(new BufferingResponseListener(MAX_BODY) {
            @Override
            public void onComplete(org.eclipse.jetty.client.Result result) {
                if (result.isFailed()) {
                    Response.writeError(request, response, callback, 502, "upstream failed: " + result.getFailure().getMessage());
                    return;
                }
                int status = result.getResponse().getStatus();
                byte[] body = getContent();
                if (status == 200) {
                    learn(body, pacing);
                }
                response.setStatus(status);
                String type = result.getResponse().getHeaders().get(HttpHeader.CONTENT_TYPE);
                if (type != null) {
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
                }
                response.write(true, ByteBuffer.wrap(body), callback);
            }
        });
    }

    private static void learn(byte[] body, KeyPacing pacing) {
        try {
            AccountLimits limits = KalshiJson.mapper().readValue(body, AccountLimits.class);
            if (limits.read() != null && limits.write() != null) {
                pacing.reconfigure(new TierLimits(
                        new BucketLimit(limits.read().refillRate(), limits.read().bucketCapacity()),
                        new BucketLimit(limits.write().refillRate(), limits.write().bucketCapacity())));
            }
        } catch (Exception unreadable) {
            // Passed through as it is; the key keeps its current pacing.
        }
    }
}
