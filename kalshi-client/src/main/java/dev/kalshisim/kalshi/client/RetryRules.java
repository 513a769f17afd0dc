package dev.kalshisim.kalshi.client;

/**
 * Which failures are worth another attempt, per {@link RequestKind}.
 *
 * <ul>
 *   <li>429: always; the server applied nothing.</li>
 *   <li>A connection that never reached the server (refused, connect timeout): always.</li>
 *   <li>Reads, cancels and idempotent writes: also any 5xx and any ambiguous transport failure,
 *       since repeating them cannot do harm.</li>
 *   <li>Other writes (amend, decrease by, batch create, upgrade): also 503, which Kalshi sends
 *       ({@code service_unavailable}) when the exchange refuses work before processing it; never
 *       after an ambiguous failure or another 5xx, where the write may have been applied.</li>
 *   <li>Order creates: 429, 503, unsent connections, and {@link NotPlacedException}, which
 *       {@link OrderCreateGuard} raises only after reconciling that the order does not exist.</li>
 * </ul>
 */
final class RetryRules {

    private RetryRules() {
    }

    static boolean retryable(RequestKind kind, Throwable failure) {
        if (failure instanceof RateLimitedException) {
            return true;
        }
        if (failure instanceof KalshiTransportException transport) {
            return !transport.requestMayHaveBeenSent() || kind.repeatable();
        }
        if (failure instanceof NotPlacedException) {
            return kind == RequestKind.ORDER_CREATE;
        }
        if (failure instanceof KalshiApiException api && api.isServerError()) {
            return switch (kind) {
                case READ, CANCEL, IDEMPOTENT_WRITE -> true;
                case WRITE, ORDER_CREATE -> api.status() == 503;
            };
        }
        return false;
    }

    /**
     * An order create failed ambiguously, and looking it up showed it was not placed, so another
     * attempt with the same client order id is safe. Carries the original failure as its cause.
     */
    static final class NotPlacedException extends KalshiException {
        private static final long serialVersionUID = 1L;

        NotPlacedException(String clientOrderId, Throwable cause) {
            super("order with client_order_id " + clientOrderId + " was not placed: " + cause.getMessage(), cause);
        }
    }
}
