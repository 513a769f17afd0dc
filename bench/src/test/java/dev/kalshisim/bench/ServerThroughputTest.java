package dev.kalshisim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.SignatureVerifier;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parts of ServerThroughput that need no wrk and no server: its options, its wrk script and wrk's printout. */
class ServerThroughputTest {

    /** A printout of wrk 4.1.0 with --latency and a script that counted statuses. */
    private static final String PRINTOUT = """
            Running 15s test @ http://127.0.0.1:40123/trade-api/v2/portfolio/balance
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.10ms    5.01ms 120.00ms   95.12%
                Req/Sec     8.12k     1.02k   10.40k    71.00%
              Latency Distribution
                 50%  812.00us
                 75%    1.40ms
                 90%    3.02ms
                 99%   21.50ms
              243600 requests in 15.01s, 61.33MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 1200
            Requests/sec:  16229.18
            Transfer/sec:      4.09MB
            status 200 242400
            status 429 1200
            """;

    @Test
    void readsRatePercentilesErrorsAndStatusesFromWrksPrintout() {
        Wrk.Result result = Wrk.parse(PRINTOUT);
        assertThat(result.requestsPerSecond()).isEqualTo(16229.18);
        assertThat(result.requests()).isEqualTo(243_600);
        assertThat(result.p50Micros()).isEqualTo(812.0);
        assertThat(result.p99Micros()).isEqualTo(21_500.0);
        assertThat(result.non2xx()).isEqualTo(1_200);
        assertThat(result.socketErrors()).isEqualTo(3);
        assertThat(result.status(429)).isEqualTo(1_200);
        assertThat(result.status(200)).isEqualTo(242_400);
        assertThatThrownBy(() -> Wrk.parse("wrk: command not found")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theScriptCarriesOneValidSignaturePerSecondOverTimestampMethodAndPath() throws Exception {
        SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
        seeded.setSeed(13);
        KeyPair pair = PemKeys.generateRsaKeyPair(seeded);
        Credentials credentials = new Credentials("key-1", pair.getPrivate());
        String lua = WrkScript.text(credentials, "POST", ServerThroughput.CREATE_PATH, "{\"ticker\":\"X\"}",
                1_780_000_000L, 3, false);

        Matcher entries = Pattern.compile("\\[(\\d+)] = \"([A-Za-z0-9+/=]+)\"").matcher(lua);
        SignatureVerifier verifier = new SignatureVerifier(pair.getPublic());
        int count = 0;
        while (entries.find()) {
            long second = Long.parseLong(entries.group(1));
            assertThat(second).isEqualTo(1_780_000_000L + count);
            assertThat(verifier.verify(second * 1000, "POST", ServerThroughput.CREATE_PATH, entries.group(2))).isTrue();
            assertThat(verifier.verify(second * 1000 + 1, "POST", ServerThroughput.CREATE_PATH, entries.group(2)))
                    .isFalse();
            count++;
        }
        assertThat(count).isEqualTo(3);
        assertThat(lua).contains("local key = \"key-1\"", "local body = \"{\\\"ticker\\\":\\\"X\\\"}\"",
                "now * 1000", "request = function()").doesNotContain("response = function");
        assertThat(WrkScript.text(credentials, "GET", ServerThroughput.BALANCE_PATH, null, 1L, 1, true))
                .contains("local body = nil", "response = function", "thread:get(\"counts\")");
    }

    @Test
    void optionsHaveTheIssuesDefaultsAndRefuseWhatTheyDoNotKnow() {
        ServerThroughput.Options defaults = ServerThroughput.Options.parse();
        assertThat(defaults.seconds()).isEqualTo(15);
        assertThat(defaults.warmup()).isEqualTo(5);
        assertThat(defaults.threads()).isEqualTo(2);
        assertThat(defaults.connections()).isEqualTo(32);
        assertThat(ServerThroughput.Options.parse("--tier", "none").tier()).isNull();
        assertThat(ServerThroughput.Options.parse("--only", "sim,jetty").only()).containsExactlyInAnyOrder("sim", "jetty");
        assertThatThrownBy(() -> ServerThroughput.Options.parse("--only", "nginx"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerThroughput.Options.parse("--requests", "cancel"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerThroughput.Options.parse("--seconds", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerThroughput.Options.parse("--seconds")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latenciesPrintInMicrosecondsBelowAMillisecond() {
        assertThat(ServerThroughput.latency(812)).isEqualTo("812 us");
        assertThat(ServerThroughput.latency(21_500)).isEqualTo("21.50 ms");
        assertThat(ServerThroughput.latency(Double.NaN)).isEqualTo("-");
    }
}
