package dev.kalshisim.sim.server.http;

/**
 * A request that the server refuses with a Kalshi error body: the one way handlers report a 4xx.
 *
 * <p>Thrown rather than returned because the refusal is usually discovered deep inside body
 * parsing; {@link ErrorMapper} turns it into {@code {"error":{"code","message","details"}}} at the
 * edge, so no half-built response can leak.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String details;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, String details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    /** 400 {@code invalid_parameters}: the request is malformed or a value breaks a rule. */
    public static ApiException invalid(String message) {
        return new ApiException(400, "invalid_parameters", message);
    }

    /** 404 {@code not_found}. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** 401 {@code unauthorized}. */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    /** This refusal as the per-item {@code error} of a batch result. */
    public dev.kalshisim.core.model.KalshiError toError() {
        return new dev.kalshisim.core.model.KalshiError(code, getMessage(), details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra detail for the body's {@code details} field, or {@code null}. */
    public String details() {
        return details;
    }
}
