package dev.kalshisim.sim.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.wire.CreateOrderV2Request;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static JsonBody body(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void typedFieldsAreStrict() {
        JsonBody body = body("{\"count\":\"10.5\",\"whole\":3,\"flag\":true,\"name\":\"x\",\"n\":\"5\"}");

        assertThat(body.count("count")).isEqualTo(Count.ofHundredths(1050));
        assertThat(body.count("whole")).isEqualTo(Count.ofContracts(3));
        assertThat(body.bool("flag", false)).isTrue();
        assertThat(body.text("name")).isEqualTo("x");
        assertThatThrownBy(() -> body.optionalLong("n")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> body.text("missing")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> body.bool("name", false)).isInstanceOf(ApiException.class);
    }

    @Test
    void malformedBodiesAre400() {
        for (String bad : new String[] {"", "{", "[]", "\"x\"", "{\"a\":1,\"a\":2}", "{} {}"}) {
            assertThatThrownBy(() -> body(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void wireRecordsReadThroughKalshiJson() {
        CreateOrderV2Request order = Json.read("""
                {"ticker":"T","side":"bid","count":"2","price":"0.56","time_in_force":"fill_or_kill",
                 "self_trade_prevention_type":"maker","unknown":1}""".getBytes(StandardCharsets.UTF_8),
                CreateOrderV2Request.class);

        assertThat(order.count()).isEqualTo(Count.ofContracts(2));
        assertThatThrownBy(() -> Json.read("{\"side\":\"up\"}".getBytes(StandardCharsets.UTF_8), CreateOrderV2Request.class))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("side"));
        assertThatThrownBy(() -> Json.read("{\"price\":0.5}".getBytes(StandardCharsets.UTF_8), CreateOrderV2Request.class))
                .isInstanceOf(ApiException.class);
    }
}
