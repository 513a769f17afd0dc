package dev.kalshisim.sim.server;

import dev.kalshisim.sim.server.http.ErrorMapper;
import dev.kalshisim.sim.server.http.Json;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty raises before any handler runs (an unparseable URI, an oversized header) in
 * Kalshi's JSON error shape instead of Jetty's HTML page, so a client's error parsing never meets
 * an unexpected format.
 */
final class KalshiErrorPages extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : 500;
        if (request.getAttribute(ERROR_STATUS) instanceof Integer errorStatus) {
            status = errorStatus;
        }
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String text ? text : "request refused";
        String code = status == 404 ? "not_found" : status >= 500 ? "internal_error" : "bad_request";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.write(ErrorMapper.body(code, message, null))), callback);
        return true;
    }
}
