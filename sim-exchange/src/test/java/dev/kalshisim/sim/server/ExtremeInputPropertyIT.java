package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierLimits;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.sim.server.ExtremeCommands.Kind;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 8's property: thousands of random and extreme commands (order writes with huge, zero,
 * negative and many-decimal values, amends and decreases of others' and finished orders, batches
 * mixing good and bad items, legacy order writes, malformed JSON, control-plane values at and past
 * their limits) sent to one running server. After every step: no 5xx, every 4xx in Kalshi's error shape with no Java
 * or Jackson names in it, and {@code GET /sim/v1/invariants} reports nothing broken.
 *
 * <p>Seeded (jqwik's seed picks every command), no shrinking (the server's state carries over
 * between tries, so a shrunk sequence would not replay; a failure prints its step instead). Every
 * request has a 10 s timeout, as jqwik properties do not honour JUnit's {@code @Timeout}. The rate
 * limits are lifted by a tier table with huge buckets, so every command reaches its handler.
 */
class ExtremeInputPropertyIT {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static SimHarness sim;
    private static final List<SimMember> MEMBERS = new ArrayList<>();
    private static final List<KnownOrder> ORDER_IDS = new ArrayList<>();
    private static final AtomicInteger STEPS = new AtomicInteger();
    /** Answers by status, so the run shows (and checks) that real commands were accepted, not only refused. */
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    @BeforeContainer
    static void start() {
        sim = new SimHarness(ServerConfig.defaults().withTiers(unlimitedTiers()).withLegacyOrderWrites(true));
        sim.market("PX-1");
        MEMBERS.add(sim.member("1000.00", "prestige"));
        MEMBERS.add(sim.member("25.00", "prestige"));
        MEMBERS.add(sim.member("1000000.00", "prestige"));
    }

    @AfterContainer
    static void stop() {
        if (sim != null) {
            sim.close();
        }
        System.out.println("extreme input property: " + STEPS.get() + " commands, answers by status " + STATUSES
                + ", " + ORDER_IDS.size() + " orders accepted");
        assertThat(STEPS.get()).as("commands sent").isGreaterThanOrEqualTo(2_000);
        assertThat(STATUSES.getOrDefault(201, 0)).as("commands accepted with 201").isGreaterThanOrEqualTo(150);
        assertThat(STATUSES.getOrDefault(200, 0)).as("commands answered 200").isGreaterThanOrEqualTo(200);
    }

