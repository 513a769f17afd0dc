package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI check itself: it passes a conforming answer and reports each kind of departure. */
class OpenApiCheckTest {

    private static final HttpHeaders JSON = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")),
            (name, value) -> true);

    private static OpenApiCheck spec;

    @BeforeAll
    static void load() {
        spec = new OpenApiCheck();
    }

    private static Reply reply(int status, String body) {
        return new Reply(status, body, JSON);
    }

    @Test
    void aConformingAnswerPasses() {
        assertThat(spec.problems("GET", "/exchange/status", null,
                reply(200, "{\"exchange_active\":true,\"trading_active\":false}"))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        assertThat(spec.problems("GET", "/exchange/status", null, reply(200, "{\"exchange_active\":true}")))
                .anyMatch(problem -> problem.contains("required") && problem.contains("trading_active"));
    }

    @Test
    void aWronglyTypedFieldIsReported() {
        assertThat(spec.problems("GET", "/exchange/status", null,
                reply(200, "{\"exchange_active\":\"yes\",\"trading_active\":true}"))).isNotEmpty();
    }

    @Test
    void aFieldTheSpecDoesNotListIsReported() {
        assertThat(spec.problems("GET", "/exchange/status", null,
                reply(200, "{\"exchange_active\":true,\"trading_active\":true,\"exchange_actve\":true}")))
                .anyMatch(problem -> problem.contains("exchange_actve"));
    }

    @Test
    void aStatusTheOperationDoesNotDeclareIsReported() {
        assertThat(spec.problems("GET", "/exchange/status", null, reply(418, "{}"))).isNotEmpty();
    }

    @Test
    void aBadQueryParameterIsReported() {
        assertThat(spec.problems("GET", "/events/multivariate?limit=500", null,
                reply(200, "{\"events\":[],\"cursor\":\"\"}"))).anyMatch(problem -> problem.contains("maximum: 200"));
    }

    @Test
    void aRefusalMustBeKalshisWrappedError() {
        assertThat(spec.refusalProblems("GET", "/portfolio/orders/x", reply(404,
                "{\"error\":{\"code\":\"not_found\",\"message\":\"order x not found\"}}"))).isEmpty();
        assertThat(spec.refusalProblems("GET", "/portfolio/orders/x", reply(404,
                "{\"code\":\"not_found\",\"message\":\"order x not found\"}"))).isNotEmpty();
        assertThat(spec.refusalProblems("GET", "/portfolio/orders/x", reply(404,
                "{\"error\":{\"code\":\"not_found\",\"message\":\"m\",\"oops\":1}}"))).isNotEmpty();
    }
}
