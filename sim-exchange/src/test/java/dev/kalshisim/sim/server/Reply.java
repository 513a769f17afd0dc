package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.server.http.Json;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** One HTTP answer as a test sees it: status, raw body and, parsed on demand, JSON. */
record Reply(int status, String body, HttpHeaders headers) {

    /** The body as JSON; fails the test if it is not. */
    JsonNode json() {
        return Json.read(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of {@code field} of the JSON body. */
    String text(String field) {
        return json().path(field).asText();
    }

    /** The {@code error.code} of a Kalshi error body. */
    String errorCode() {
        return json().path("error").path("code").asText();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
