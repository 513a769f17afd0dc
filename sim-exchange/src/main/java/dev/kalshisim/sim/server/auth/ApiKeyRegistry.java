package dev.kalshisim.sim.server.auth;

import dev.kalshisim.core.auth.SignatureVerifier;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API keys the simulator knows: key id to owning member and public key. Thread-safe.
 *
 * <p>Several keys may share one public key (tests register one locally generated key for many
 * members to avoid generating RSA pairs); the key id tells them apart.
 */
public final class ApiKeyRegistry {

    /** One registered key. */
    public record ApiKey(String apiKeyId, String memberId, SignatureVerifier verifier) {
    }

    private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();

    /** Registers {@code apiKeyId} for {@code memberId}. @throws IllegalArgumentException if the id is taken */
    public void register(String apiKeyId, String memberId, PublicKey publicKey) {
        ApiKey key = new ApiKey(apiKeyId, memberId, new SignatureVerifier(publicKey));
        if (keys.putIfAbsent(apiKeyId, key) != null) {
            throw new IllegalArgumentException("API key id already registered: " + apiKeyId);
        }
    }

    /** The key with id {@code apiKeyId}, if registered. */
    public Optional<ApiKey> find(String apiKeyId) {
        return apiKeyId == null ? Optional.empty() : Optional.ofNullable(keys.get(apiKeyId));
    }

    /** The ids of every key owned by {@code memberId}. */
    public java.util.List<String> keysOf(String memberId) {
        return keys.values().stream().filter(key -> key.memberId().equals(memberId)).map(ApiKey::apiKeyId).sorted().toList();
    }

    /** Forgets every key. */
    public void clear() {
        keys.clear();
    }
}
