package dev.kalshisim.kalshi.client;

/**
 * No usable HTTP answer arrived: the connection failed, was reset, or timed out.
 *
 * <p>{@link #requestMayHaveBeenSent()} separates failures before the request left this machine
 * (connection refused, connect timeout) from ambiguous ones after it may have reached the server,
 * where a write may or may not have been applied.
 */
public class KalshiTransportException extends KalshiException {

    private static final long serialVersionUID = 1L;

    private final boolean requestMayHaveBeenSent;

    public KalshiTransportException(String message, boolean requestMayHaveBeenSent, Throwable cause) {
        super(message, cause);
        this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    /** Whether the server may have received, and acted on, the request. */
    public boolean requestMayHaveBeenSent() {
        return requestMayHaveBeenSent;
    }
}
