package dev.kalshisim.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunUrlsTest {

    @Test
    void aServerRootGetsTheRestPathAndARestBaseIsKept() {
        assertThat(RunUrls.restBase("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080/trade-api/v2");
        assertThat(RunUrls.restBase("http://127.0.0.1:8080/")).isEqualTo("http://127.0.0.1:8080/trade-api/v2");
        assertThat(RunUrls.restBase("https://external-api.demo.kalshi.co/trade-api/v2/"))
                .isEqualTo("https://external-api.demo.kalshi.co/trade-api/v2");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> RunUrls.restBase("127.0.0.1:8080")).hasMessageContaining("--url must be");
        assertThatThrownBy(() -> RunUrls.restBase("http://host/other")).hasMessageContaining("--url must be");
        assertThatThrownBy(() -> RunUrls.restBase("http://host/trade-api/v2?x=1")).hasMessageContaining("--url must be");
    }

    @Test
    void durationsTakeAUnitOrIsoForm() {
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> DurationText.parse("5 minutes")).hasMessageContaining("30s, 500ms");
        assertThatThrownBy(() -> DurationText.parse("0s")).hasMessageContaining("positive");
    }
}
