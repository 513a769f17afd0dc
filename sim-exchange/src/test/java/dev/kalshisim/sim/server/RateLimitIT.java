package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Token buckets per key: burst 429s with production's exact body, batch all-or-nothing, refill, tiers, reports. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RateLimitIT {

    private static final String ORDER = """
            {"ticker":"RL-1","side":"bid","price":"0.10","count":"1",
             "time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}""";

    private SimHarness sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void burstOfWritesGets429WithExactBodyAndNoHeaders() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member();

        // Basic write bucket: 100 tokens, 10 per create, so exactly 10 fit.
        for (int i = 0; i < 10; i++) {
            assertThat(member.post("/portfolio/events/orders", ORDER).status()).isEqualTo(201);
        }
        Reply refused = member.post("/portfolio/events/orders", ORDER);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"error\": \"too many requests\"}");
        assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
        assertThat(refused.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-ratelimit"));
        assertThat(member.get("/portfolio/orders").json().get("orders")).hasSize(10);
        // Reads are a separate bucket and still pass.
        assertThat(member.get("/portfolio/balance").status()).isEqualTo(200);
        // 100 ms refills 10 tokens at 100/s: one more create fits, the next does not.
        sim.advanceMillis(100);
        assertThat(member.post("/portfolio/events/orders", ORDER).status()).isEqualTo(201);
        assertThat(member.post("/portfolio/events/orders", ORDER).status()).isEqualTo(429);
    }

    @Test
    void batchIsChargedPerItemAllOrNothing() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member();

        Reply tooBig = member.post("/portfolio/events/orders/batched", batchOf(11));
        assertThat(tooBig.status()).isEqualTo(429);
        assertThat(member.get("/portfolio/orders").json().get("orders")).isEmpty();

        assertThat(member.post("/portfolio/events/orders", ORDER).status()).isEqualTo(201);
        Reply partlyAffordable = member.post("/portfolio/events/orders/batched", batchOf(10));
        assertThat(partlyAffordable.status()).isEqualTo(429);
        assertThat(member.get("/portfolio/orders").json().get("orders")).hasSize(1);

        sim.advanceMillis(1_000);
        Reply fits = member.post("/portfolio/events/orders/batched", batchOf(10));
        assertThat(fits.status()).isEqualTo(201);
        assertThat(member.get("/portfolio/orders").json().get("orders")).hasSize(11);

        var journal = sim.control("GET", "/journal?api_key_id=" + member.apiKeyId, null).json().get("entries");
        JsonNode batch = journal.get(journal.size() - 2);
        assertThat(batch.get("path").asText()).isEqualTo("/trade-api/v2/portfolio/events/orders/batched");
        assertThat(batch.get("cost").asLong()).isEqualTo(100);
        assertThat(batch.get("bucket").asText()).isEqualTo("write");
    }

    @Test
    void cancelsCostTwoTokens() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member();
        String id = member.post("/portfolio/events/orders", ORDER).text("order_id");
        for (int i = 0; i < 9; i++) {
            member.post("/portfolio/events/orders", ORDER);
        }

        // The write bucket is empty; 20 ms refill 2 tokens, exactly one cancel.
        sim.advanceMillis(20);
        assertThat(member.delete("/portfolio/events/orders/" + id).status()).isEqualTo(200);
        assertThat(member.delete("/portfolio/events/orders/" + id).status()).isEqualTo(429);
    }

    @Test
    void optionalHeadersTellTheWait() {
        sim = new SimHarness(ServerConfig.defaults().withRateLimitHeaders(true));
        sim.market("RL-1");
        SimMember member = sim.member();
        Reply first = member.post("/portfolio/events/orders", ORDER);
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("100");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("90");
        for (int i = 0; i < 9; i++) {
            member.post("/portfolio/events/orders", ORDER);
        }

        Reply refused = member.post("/portfolio/events/orders", ORDER);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"error\": \"too many requests\"}");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue("1");
    }

    @Test
    void limitsAndCostsEndpointsReportWhatIsEnforced() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member("1000.00", "premier");

        JsonNode limits = member.get("/account/limits").json();
        assertThat(limits.get("usage_tier").asText()).isEqualTo("premier");
        assertThat(limits.get("write").get("bucket_capacity").asLong()).isEqualTo(2000);
        assertThat(limits.get("write").get("refill_rate").asLong()).isEqualTo(1000);
        assertThat(limits.get("grants").get(0).get("level").asText()).isEqualTo("premier");

        JsonNode costs = sim.raw("GET", "/trade-api/v2/account/endpoint_costs", null).json();
        assertThat(costs.get("default_cost").asLong()).isEqualTo(10);
        long cancelCost = 0;
        for (JsonNode entry : costs.get("endpoint_costs")) {
            if (entry.get("method").asText().equals("DELETE")
                    && entry.get("path").asText().equals("/trade-api/v2/portfolio/events/orders/{order_id}")) {
                cancelCost = entry.get("cost").asLong();
            }
        }
        assertThat(cancelCost).isEqualTo(2);

        // Premier's 2,000-token write bucket holds exactly 200 creates at the default cost.
        int accepted = 0;
        while (member.post("/portfolio/events/orders", ORDER).status() == 201) {
            accepted++;
        }
        assertThat(accepted).isEqualTo(2000 / 10);
        String id = member.get("/portfolio/orders?limit=1").json().get("orders").get(0).get("order_id").asText();
        sim.advanceMillis(2);
        assertThat(member.delete("/portfolio/events/orders/" + id).status()).isEqualTo(200);
    }

    @Test
    void changingTheTierResizesTheBuckets() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member();
        assertThat(member.post("/portfolio/events/orders/batched", batchOf(20)).status()).isEqualTo(429);

        sim.control("POST", "/accounts/" + member.memberId + "/tier", "{\"tier\":\"advanced\"}");
        sim.advanceMillis(2_000);

        assertThat(member.get("/account/limits").json().get("usage_tier").asText()).isEqualTo("advanced");
        assertThat(member.post("/portfolio/events/orders/batched", batchOf(20)).status()).isEqualTo(201);
    }

    @Test
    void upgradeNeedsAnApiOrderFirst() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember member = sim.member();

        Reply refused = member.post("/account/api_usage_level/upgrade", null);
        assertThat(refused.status()).isEqualTo(403);

        member.post("/portfolio/events/orders", ORDER);
        sim.advanceMillis(1_000);
        assertThat(member.post("/account/api_usage_level/upgrade", null).status()).isEqualTo(201);
        JsonNode limits = member.get("/account/limits").json();
        assertThat(limits.get("usage_tier").asText()).isEqualTo("advanced");
        assertThat(limits.get("write").get("bucket_capacity").asLong()).isEqualTo(600);
    }

    @Test
    void unsignedPublicReadsAreLimitedPerAddress() {
        sim = new SimHarness();
        // The basic read bucket holds 400 tokens: 40 unsigned reads at the default cost.
        for (int i = 0; i < 40; i++) {
            assertThat(sim.raw("GET", "/trade-api/v2/exchange/status", null).status()).isEqualTo(200);
        }
        assertThat(sim.raw("GET", "/trade-api/v2/exchange/status", null).status()).isEqualTo(429);
    }

    @Test
    void volumeProgressCountsTheMembersTrades() {
        sim = new SimHarness();
        sim.market("RL-1");
        SimMember maker = sim.member();
        SimMember taker = sim.member();
        maker.order("RL-1", "bid", "0.50", "7");
        taker.order("RL-1", "ask", "0.50", "7");

        JsonNode progress = taker.get("/account/api_usage_level/volume_progress").json().get("volume_progress").get(0);

        assertThat(progress.get("trailing_30d_volume_fp").asText()).isEqualTo("7.00");
        assertThat(progress.get("goals")).hasSize(5);
        assertThat(progress.get("goals").get(0).get("level").asText()).isEqualTo("expert");
    }

    private static String batchOf(int n) {
        StringJoiner items = new StringJoiner(",", "{\"orders\":[", "]}");
        for (int i = 0; i < n; i++) {
            items.add(ORDER);
        }
        return items.toString();
    }
}
