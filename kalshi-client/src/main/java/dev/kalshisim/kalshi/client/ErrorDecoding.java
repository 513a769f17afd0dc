package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The stage that fails the future with a typed {@link KalshiApiException} for any non-2xx response. */
final class ErrorDecoding implements Stage {

    private final Clock clock;
    private final Stage next;

    ErrorDecoding(Clock clock, Stage next) {
        this.clock = clock;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        return next.send(request).thenApply(response -> {
            if (!response.isSuccess()) {
                throw new CompletionException(ErrorDecoder.decode(request, response, clock.nowMillis()));
            }
            return response;
        });
    }
}
