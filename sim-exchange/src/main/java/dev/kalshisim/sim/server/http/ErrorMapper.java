package dev.kalshisim.sim.server.http;

import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.core.wire.ErrorBody;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into Kalshi's wrapped error body {@code {"error":{"code","message","details"}}}.
 *
 * <p>Every refusal leaves the server through here, so the shape is decided in one place. An
 * exception that is not an {@link ApiException} is a bug in the simulator: it becomes a 500
 * {@code internal_error} (the fuzz test asserts none ever happens) and is logged with its stack.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** The response for an expected refusal. */
    public static RouteResponse toResponse(ApiException refusal) {
        return new RouteResponse(refusal.status(), body(refusal.code(), presentable(refusal), refusal.details()), Map.of());
    }

    /**
     * The refusal's message, unless it would show a Java or Jackson name or a parser position (a
     * message built from text the simulator does not control): then a plain one, and a log line.
     */
    private static String presentable(ApiException refusal) {
        String message = refusal.getMessage();
        if (message == null || RequestProblems.isPresentable(message)) {
            return message;
        }
        LOG.warn("error message withheld from client: {}", message);
        return refusal.status() == 400 ? "the request is invalid" : refusal.code();
    }

    /** The response for any failure: {@link ApiException}s keep their status, anything else is a 500. */
    public static RouteResponse toResponse(Throwable failure, String method, String path) {
        if (failure instanceof ApiException refusal) {
            return toResponse(refusal);
        }
        LOG.error("internal error answering {} {}", method, path, failure);
        return new RouteResponse(500, body("internal_error", "internal error", null), Map.of());
    }

    /** Kalshi's error body (core's wire type); {@code details} is left out when {@code null}. */
    public static ErrorBody body(String code, String message, String details) {
        return new ErrorBody(new KalshiError(code, message == null ? code : message, details));
    }
}
