package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Order groups over REST, as a bot meets them: the group's orders (V2, legacy and batch) carry
 * its id, fills that reach the limit cancel its resting orders and refuse new ones until reset,
 * trigger and delete work on demand, and no member reaches another's group. Every answer is
 * checked against Kalshi's OpenAPI document.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrderGroupsIT {

    private static final String MKT = "OG-1";

    private SimHarness sim;
    private SimMember alice;
    private SimMember bob;
    private final OpenApiCheck spec = new OpenApiCheck();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new SimHarness(ServerConfig.defaults().withLegacyOrderWrites(true));
        sim.market(MKT);
        alice = sim.member("1000.00", "prime");
        bob = sim.member("1000.00", "prime");
    }

    @AfterEach
    void stop() {
        assertThat(problems).as("answers that break the OpenAPI").isEmpty();
        assertThat(sim.violations()).isEmpty();
        sim.close();
    }

    /** Sends a call, expects {@code status}, and checks the answer against the spec. */
    private Reply call(SimMember member, String method, String path, String body, int status) {
        Reply reply = member.send(method, path, body);
        assertThat(reply.status()).as("%s %s -> %s", method, path, reply).isEqualTo(status);
        List<String> found = status >= 400 ? spec.refusalProblems(method, path, reply)
                : spec.problems(method, path, body, reply);
        found.forEach(problem -> problems.add(method + " " + path + ": " + problem));
        sim.advanceMillis(100);
        return reply;
    }

    private String createGroup(SimMember member, String body) {
        return call(member, "POST", "/portfolio/order_groups/create", body, 201).text("order_group_id");
    }

    private static String v2(String side, String price, String count, String group) {
        return """
                {"ticker":"%s","side":"%s","price":"%s","count":"%s","time_in_force":"good_till_canceled",\
                "self_trade_prevention_type":"taker_at_cross"%s}""".formatted(MKT, side, price, count,
                group == null ? "" : ",\"order_group_id\":\"" + group + "\"");
    }

    private String order(SimMember member, String side, String price, String count, String group) {
        return call(member, "POST", "/portfolio/events/orders", v2(side, price, count, group), 201).text("order_id");
    }

    private JsonNode orderRecord(SimMember member, String orderId) {
        return call(member, "GET", "/portfolio/orders/" + orderId, null, 200).json().get("order");
    }

    @Test
    void fillsReachingTheLimitCancelTheGroupAndResetOpensItAgain() {
        String group = createGroup(alice, "{\"contracts_limit\":10}");
        String v2 = order(alice, "bid", "0.40", "6", group);
        String legacy = call(alice, "POST", "/portfolio/orders", """
                {"ticker":"%s","side":"yes","action":"buy","count":8,"yes_price_dollars":"0.39","order_group_id":"%s"}"""
                .formatted(MKT, group), 201).json().get("order").get("order_id").asText();
        JsonNode batch = call(alice, "POST", "/portfolio/events/orders/batched",
                "{\"orders\":[" + v2("bid", "0.30", "2", group) + "," + v2("bid", "0.29", "2", null) + "]}", 201).json();
        String batched = batch.get("orders").get(0).get("order_id").asText();
        String outside = batch.get("orders").get(1).get("order_id").asText();

        assertThat(orderRecord(alice, v2).get("order_group_id").asText()).isEqualTo(group);
        assertThat(orderRecord(alice, legacy).get("order_group_id").asText()).isEqualTo(group);
        JsonNode listed = call(alice, "GET", "/portfolio/order_groups/" + group, null, 200).json();
        assertThat(listed.get("orders")).extracting(JsonNode::asText).containsExactly(v2, legacy, batched);
        assertThat(listed.get("contracts_limit_fp").asText()).isEqualTo("10.00");
        assertThat(listed.get("is_auto_cancel_enabled").asBoolean()).isTrue();

        // Bob sells 10: 6 at 0.40 and 4 at 0.39 reach Alice's limit of 10.
        call(bob, "POST", "/portfolio/events/orders", v2("ask", "0.39", "10", null), 201);

        assertThat(orderRecord(alice, v2).get("status").asText()).isEqualTo("executed");
        JsonNode canceled = orderRecord(alice, legacy);
        assertThat(canceled.get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.get("fill_count_fp").asText()).isEqualTo("4.00");
        assertThat(orderRecord(alice, batched).get("status").asText()).isEqualTo("canceled");
        assertThat(orderRecord(alice, outside).get("status").asText()).isEqualTo("resting");
        assertThat(call(alice, "GET", "/portfolio/order_groups/" + group, null, 200).json().get("orders")).isEmpty();

        Reply refused = call(alice, "POST", "/portfolio/events/orders", v2("bid", "0.35", "1", group), 400);
        assertThat(refused.errorCode()).isEqualTo("exceeded_order_group_risk_limit");

        call(alice, "PUT", "/portfolio/order_groups/" + group + "/reset", null, 200);
        order(alice, "bid", "0.35", "1", group);
    }

    @Test
    void triggerLimitAndDeleteOnDemand() {
        String group = createGroup(alice, "{\"contracts_limit_fp\":\"50.00\",\"subaccount\":0}");
        String resting = order(alice, "bid", "0.40", "5", group);

        call(alice, "PUT", "/portfolio/order_groups/" + group + "/trigger", null, 200);
        assertThat(orderRecord(alice, resting).get("status").asText()).isEqualTo("canceled");
        assertThat(call(alice, "POST", "/portfolio/events/orders", v2("bid", "0.40", "5", group), 400).errorCode())
                .isEqualTo("exceeded_order_group_risk_limit");

        call(alice, "PUT", "/portfolio/order_groups/" + group + "/reset", "{}", 200);
        call(alice, "PUT", "/portfolio/order_groups/" + group + "/limit", "{\"contracts_limit\":20}", 200);
        JsonNode groups = call(alice, "GET", "/portfolio/order_groups", null, 200).json().get("order_groups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("id").asText()).isEqualTo(group);
        assertThat(groups.get(0).get("contracts_limit_fp").asText()).isEqualTo("20.00");

        String again = order(alice, "bid", "0.41", "3", group);
        call(alice, "DELETE", "/portfolio/order_groups/" + group, null, 200);
        assertThat(orderRecord(alice, again).get("status").asText()).isEqualTo("canceled");
        assertThat(call(alice, "GET", "/portfolio/order_groups/" + group, null, 404).errorCode())
                .isEqualTo("order_group_not_found");
        assertThat(call(alice, "POST", "/portfolio/events/orders", v2("bid", "0.40", "5", group), 400).errorCode())
                .isEqualTo("order_group_not_found");
        assertThat(call(alice, "GET", "/portfolio/order_groups", null, 200).json().get("order_groups")).isEmpty();
    }

    @Test
    void anotherMembersGroupDoesNotExistForYou() {
        String group = createGroup(alice, "{\"contracts_limit\":5}");
        for (String suffix : List.of("/trigger", "/reset")) {
            call(bob, "PUT", "/portfolio/order_groups/" + group + suffix, null, 404);
        }
        call(bob, "PUT", "/portfolio/order_groups/" + group + "/limit", "{\"contracts_limit\":7}", 404);
        call(bob, "DELETE", "/portfolio/order_groups/" + group, null, 404);
        call(bob, "GET", "/portfolio/order_groups/" + group, null, 404);
        assertThat(call(bob, "GET", "/portfolio/order_groups", null, 200).json().get("order_groups")).isEmpty();
        call(bob, "POST", "/portfolio/events/orders", v2("bid", "0.40", "1", group), 400);
        // Alice's group is untouched: still open, still at its limit.
        assertThat(call(alice, "GET", "/portfolio/order_groups", null, 200).json().get("order_groups").get(0)
                .get("contracts_limit_fp").asText()).isEqualTo("5.00");
    }

    @Test
    void badRequestsAre400() {
        call(alice, "POST", "/portfolio/order_groups/create", "{}", 400);
        call(alice, "POST", "/portfolio/order_groups/create", "{\"contracts_limit\":0}", 400);
        call(alice, "POST", "/portfolio/order_groups/create", "{\"contracts_limit\":5,\"contracts_limit_fp\":\"6.00\"}",
                400);
        call(alice, "POST", "/portfolio/order_groups/create", "{\"contracts_limit\":1000001}", 400);
        String group = createGroup(alice, "{\"contracts_limit\":5,\"contracts_limit_fp\":\"5.00\"}");
        call(alice, "PUT", "/portfolio/order_groups/" + group + "/limit", "{}", 400);
        call(alice, "GET", "/portfolio/order_groups?subaccount=99", null, 400);
    }

    @Test
    void theControlPlaneSetsTheRulesKalshiLeavesOpen() {
        Reply set = sim.control("POST", "/order_groups/rules", "{\"trigger_point\":\"exceeded\",\"window\":\"30s\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("window_ms").asLong()).isEqualTo(30_000);
        String group = createGroup(alice, "{\"contracts_limit\":5}");
        String resting = order(alice, "bid", "0.40", "10", group);
        call(bob, "POST", "/portfolio/events/orders", v2("ask", "0.40", "5", null), 201);
        // Exactly the limit matched: with "exceeded" the group stays open and its order rests.
        assertThat(orderRecord(alice, resting).get("status").asText()).isEqualTo("resting");
        call(bob, "POST", "/portfolio/events/orders", v2("ask", "0.40", "1", null), 201);
        assertThat(orderRecord(alice, resting).get("status").asText()).isEqualTo("canceled");

        assertThat(sim.control("GET", "/order_groups/rules", null).json().get("trigger_point").asText())
                .isEqualTo("exceeded");
        assertThat(sim.control("POST", "/order_groups/rules", "{\"trigger_point\":\"sometimes\"}").status())
                .isEqualTo(400);
        assertThat(sim.control("POST", "/order_groups/rules", "{\"window\":\"0s\"}").status()).isEqualTo(400);
    }
}
