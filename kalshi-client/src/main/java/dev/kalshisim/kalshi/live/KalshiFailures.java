package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.runtime.VenueRejectedException;
import dev.kalshisim.core.runtime.VenueUnreachableException;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.KalshiTransportException;
import dev.kalshisim.kalshi.client.RateLimitedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Translates the Kalshi client's failures into the runtime ports' contract: a refusal Kalshi
 * answered ({@link KalshiApiException}, {@link RateLimitedException}) becomes a {@link
 * VenueRejectedException} with the typed {@link Rejection}; anything else (no answer, an answer
 * that could not be read) a {@link VenueUnreachableException}. Either is worded in one line, as a
 * strategy's order update and the {@code run} command's messages show it.
 */
final class KalshiFailures {

    private KalshiFailures() {
    }

    /** {@code future}, failing with the translated failure instead of the client's. */
    static <T> CompletableFuture<T> translated(CompletableFuture<T> future) {
        CompletableFuture<T> out = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure != null) {
                out.completeExceptionally(translate(failure));
            } else {
                out.complete(value);
            }
        });
        return out;
    }

    /** The ports' exception for a failure of the client. */
    static RuntimeException translate(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof VenueRejectedException rejected) {
            return rejected;
        }
        if (cause instanceof VenueUnreachableException unreachable) {
            return unreachable;
        }
        if (cause instanceof KalshiApiException api) {
            return new VenueRejectedException(rejection(api), reason(api), api);
        }
        return new VenueUnreachableException(reason(cause), cause);
    }

    /** What Kalshi said, as data. */
    static Rejection rejection(KalshiApiException api) {
        OptionalLong retryAfter = api instanceof RateLimitedException limited ? limited.retryAfterNanos()
                : OptionalLong.empty();
        int status = api.status() >= 100 && api.status() <= 599 ? api.status() : Rejection.NO_STATUS;
        return new Rejection(api.code(), status, retryAfter, api.errorMessage());
    }

    /**
     * A one-line reason for a failed call: Kalshi's error code when the venue gave one, else the
     * failure's message, with a transport failure's cause said in words.
     */
    static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof KalshiApiException api && api.code() != null) {
            String message = api.errorMessage() != null ? ": " + api.errorMessage() : "";
            return api.code() + " (HTTP " + api.status() + ")" + message;
        }
        String message = firstLine(cause);
        if (cause instanceof KalshiTransportException && cause.getCause() != null) {
            // The transport names the request and appends its cause's class; say what that means instead.
            String suffix = ": " + cause.getCause();
            String request = message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
            message = request + " (" + networkProblem(cause.getCause()) + ")";
        }
        return message;
    }

    private static String networkProblem(Throwable cause) {
        // The JDK's connect failure wraps a ClosedChannelException, so look along the whole chain.
        for (Throwable at = cause; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof ConnectException) {
                return "connection refused";
            }
            if (at instanceof UnknownHostException) {
                return "unknown host " + at.getMessage();
            }
            if (at instanceof HttpTimeoutException) {
                return "timed out";
            }
        }
        return firstLine(cause);
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        return message != null ? message.lines().findFirst().orElse(message) : failure.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
