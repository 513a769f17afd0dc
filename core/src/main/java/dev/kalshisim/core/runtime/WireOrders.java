package dev.kalshisim.core.runtime;

import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Conversions between the strategy API's orders and Kalshi's V2 wire bodies, and the one-line
 * reasons and typed rejections of failed venue calls.
 */
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
     * A one-line reason for a failed call, for an order update or a log line: the venue's own
     * wording when it refused ({@link VenueRejectedException}), else the failure's first line. A
     * venue adapter words its failures (see the ports), so this reads no adapter's exception.
     */
    static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        String message = cause.getMessage();
        return message != null ? message.lines().findFirst().orElse(message) : cause.getClass().getSimpleName();
    }

    /** The venue's typed refusal inside {@code failure}, or null when the venue gave no answer. */
    static Rejection rejection(Throwable failure) {
        return unwrap(failure) instanceof VenueRejectedException rejected ? rejected.rejection() : null;
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
