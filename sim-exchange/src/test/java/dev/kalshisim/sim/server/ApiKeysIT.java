package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.auth.RequestSigner;
import dev.kalshisim.core.auth.TestKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Key management over REST: a generated or uploaded key signs the next request, a deleted key is
 * refused by the next one with Kalshi's 401, and a member lists and deletes only its own keys.
 * Every answer is checked against Kalshi's OpenAPI document.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApiKeysIT {

    private SimHarness sim;
    private SimMember alice;
    private SimMember bob;
    private final OpenApiCheck spec = new OpenApiCheck();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new SimHarness();
        alice = sim.member("1000.00", "premier");
        bob = sim.member("1000.00", "basic");
    }

    @AfterEach
    void stop() {
        assertThat(problems).as("answers that break the OpenAPI").isEmpty();
        sim.close();
    }

    private Reply call(SimMember member, String method, String path, String body, int status) {
        Reply reply = member.send(method, path, body);
        assertThat(reply.status()).as("%s %s by %s -> %s", method, path, member, reply).isEqualTo(status);
        List<String> found = status >= 400 ? spec.refusalProblems(method, path, reply)
                : spec.problems(method, path, body, reply);
        found.forEach(problem -> problems.add(method + " " + path + ": " + problem));
        sim.advanceMillis(100);
        return reply;
    }

    /** {@code member} again, signing with another key. */
    private SimMember withKey(SimMember member, String apiKeyId, RequestSigner signer) {
        return new SimMember(member.memberId, apiKeyId, signer, sim);
    }

    @Test
    void aGeneratedKeySignsAtOnceAndADeletedOneIsRefusedAtOnce() {
        JsonNode generated = call(alice, "POST", "/api_keys/generate", "{\"name\":\"bot 2\"}", 201).json();
        String keyId = generated.get("api_key_id").asText();
        String privatePem = generated.get("private_key").asText();
        assertThat(privatePem).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        SimMember second = withKey(alice, keyId, new RequestSigner(PemKeys.readPrivateKey(privatePem)));

        assertThat(call(second, "GET", "/portfolio/balance", null, 200).json().has("balance")).isTrue();
        JsonNode keys = call(second, "GET", "/api_keys", null, 200).json().get("api_keys");
        assertThat(keys).extracting(k -> k.get("api_key_id").asText()).containsExactly(alice.apiKeyId, keyId);
        assertThat(keys.get(1).get("name").asText()).isEqualTo("bot 2");
        assertThat(keys.get(1).get("scopes")).extracting(JsonNode::asText).containsExactly("read", "write");

        Reply deleted = call(alice, "DELETE", "/api_keys/" + keyId, null, 204);
        assertThat(deleted.body()).isEmpty();
        Reply refused = call(second, "GET", "/portfolio/balance", null, 401);
        assertThat(refused.errorCode()).isEqualTo("unauthorized");
        assertThat(call(alice, "GET", "/api_keys", null, 200).json().get("api_keys")).hasSize(1);
        assertThat(sim.server.state().exchange().memberForApiKey(keyId)).isEmpty();
    }

    @Test
    void anUploadedPublicKeyNeedsPremierAndThenSigns() {
        String publicPem = PemKeys.writePublicKey(TestKeys.SECOND.getPublic());
        String body = "{\"name\":\"uploaded\",\"public_key\":" + SimHarness.quote(publicPem)
                + ",\"scopes\":[\"read\",\"write::trade\"],\"subaccount\":3}";
        assertThat(call(bob, "POST", "/api_keys", body, 403).errorCode()).isEqualTo("forbidden");

        String keyId = call(alice, "POST", "/api_keys", body, 201).text("api_key_id");
        SimMember uploaded = withKey(alice, keyId, new RequestSigner(TestKeys.SECOND.getPrivate()));
        JsonNode listed = call(uploaded, "GET", "/api_keys", null, 200).json().get("api_keys").get(1);
        assertThat(listed.get("scopes")).extracting(JsonNode::asText).containsExactly("read", "write::trade");
        assertThat(listed.get("subaccount").asInt()).isEqualTo(3);
        // The new key deletes the one it was made with; the old one is refused from then on.
        call(uploaded, "DELETE", "/api_keys/" + alice.apiKeyId, null, 204);
        call(alice, "GET", "/api_keys", null, 401);
        call(uploaded, "GET", "/api_keys", null, 200);
    }

    @Test
    void aMemberCannotSeeOrDeleteAnotherMembersKey() {
        String aliceKey = call(alice, "POST", "/api_keys/generate", "{\"name\":\"mine\"}", 201).text("api_key_id");
        assertThat(call(bob, "DELETE", "/api_keys/" + aliceKey, null, 404).errorCode()).isEqualTo("not_found");
        call(bob, "DELETE", "/api_keys/" + alice.apiKeyId, null, 404);
        assertThat(call(bob, "GET", "/api_keys", null, 200).json().get("api_keys"))
                .extracting(k -> k.get("api_key_id").asText()).containsExactly(bob.apiKeyId);
        assertThat(call(alice, "GET", "/api_keys", null, 200).json().get("api_keys")).hasSize(2);
        call(alice, "GET", "/portfolio/balance", null, 200);
    }

    @Test
    void badRequestsAre400() {
        call(alice, "POST", "/api_keys/generate", "{}", 400);
        call(alice, "POST", "/api_keys/generate", "{\"name\":\"x\",\"scopes\":[\"write\"]}", 400);
        call(alice, "POST", "/api_keys/generate", "{\"name\":\"x\",\"scopes\":[\"admin\"]}", 400);
        call(alice, "POST", "/api_keys/generate", "{\"name\":\"x\",\"subaccount\":64}", 400);
        call(alice, "POST", "/api_keys", "{\"name\":\"x\",\"public_key\":\"not a key\"}", 400);
        call(alice, "POST", "/api_keys", "{\"name\":\"x\"}", 400);
        call(alice, "DELETE", "/api_keys/no-such-key", null, 404);
    }
}
