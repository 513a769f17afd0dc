package dev.kalshisim.kalshi.client;

/**
 * Base of every failure the Kalshi client reports: {@link KalshiApiException} when the server
 * answered with an error status, {@link KalshiTransportException} when no usable answer arrived.
 *
 * <p>Unchecked, so client calls compose with streams, iterators and {@code CompletableFuture}s.
 */
public class KalshiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected KalshiException(String message, Throwable cause) {
        super(message, cause);
    }
}
