package dev.kalshisim.cli.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.wire.KalshiJson;
import java.io.UncheckedIOException;

/** The gateway's own refusals, in Kalshi's error shape {@code {"error":{"code","message"}}}. */
final class ErrorBody {

    private ErrorBody() {
    }

    static String json(String code, String message) {
        ObjectNode root = KalshiJson.mapper().createObjectNode();
        root.putObject("error").put("code", code).put("message", message);
        try {
            return KalshiJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
