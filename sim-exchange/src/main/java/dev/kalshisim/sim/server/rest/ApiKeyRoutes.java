package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.auth.PemKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.ApiKey;
import dev.kalshisim.core.wire.CreateApiKeyRequest;
import dev.kalshisim.core.wire.CreateApiKeyResponse;
import dev.kalshisim.core.wire.GenerateApiKeyRequest;
import dev.kalshisim.core.wire.GenerateApiKeyResponse;
import dev.kalshisim.core.wire.GetApiKeysResponse;
import dev.kalshisim.sim.server.auth.ApiKeyRegistry;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The member's API keys under {@code /api_keys}: list, create with the member's own public key,
 * generate a pair (the private key is returned once, as PKCS#1 PEM, as Kalshi's dashboard issues
 * it), delete. A new key signs the very next request; a deleted one is refused by the next (401),
 * REST and WebSocket alike, and its open WebSocket connections are closed when the feed is so
 * configured (the registry tells the feed). A member sees and deletes only its own keys.
 *
 * <p>Scopes and the subaccount restriction are stored and reported, not enforced.
 */
public final class ApiKeyRoutes {

    /** Kalshi: uploading a public key needs the Premier (or Market Maker) API usage level. */
    static final Tier UPLOAD_TIER = Tier.PREMIER;

    private static final Set<String> SCOPES = Set.of("read", "write", "read::block_trade_accept",
            "read::portfolio_balance", "write::trade", "write::transfer", "write::block_trade_accept");

    private final SimState state;
    private final SecureRandom keyRandom = new SecureRandom();

    public ApiKeyRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/api_keys", this::list),
                Route.signed("POST", "/api_keys", this::create),
                Route.signed("POST", "/api_keys/generate", this::generate),
                Route.signed("DELETE", "/api_keys/{api_key}", this::delete));
    }

    private RouteResponse list(Call call) {
        List<ApiKey> keys = state.keys().ownedBy(call.memberId()).stream()
                .map(key -> new ApiKey(key.apiKeyId(), key.name(), key.scopes(), key.subaccount())).toList();
        return RouteResponse.ok(new GetApiKeysResponse(keys));
    }

    private RouteResponse create(Call call) {
        CreateApiKeyRequest body = call.read(CreateApiKeyRequest.class);
        String name = name(body.name());
        if (body.publicKey() == null || body.publicKey().isBlank()) {
            throw ApiException.invalid("public_key is required");
        }
        PublicKey publicKey;
        try {
            publicKey = PemKeys.readPublicKey(body.publicKey());
        } catch (IllegalArgumentException notAKey) {
            throw ApiException.invalid("public_key must be an RSA public key in PEM format: " + notAKey.getMessage());
        }
        List<String> scopes = scopes(body.scopes());
        Integer subaccount = subaccount(body.subaccount());
        Tier tier = state.grants().tierOf(call.memberId(), state.clock().nowMillis() / 1000);
        if (tier.compareTo(UPLOAD_TIER) < 0) {
            throw new ApiException(403, "forbidden", "creating an API key from your own public key needs the "
                    + UPLOAD_TIER.wire() + " API usage level; this account is " + tier.wire()
                    + " (POST /api_keys/generate works at every level)");
        }
        return RouteResponse.created(new CreateApiKeyResponse(register(call.memberId(), publicKey, name, scopes,
                subaccount)));
    }

    private RouteResponse generate(Call call) {
        GenerateApiKeyRequest body = call.read(GenerateApiKeyRequest.class);
        String name = name(body.name());
        List<String> scopes = scopes(body.scopes());
        Integer subaccount = subaccount(body.subaccount());
        KeyPair pair = PemKeys.generateRsaKeyPair(keyRandom);
        String apiKeyId = register(call.memberId(), pair.getPublic(), name, scopes, subaccount);
        return RouteResponse.created(new GenerateApiKeyResponse(apiKeyId, PemKeys.writePrivateKeyPkcs1(pair.getPrivate())));
    }

    private RouteResponse delete(Call call) {
        String apiKeyId = call.path("api_key");
        ApiKeyRegistry.ApiKey removed = state.keys().remove(call.memberId(), apiKeyId)
                .orElseThrow(() -> ApiException.notFound("API key " + apiKeyId + " not found"));
        // The engine keeps its own list of each member's key ids; a key registered outside it has none to drop.
        state.exchange().removeApiKey(removed.memberId(), removed.apiKeyId());
        return RouteResponse.noContent();
    }

    private String register(String memberId, PublicKey publicKey, String name, List<String> scopes,
            Integer subaccount) {
        String apiKeyId = state.newId("api-key");
        Rejections.orThrow(state.exchange().addApiKey(memberId, apiKeyId));
        state.keys().register(apiKeyId, memberId, publicKey, name, scopes, subaccount);
        return apiKeyId;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("name is required");
        }
        return name;
    }

    /** Kalshi's scope rules: known scopes only, and the broad {@code write} only together with {@code read}. */
    private static List<String> scopes(List<String> requested) {
        if (requested == null) {
            return ApiKeyRegistry.DEFAULT_SCOPES;
        }
        if (requested.isEmpty()) {
            throw ApiException.invalid("scopes must name at least one scope when given");
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : requested) {
            if (scope == null || !SCOPES.contains(scope)) {
                throw ApiException.invalid("unknown scope " + scope + "; expected one of " + String.join(", ",
                        SCOPES.stream().sorted().toList()));
            }
            scopes.add(scope);
        }
        if (scopes.contains("write") && !scopes.contains("read")) {
            throw ApiException.invalid("the write scope needs the read scope too");
        }
        return List.copyOf(scopes);
    }

    private static Integer subaccount(Integer subaccount) {
        if (subaccount != null && (subaccount < 0 || subaccount > 63)) {
            throw ApiException.invalid("subaccount must be 0 to 63, got " + subaccount);
        }
        return subaccount;
    }
}
