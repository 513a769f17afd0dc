package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fifty clients on fifty threads trade one market at once, each a bounded number of operations
 * (creates, cancels, amends, decreases, batches). Afterwards every invariant holds, nothing
 * answered 5xx, and every order a client saw acknowledged is in its order list with fills that
 * add up.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyIT {

    private static final int CLIENTS = 50;
    private static final int OPERATIONS_PER_CLIENT = 40;

    private final SimHarness sim = new SimHarness();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void fiftyClientsTradingOneMarketKeepEveryInvariant() throws Exception {
        sim.market("CC-1");
        List<SimMember> members = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            members.add(sim.member("200.00", "prestige"));
        }
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Set<String>>> acknowledged = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                SimMember member = members.get(i);
                long seed = i;
                acknowledged.add(pool.submit(() -> trade(member, new SplittableRandom(seed), serverErrors)));
            }
            List<Set<String>> ids = new ArrayList<>();
            for (Future<Set<String>> client : acknowledged) {
                ids.add(client.get(45, TimeUnit.SECONDS));
            }
            // Checked only once every client has stopped, so no fill lands between reading orders and fills.
            for (int i = 0; i < CLIENTS; i++) {
                assertEveryOrderAccountedFor(members.get(i), ids.get(i));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(serverErrors).isEmpty();
        assertThat(sim.violations()).isEmpty();
        long netPosition = 0;
        for (SimMember member : members) {
            assertThat(member.get("/portfolio/balance").json().get("balance").asLong()).isNotNegative();
            JsonNode positions = member.get("/portfolio/positions?ticker=CC-1").json().get("market_positions");
            for (JsonNode position : positions) {
                netPosition += hundredths(position.get("position_fp").asText());
            }
        }
        // Every YES contract held is matched by a NO contract held by someone else.
        assertThat(netPosition).isZero();
    }

    private static Set<String> trade(SimMember member, SplittableRandom random, ConcurrentLinkedQueue<String> errors) {
        Set<String> acknowledged = new HashSet<>();
        List<String> mine = new ArrayList<>();
        for (int op = 0; op < OPERATIONS_PER_CLIENT; op++) {
            int choice = random.nextInt(10);
            Reply reply;
            if (choice < 5 || mine.isEmpty()) {
                String side = random.nextBoolean() ? "bid" : "ask";
                String price = "0." + (45 + random.nextInt(11));
                reply = member.order("CC-1", side, price, Integer.toString(1 + random.nextInt(5)));
                if (reply.status() == 201) {
                    acknowledged.add(reply.text("order_id"));
                    mine.add(reply.text("order_id"));
                }
            } else if (choice < 7) {
                reply = member.delete("/portfolio/events/orders/" + mine.get(random.nextInt(mine.size())));
            } else if (choice < 8) {
                reply = member.post("/portfolio/events/orders/" + mine.get(random.nextInt(mine.size())) + "/amend",
                        "{\"ticker\":\"CC-1\",\"side\":\"bid\",\"price\":\"0.4" + random.nextInt(10)
                                + "\",\"count\":\"" + (1 + random.nextInt(6)) + "\"}");
            } else if (choice < 9) {
                reply = member.post("/portfolio/events/orders/" + mine.get(random.nextInt(mine.size())) + "/decrease",
                        "{\"reduce_by\":\"1\"}");
            } else {
                reply = member.post("/portfolio/events/orders/batched", """
                        {"orders":[
                         {"ticker":"CC-1","side":"bid","price":"0.47","count":"1","time_in_force":"immediate_or_cancel","self_trade_prevention_type":"maker"},
                         {"ticker":"CC-1","side":"ask","price":"0.53","count":"2","time_in_force":"good_till_canceled","self_trade_prevention_type":"maker"}]}""");
                if (reply.status() == 201) {
                    for (JsonNode item : reply.json().get("orders")) {
                        if (item.has("order_id")) {
                            acknowledged.add(item.get("order_id").asText());
                            mine.add(item.get("order_id").asText());
                        }
                    }
                }
            }
            if (reply.status() >= 500 || reply.status() == 401) {
                errors.add(member + ": " + reply);
            }
        }
        return acknowledged;
    }

    /** Every acknowledged order is listed for its owner, and its fills add up to its fill count. */
    private static void assertEveryOrderAccountedFor(SimMember member, Set<String> acknowledged) {
        Map<String, JsonNode> listed = new HashMap<>();
        String cursor = "";
        do {
            JsonNode page = member.get("/portfolio/orders?limit=25" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
            for (JsonNode order : page.get("orders")) {
                listed.put(order.get("order_id").asText(), order);
            }
            cursor = page.get("cursor").asText();
        } while (!cursor.isEmpty());
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);

        Map<String, Long> filled = new HashMap<>();
        for (JsonNode fill : member.get("/portfolio/fills?limit=1000").json().get("fills")) {
            filled.merge(fill.get("order_id").asText(), hundredths(fill.get("count_fp").asText()), Long::sum);
        }
        for (JsonNode order : listed.values()) {
            long fillCount = hundredths(order.get("fill_count_fp").asText());
            assertThat(filled.getOrDefault(order.get("order_id").asText(), 0L)).as("fills of " + order).isEqualTo(fillCount);
            if (order.get("status").asText().equals("resting")) {
                assertThat(hundredths(order.get("remaining_count_fp").asText())).isPositive();
            }
        }
    }

    private static long hundredths(String count) {
        return dev.kalshisim.core.model.Count.parseSigned(count).hundredths();
    }
}
