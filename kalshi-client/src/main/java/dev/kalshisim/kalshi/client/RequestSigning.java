package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.KalshiAuthHeaders;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Adds the three {@code KALSHI-ACCESS-*} headers to every request, signing
 * {@code timestamp + METHOD + path} where the path runs from the host root (so it includes
 * {@code /trade-api/v2}) and has no query string.
 *
 * <p>Runs after the throttle, on every attempt, so a request that queued or is retried carries a
 * fresh timestamp inside the server's tolerance window. The key is never logged or put in a message.
 */
final class RequestSigning implements Stage {

    private final String keyId;
    private final RequestSigner signer;
    private final Clock clock;
    private final BaseUrl baseUrl;
    private final Stage next;

    RequestSigning(Credentials credentials, Clock clock, BaseUrl baseUrl, Stage next) {
        this.keyId = credentials.keyId();
        this.signer = credentials.signer();
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        long timestampMillis = clock.nowMillis();
        String signature = signer.sign(timestampMillis, request.method(), baseUrl.signedPathOf(request));
        return next.send(request
                .withHeader(KalshiAuthHeaders.ACCESS_KEY, keyId)
                .withHeader(KalshiAuthHeaders.ACCESS_TIMESTAMP, Long.toString(timestampMillis))
                .withHeader(KalshiAuthHeaders.ACCESS_SIGNATURE, signature));
    }
}
