package dev.kalshisim.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.EventFeeChange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A cleared event fee override is written as JSON null, since the OpenAPI requires both fields. */
class FeeChangeJsonTest {

    @Test
    void aClearedOverrideIsWrittenAsNull() {
        EventFeeChange cleared = new EventFeeChange("efc-1", "A", "S", null, null, Instant.parse("2026-10-01T00:00:00Z"));

        JsonNode json = KalshiJson.mapper().valueToTree(cleared);

        assertThat(json.has("fee_type_override")).isTrue();
        assertThat(json.get("fee_type_override").isNull()).isTrue();
        assertThat(json.get("fee_multiplier_override").isNull()).isTrue();
        assertThat(json.get("scheduled_ts").asText()).isEqualTo("2026-10-01T00:00:00Z");
    }
}
