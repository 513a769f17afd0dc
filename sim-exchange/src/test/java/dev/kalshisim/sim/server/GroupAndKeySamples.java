package dev.kalshisim.sim.server;

import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.TestKeys;
import java.util.List;

/**
 * {@link ConformanceScenario}'s calls to the order-group and API-key routes, with the group and the
 * key they act on made when the samples are built. {@code member} must be at least Premier, the
 * level uploading a public key needs.
 */
final class GroupAndKeySamples {

    private GroupAndKeySamples() {
    }

    static List<ConformanceScenario.Sample> samples(SimMember member, String ticker) {
        Reply created = member.post("/portfolio/order_groups/create", "{\"contracts_limit\":50}");
        SimHarness.check(created, 201);
        String group = created.text("order_group_id");
        SimHarness.check(member.post("/portfolio/events/orders", """
                {"ticker":"%s","side":"bid","price":"0.11","count":"1","time_in_force":"good_till_canceled",\
                "self_trade_prevention_type":"taker_at_cross","order_group_id":"%s"}""".formatted(ticker, group)), 201);
        Reply generated = member.post("/api_keys/generate", "{\"name\":\"to delete\"}");
        SimHarness.check(generated, 201);
        String key = generated.text("api_key_id");
        String groupPath = "/portfolio/order_groups/" + group;
        String upload = "{\"name\":\"uploaded\",\"public_key\":"
                + SimHarness.quote(PemKeys.writePublicKey(TestKeys.SECOND.getPublic())) + ",\"scopes\":[\"read\"]}";
        return List.of(
                sample("POST /portfolio/order_groups/create", member, "/portfolio/order_groups/create",
                        "{\"contracts_limit_fp\":\"25.00\",\"subaccount\":0}", 201),
                sample("GET /portfolio/order_groups", member, "/portfolio/order_groups", null, 200),
                sample("GET /portfolio/order_groups/{order_group_id}", member, groupPath, null, 200),
                sample("PUT /portfolio/order_groups/{order_group_id}/limit", member, groupPath + "/limit",
                        "{\"contracts_limit\":40}", 200),
                sample("PUT /portfolio/order_groups/{order_group_id}/trigger", member, groupPath + "/trigger", null, 200),
                sample("PUT /portfolio/order_groups/{order_group_id}/reset", member, groupPath + "/reset", null, 200),
                sample("DELETE /portfolio/order_groups/{order_group_id}", member, groupPath, null, 200),
                sample("GET /portfolio/order_groups/{order_group_id}", member, groupPath, null, 404),
                sample("GET /api_keys", member, "/api_keys", null, 200),
                sample("POST /api_keys", member, "/api_keys", upload, 201),
                sample("POST /api_keys/generate", member, "/api_keys/generate", "{\"name\":\"sampled\"}", 201),
                sample("DELETE /api_keys/{api_key}", member, "/api_keys/" + key, null, 204),
                sample("DELETE /api_keys/{api_key}", member, "/api_keys/" + key, null, 404));
    }

    private static ConformanceScenario.Sample sample(String route, SimMember member, String path, String body,
            int status) {
        return new ConformanceScenario.Sample(route, member, path, body, status);
    }
}
