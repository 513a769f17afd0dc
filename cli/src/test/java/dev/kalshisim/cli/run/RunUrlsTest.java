package dev.kalshisim.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
