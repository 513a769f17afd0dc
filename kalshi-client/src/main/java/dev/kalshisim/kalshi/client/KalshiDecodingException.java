package dev.kalshisim.kalshi.client;

/**
 * The server answered with a success status but a body this client cannot read as the expected
 * type (a changed schema, a proxy's page). The request itself may have been applied.
 */
public class KalshiDecodingException extends KalshiException {

    private static final long serialVersionUID = 1L;

    public KalshiDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