    @Property(tries = 120, seed = "20261203", shrinking = ShrinkingMode.OFF)
    void everyAnswerIsShapedAndTheEngineStaysSound(@ForAll("commands") @Size(min = 15, max = 25) List<Command> commands) {
        for (Command command : commands) {
            step(command);
        }
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(20, Kind.CREATE), Tuple.of(8, Kind.BATCH_CREATE),
                Tuple.of(12, Kind.AMEND), Tuple.of(8, Kind.DECREASE),
                Tuple.of(4, Kind.CANCEL), Tuple.of(3, Kind.BATCH_CANCEL),
                Tuple.of(8, Kind.MALFORMED), Tuple.of(5, Kind.READ), Tuple.of(5, Kind.LEGACY),
                Tuple.of(4, Kind.ACCOUNT), Tuple.of(4, Kind.DEPOSIT),
                Tuple.of(2, Kind.TIER), Tuple.of(6, Kind.MARKET),
                Tuple.of(1, Kind.SETTLE), Tuple.of(3, Kind.CLOCK));
        Arbitrary<Command> command = Combinators.combine(kinds, Arbitraries.longs(), Arbitraries.integers().between(0, 99))
                .as(Command::new);
        return command.list();
    }

    /** One command: what it is, the seed its values are drawn with, and which member sends it. */
    record Command(Kind kind, long seed, int member) {
    }

    /** An accepted order and the index of the member who placed it. */
    private record KnownOrder(String id, int member) {
    }

    private static void step(Command command) {
        int number = STEPS.incrementAndGet();
        int memberIndex = command.member() % MEMBERS.size();
        String order = "unknown";
        if (!ORDER_IDS.isEmpty()) {
            KnownOrder known = ORDER_IDS.get((int) Math.floorMod(command.seed(), (long) ORDER_IDS.size()));
            order = known.id();
            // Mostly the owner's own orders, sometimes another member's.
            memberIndex = command.member() < 75 ? known.member() : memberIndex;
        }
        SimMember member = MEMBERS.get(memberIndex);
        ExtremeCommands render = new ExtremeCommands(command.seed());
        HttpRequest signed = render.memberRequest(command.kind(), member, order, sim.nowMillis());
        String described;
        Reply reply;
        if (signed != null) {
            described = signed.method() + " " + signed.uri();
            reply = sim.send(HttpRequest.newBuilder(signed, (name, value) -> true).timeout(REQUEST_TIMEOUT).build());
        } else {
            String[] call = render.controlRequest(command.kind(), member.memberId);
            String body = command.kind() == Kind.ACCOUNT ? withSharedKey(call[2]) : call[2];
            described = call[0] + " /sim/v1" + call[1] + " " + body;
            reply = sim.control(call[0], call[1], body);
        }
        String context = "step " + number + " (" + command + "): " + described + " -> " + reply;
        STATUSES.merge(reply.status(), 1, Integer::sum);
        checkShape(reply, context);
        remember(reply, memberIndex);
        Reply invariants = sim.control("GET", "/invariants", null);
        assertThat(invariants.status()).as(context).isEqualTo(200);
        assertThat(invariants.json().get("violations")).as("invariants after " + context).isEmpty();
    }

    /** No 5xx; a 4xx carries {"error":{"code","message"}} with nothing internal in it; so do batch items. */
    private static void checkShape(Reply reply, String context) {
        assertThat(reply.status()).as(context).isLessThan(500).isNotEqualTo(429);
        if (reply.status() == 204) {
            return;
        }
        JsonNode json = reply.json();
        if (reply.status() >= 400) {
            checkError(json.get("error"), context);
        }
        for (JsonNode item : json.path("orders")) {
            if (item.has("error") && !item.get("error").isNull()) {
                checkError(item.get("error"), context);
            }
        }
    }

    private static void checkError(JsonNode error, String context) {
        assertThat(error).as(context).isNotNull();
        assertThat(error.path("code").isTextual()).as(context).isTrue();
        assertThat(error.path("code").asText()).as(context).isNotBlank();
        assertThat(error.path("message").isTextual()).as(context).isTrue();
        assertThat(error.path("message").asText()).as(context).isNotBlank().doesNotContainPattern(ErrorMessageIT.LEAKS);
    }

    /** Keeps accepted order ids, so later amends and decreases hit real (and later finished) orders. */
    private static void remember(Reply reply, int memberIndex) {
        if (reply.status() != 201 || reply.body().isEmpty()) {
            return;
        }
        JsonNode json = reply.json();
        if (json.has("order_id")) {
            ORDER_IDS.add(new KnownOrder(json.get("order_id").asText(), memberIndex));
        }
        for (JsonNode item : json.path("orders")) {
            if (item.hasNonNull("order_id")) {
                ORDER_IDS.add(new KnownOrder(item.get("order_id").asText(), memberIndex));
            }
        }
        if (json.has("member_id") && MEMBERS.size() < 8) {
            // Accounts opened by the property join the members who send commands.
            MEMBERS.add(new SimMember(json.get("member_id").asText(), json.get("api_key_id").asText(),
                    MEMBERS.get(0).signer(), sim));
        }
    }

    private static String withSharedKey(String body) {
        return body.substring(0, body.length() - 1) + ",\"public_key_pem\":"
                + SimHarness.quote(SimHarness.sharedPublicKeyPem()) + "}";
    }

    /** Every tier with buckets no test run can drain, so no command is answered 429. */
    private static TierTable unlimitedTiers() {
        BucketLimit huge = new BucketLimit(1_000_000_000L, 1_000_000_000L);
        Map<Tier, TierLimits> limits = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            limits.put(tier, new TierLimits(huge, huge));
        }
        return new TierTable(limits);
    }
}
