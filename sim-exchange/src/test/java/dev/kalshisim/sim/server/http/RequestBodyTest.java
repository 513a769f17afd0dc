package dev.kalshisim.sim.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void theBatchCountAndTheHandlerReadOneParse() {
        RequestBody body = RequestBody.of("{\"orders\":[{},{}]}".getBytes(StandardCharsets.UTF_8));

        assertThat(body.arrayLength("orders")).isEqualTo(2);
        // The same tree, not a second parse: the limiter's count and the handler's bind share it.
        assertThat(body.tree()).isSameAs(body.tree());
        assertThat(JsonBody.parse(body).arrayLength("orders")).isEqualTo(2);
    }

    @Test
    void aMalformedBodyCountsNothingAndKeepsItsOne400() {
        RequestBody body = RequestBody.of("{\"orders\":[".getBytes(StandardCharsets.UTF_8));

        assertThat(body.arrayLength("orders")).isZero();
        ApiException first = catchApi(body);
        assertThat(first.status()).isEqualTo(400);
        assertThat(catchApi(body)).isSameAs(first);
        assertThat(RequestBody.of(new byte[0]).arrayLength("orders")).isZero();
        assertThat(RequestBody.of("[1,2]".getBytes(StandardCharsets.UTF_8)).arrayLength("orders")).isZero();
        assertThatThrownBy(() -> JsonBody.parse(RequestBody.of(new byte[0]))).hasMessageContaining("required");
    }

    private static ApiException catchApi(RequestBody body) {
        try {
            body.tree();
        } catch (ApiException failure) {
            return failure;
        }
        throw new AssertionError("a malformed body parsed");
    }
}
