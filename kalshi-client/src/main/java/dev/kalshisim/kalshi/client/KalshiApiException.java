package dev.kalshisim.kalshi.client;

/**
 * The server answered with a 4xx or 5xx status; the body's Kalshi error fields are carried as
 * parsed by {@link ErrorDecoder}.
 *
 * <p>Branch on {@link #code()} (Kalshi's stable error code, e.g. {@code order_already_exists}),
 * not on the message. Any field the body did not carry is null.
 */
public class KalshiApiException extends KalshiException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String errorMessage;
    private final String details;
    private final String method;
    private final String path;

    /**
     * @param status the HTTP status, 400 to 599
     * @param code Kalshi's error code, or null
     * @param errorMessage the server's message, or null
     * @param details the server's details, or null
     * @param method the request's HTTP method
     * @param path the request's path below the base URL, without the query string
     */
    public KalshiApiException(int status, String code, String errorMessage, String details, String method, String path) {
        super(describe(status, code, errorMessage, details, method, path), null);
        this.status = status;
        this.code = code;
        this.errorMessage = errorMessage;
        this.details = details;
        this.method = method;
        this.path = path;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Kalshi's error code ({@code invalid_parameters}, {@code order_already_exists}, ...), or null when the body had none. */
    public String code() {
        return code;
    }

    /** The server's error message, or null. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The server's error details, or null. */
    public String details() {
        return details;
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The path of the failed request below the base URL, without its query string. */
    public String path() {
        return path;
    }

    /** Whether the status is a server error (5xx). */
    public boolean isServerError() {
        return status >= 500;
    }

    private static String describe(int status, String code, String message, String details, String method, String path) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(path).append(" failed: HTTP ").append(status);
        if (code != null) {
            text.append(' ').append(code);
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (details != null) {
            text.append(" (").append(details).append(')');
        }
        return text.toString();
    }
}
