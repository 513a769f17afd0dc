package dev.kalshisim.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.ErrorCode;
import dev.kalshisim.core.model.KalshiError;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void readsTheWrappedShape() {
        assertThat(ErrorBodies.read(WireSamples.text("error_body.json"))).contains(
                new KalshiError("order_already_exists", "order already exists", "client_order_id c-1"));
        // The removed "service" field and other extras are ignored.
        assertThat(ErrorBodies.read("{\"error\":{\"code\":\"service_unavailable\",\"service\":\"exchange\"}}"))
                .contains(new KalshiError("service_unavailable", null, null));
    }

    @Test
    void readsTheBareStringShape() {
        assertThat(ErrorBodies.read(TooManyRequestsBody.JSON))
                .contains(new KalshiError("too_many_requests", "too many requests", null));
        assertThat(ErrorBodies.read(WireSamples.text("too_many_requests.json")).orElseThrow().code())
                .isEqualTo(ErrorCode.TOO_MANY_REQUESTS.wire());
    }

    @Test
    void readsTheFlatShape() {
        assertThat(ErrorBodies.read("{\"code\":\"bad_request\",\"message\":\"bad\",\"details\":\"x\"}"))
                .contains(new KalshiError("bad_request", "bad", "x"));
    }

    @Test
    void emptyWhenThereIsNoError() {
        assertThat(ErrorBodies.read("")).isEmpty();
        assertThat(ErrorBodies.read((String) null)).isEmpty();
        assertThat(ErrorBodies.read("<html>502 Bad Gateway</html>")).isEmpty();
        assertThat(ErrorBodies.read("{}")).isEmpty();
        assertThat(ErrorBodies.read("[]")).isEmpty();
    }

    @Test
    void theWrittenBodiesMatchKalshi() throws Exception {
        assertThat(KalshiJson.mapper().writeValueAsString(TooManyRequestsBody.INSTANCE)).isEqualTo(TooManyRequestsBody.JSON);
        assertThat(KalshiJson.mapper().writeValueAsString(ErrorBody.of(ErrorCode.MARKET_NOT_FOUND, "market not found")))
                .isEqualTo("{\"error\":{\"code\":\"market_not_found\",\"message\":\"market not found\"}}");
    }
}
