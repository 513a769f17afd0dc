package dev.kalshisim.cli.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The gateway's own errors (the upstream unreachable: 502; a malformed request: 400) in Kalshi's
 * error shape instead of Jetty's HTML page, so bots read them like the exchange's.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String errorCode = code == HttpStatus.BAD_GATEWAY_502 ? "upstream_unavailable" : "gateway_error";
        String text = message != null ? message : HttpStatus.getMessage(code);
        if (code == HttpStatus.BAD_GATEWAY_502) {
            text = "the gateway could not reach the upstream exchange: " + text;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(ErrorBody.json(errorCode, text).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
