package dev.kalshisim.sim.control;

import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control-plane accounts: open a member with a balance, a tier and an API key; change its tier;
 * deposit or withdraw cash.
 */
final class AccountControl {

    private final SimState state;
    private final SecureRandom keyRandom = new SecureRandom();

    AccountControl(SimState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.open("POST", "/accounts", this::create),
                Route.open("POST", "/accounts/{member_id}/tier", this::setTier),
                Route.open("POST", "/accounts/{member_id}/deposit", this::deposit),
                Route.open("GET", "/accounts/{member_id}", this::get));
    }

    /**
     * {@code {"balance_dollars": "1000.00", "tier": "basic", "public_key_pem"?: "...", "direct_member"?:
     * false}} to 201 {@code {"member_id", "api_key_id", "private_key_pem"}}; the private key (PKCS#1
     * PEM) only when the server generated the pair. A direct member's fills keep its balance to $0.0001
     * instead of $0.01.
     */
    private RouteResponse create(Call call) {
        JsonBody body = call.body();
        Money balance = body.has("balance_dollars") ? body.optionalMoney("balance_dollars") : Money.ZERO;
        EngineLimits limits = state.exchange().limits();
        long largest = Math.min(limits.maxBalanceMicros(), limits.maxDepositMicros());
        if (balance.micros() > largest) {
            throw ApiException.invalid("balance_dollars must be between 0 and " + EngineLimits.dollars(largest)
                    + ", got " + balance);
        }
        Tier tier = body.has("tier") ? body.parsedText("tier", Tier::fromWire) : Tier.BASIC;
        boolean directMember = body.bool("direct_member", false);
        String publicPem = body.optionalText("public_key_pem");
        PublicKey publicKey;
        String privatePem = null;
        if (publicPem != null) {
            publicKey = parsed(() -> PemKeys.readPublicKey(publicPem), "public_key_pem");
        } else {
            KeyPair pair = PemKeys.generateRsaKeyPair(keyRandom);
            publicKey = pair.getPublic();
            privatePem = PemKeys.writePrivateKeyPkcs1(pair.getPrivate());
        }
        String memberId = state.newId("member");
        String apiKeyId = state.newId("api-key");
        ControlPlane.orThrow(state.exchange().createMember(memberId, balance, apiKeyId, directMember));
        state.keys().register(apiKeyId, memberId, publicKey);
        state.grants().set(memberId, tier);
        FundingLog.record(state, memberId, balance);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("member_id", memberId);
        out.put("api_key_id", apiKeyId);
        if (privatePem != null) {
            out.put("private_key_pem", privatePem);
        }
        return RouteResponse.created(out);
    }

    /** {@code {"tier": "premier"}}: replaces the member's grants with one manual grant of that tier. */
    private RouteResponse setTier(Call call) {
        String memberId = existingMember(call);
        Tier tier = call.body().parsedText("tier", Tier::fromWire);
        state.grants().set(memberId, tier);
        return RouteResponse.ok(Map.of("member_id", memberId, "tier", tier.wire()));
    }

    /** {@code {"amount_dollars": "250.00"}}, negative to withdraw available cash. */
    private RouteResponse deposit(Call call) {
        String memberId = existingMember(call);
        JsonBody body = call.body();
        Money amount = body.has("amount_dollars") ? parsed(() -> Money.parse(body.text("amount_dollars")), "amount_dollars")
                : null;
        if (amount == null) {
            throw ApiException.invalid("amount_dollars is required");
        }
        long largest = state.exchange().limits().maxDepositMicros();
        if (Math.abs(amount.micros()) > largest) {
            throw ApiException.invalid("amount_dollars must be between -" + EngineLimits.dollars(largest)
                    + " and " + EngineLimits.dollars(largest) + ", got " + amount);
        }
        AccountBalance after = ControlPlane.orThrow(state.exchange().deposit(memberId, amount));
        FundingLog.record(state, memberId, amount);
        return RouteResponse.ok(view(after));
    }

    private RouteResponse get(Call call) {
        return RouteResponse.ok(view(ControlPlane.orThrow(state.exchange().balance(existingMember(call)))));
    }

    private Map<String, Object> view(AccountBalance balance) {
        long nowSeconds = state.clock().nowMillis() / 1000;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("member_id", balance.memberId());
        out.put("api_key_ids", state.keys().keysOf(balance.memberId()));
        out.put("tier", state.grants().tierOf(balance.memberId(), nowSeconds).wire());
        out.put("cash_dollars", balance.cash());
        out.put("reserved_dollars", balance.reserved());
        out.put("available_dollars", balance.available());
        return out;
    }

    private String existingMember(Call call) {
        String memberId = call.path("member_id");
        if (!state.exchange().members().contains(memberId)) {
            throw ApiException.notFound("member " + memberId + " not found");
        }
        return memberId;
    }

    private static <T> T parsed(java.util.function.Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (IllegalArgumentException bad) {
            throw ApiException.invalid(field + ": " + bad.getMessage());
        }
    }
}
