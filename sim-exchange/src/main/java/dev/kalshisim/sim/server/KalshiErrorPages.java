package dev.kalshisim.sim.server;

import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty raises outside the API (an unparseable request line, an unsupported HTTP
 * version, an oversized header, bad chunking, a body that is late or too slow) in Kalshi's JSON
 * error shape instead of Jetty's HTML page, so a client's error parsing never meets an unexpected
 * format.
 *
 * <p>What the client caused stays a 4xx: an unsupported HTTP version, which HTTP would answer
 * with 505, is a 400 {@code bad_request} here, so that a 5xx always means a fault of the
 * simulator (docs/fidelity.md).
 */
final class KalshiErrorPages extends ErrorHandler {

    /** The code of a 408: the request did not arrive in time. */
    static final String REQUEST_TIMEOUT = "request_timeout";

    /** Jetty's wording that names Java types or exceptions, which an API error must not. */
    private static final Pattern INTERNAL_WORDING = Pattern.compile("Exception|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : 500;
        if (request.getAttribute(ERROR_STATUS) instanceof Integer errorStatus) {
            status = errorStatus;
        }
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String text ? text : null;
        if (status == 505) {
            status = 400;
            message = "unsupported HTTP version: the API speaks HTTP/1.1 (and HTTP/1.0)";
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.write(ErrorMapper.body(code(status), wording(status, message),
                null))), callback);
        return true;
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> "invalid_parameters";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    /** Jetty's own short reason when it is fit for a client, else a plain one for the status. */
    private static String wording(int status, String message) {
        if (message != null && !message.isBlank() && !INTERNAL_WORDING.matcher(message).find()) {
            return status == 400 && !message.startsWith("unsupported") ? "malformed HTTP request: " + message : message;
        }
        return switch (status) {
            case 408 -> "the request did not arrive in time";
            case 413 -> "request too large";
            case 431 -> "request headers too large";
            default -> status >= 500 ? "internal error" : "malformed HTTP request";
        };
    }
}
