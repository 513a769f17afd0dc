package dev.kalshisim.kalshi.live;

import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.KalshiTransportException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Conversions between the strategy API's orders and Kalshi's V2 wire bodies, and failure reasons. */
final class WireOrders {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private WireOrders() {
    }

    /** The V2 create body of {@code request}. */
    static CreateOrderV2Request create(OrderRequest request) {
        // Kalshi's expiration is whole Unix seconds; rounding up never expires an order early.
        Long expiration = request.expires()
                ? Math.floorDiv(Math.addExact(request.expiresAtNanos(), NANOS_PER_SECOND - 1), NANOS_PER_SECOND)
                : null;
        return new CreateOrderV2Request(request.ticker(), request.clientOrderId(), request.side(), request.count(),
                request.yesPrice(), expiration, request.timeInForce(), request.postOnly() ? Boolean.TRUE : null,
                request.selfTradePrevention(), null, request.reduceOnly() ? Boolean.TRUE : null, null, null, null);
    }

    /**
     * A one-line reason for a failed call, for an order update: Kalshi's error code when the venue
     * gave one, else the failure's message.
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

    /** The failure inside a future's wrapper exceptions. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
