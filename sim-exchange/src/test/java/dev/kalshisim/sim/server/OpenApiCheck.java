package dev.kalshisim.sim.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Kalshi's OpenAPI document (the project's copy in test resources) as a checker of one request and
 * its answer: the operation must exist, the status must be one it declares, and the body must
 * match that status's schema. Built on Atlassian's swagger-request-validator.
 */
final class OpenApiCheck {

    /** The copy of Kalshi's OpenAPI kept in test resources; never read from outside the project. */
    static final String SPEC_RESOURCE = "/openapi/kalshi-openapi.yaml";

    private final OpenApiInteractionValidator validator;

    OpenApiCheck() {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(readSpec())
                .withBasePathOverride(KalshiApi.PREFIX)
                // Auth is AuthIT's business: the calls were really signed, but are checked here without their headers.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * The spec's complaints about {@code method path} (query string included) sent with
     * {@code requestJson} and answered with {@code reply}; empty when both conform.
     */
    List<String> problems(String method, String path, String requestJson, Reply reply) {
        return errors(validator.validate(request(method, path, requestJson), response(reply)));
    }

    /**
     * The complaints about a refusal {@code reply} to {@code method path}: its status must be one
     * the operation declares, and its body Kalshi's error envelope {@code {"error": ErrorResponse}}.
     *
     * <p>The spec's {@code ErrorResponse} is the unwrapped object, while Kalshi sends it wrapped in
     * {@code error} (kalshi-api.md section 4, docs/fidelity.md), so the object inside is what is
     * checked against it. Many error statuses in the spec have a description and no content;
     * those are checked for the envelope only.
     */
    List<String> refusalProblems(String method, String path, Reply reply) {
        JsonNode error = Json.read(reply.body().getBytes(StandardCharsets.UTF_8)).path("error");
        if (!error.path("code").isTextual() || !error.path("message").isTextual()) {
            return List.of("a refusal must be {\"error\":{\"code\":string,\"message\":string}}");
        }
        int question = path.indexOf('?');
        String bare = question < 0 ? path : path.substring(0, question);
        Reply inner = new Reply(reply.status(), error.toString(), reply.headers());
        ValidationReport report = validator.validateResponse(KalshiApi.PREFIX + bare, Request.Method.valueOf(method),
                response(inner));
        return errors(report).stream()
                .filter(problem -> !problem.startsWith("validation.response.body.unexpected:"))
                .toList();
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + message.getContext().flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse("")
                        + nested(message))
                // One message per rule and place in the schema, not one per array element.
                .map(text -> text.replaceAll("/\\d+", "/n").replaceAll("\\[Path '[^']*'\\] ", ""))
                .distinct()
                .toList();
    }

    private static String nested(ValidationReport.Message message) {
        return message.getNestedMessages().isEmpty() ? ""
                : message.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                        .collect(Collectors.joining("; ", " (", ")"));
    }

    private static Request request(String method, String path, String json) {
        int question = path.indexOf('?');
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method,
                KalshiApi.PREFIX + (question < 0 ? path : path.substring(0, question)));
        if (question >= 0) {
            for (String pair : path.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                builder.withQueryParam(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        if (json != null) {
            builder.withContentType("application/json").withBody(json);
        }
        return builder.build();
    }

    private static SimpleResponse response(Reply reply) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(reply.status());
        reply.headers().firstValue("Content-Type").ifPresent(builder::withContentType);
        if (!reply.body().isEmpty()) {
            builder.withBody(reply.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String readSpec() {
        try (InputStream in = OpenApiCheck.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + SPEC_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
