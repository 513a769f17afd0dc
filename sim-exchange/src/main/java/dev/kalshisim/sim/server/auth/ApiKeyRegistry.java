package dev.kalshisim.sim.server.auth;

import dev.kalshisim.core.auth.SignatureVerifier;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The API keys the simulator knows: key id to owning member and public key, with the name, scopes
 * and subaccount {@code /api_keys} reports. Thread-safe: a key registered is accepted by the next
 * request, a key removed is refused by the next one.
 *
 * <p>Several keys may share one public key (tests register one locally generated key for many
 * members to avoid generating RSA pairs); the key id tells them apart.
 */
public final class ApiKeyRegistry {

    /** The scopes a key gets when none are asked for (Kalshi: full access). */
    public static final List<String> DEFAULT_SCOPES = List.of("read", "write");

    /**
     * One registered key.
     *
     * @param name what its owner called it
     * @param scopes the scopes it was granted
     * @param subaccount the one subaccount it is restricted to, or null when unrestricted
     * @param createdSequence registration order, so a member's keys list oldest first
     */
    public record ApiKey(String apiKeyId, String memberId, SignatureVerifier verifier, String name, List<String> scopes,
            Integer subaccount, long createdSequence) {

        public ApiKey {
            scopes = List.copyOf(scopes);
        }
    }

    private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();
    private final List<Consumer<ApiKey>> removalListeners = new CopyOnWriteArrayList<>();
    private long sequence;

    /** Registers {@code apiKeyId} for {@code memberId}. @throws IllegalArgumentException if the id is taken */
    public void register(String apiKeyId, String memberId, PublicKey publicKey) {
        register(apiKeyId, memberId, publicKey, "default", DEFAULT_SCOPES, null);
    }

    /** Registers a named key. @throws IllegalArgumentException if the id is taken */
    public synchronized void register(String apiKeyId, String memberId, PublicKey publicKey, String name,
            List<String> scopes, Integer subaccount) {
        ApiKey key = new ApiKey(apiKeyId, memberId, new SignatureVerifier(publicKey), name, scopes, subaccount,
                ++sequence);
        if (keys.putIfAbsent(apiKeyId, key) != null) {
            throw new IllegalArgumentException("API key id already registered: " + apiKeyId);
        }
    }

    /** The key with id {@code apiKeyId}, if registered. */
    public Optional<ApiKey> find(String apiKeyId) {
        return apiKeyId == null ? Optional.empty() : Optional.ofNullable(keys.get(apiKeyId));
    }

    /** The ids of every key owned by {@code memberId}. */
    public List<String> keysOf(String memberId) {
        return keys.values().stream().filter(key -> key.memberId().equals(memberId)).map(ApiKey::apiKeyId).sorted().toList();
    }

    /** Every key owned by {@code memberId}, oldest first. */
    public List<ApiKey> ownedBy(String memberId) {
        return keys.values().stream().filter(key -> key.memberId().equals(memberId))
                .sorted(Comparator.comparingLong(ApiKey::createdSequence)).toList();
    }

    /**
     * Removes {@code apiKeyId} if {@code memberId} owns it, and tells the removal listeners.
     *
     * @return the removed key; empty when there is no such key or another member owns it
     */
    public Optional<ApiKey> remove(String memberId, String apiKeyId) {
        ApiKey key = find(apiKeyId).orElse(null);
        if (key == null || !key.memberId().equals(memberId) || !keys.remove(apiKeyId, key)) {
            return Optional.empty();
        }
        removalListeners.forEach(listener -> listener.accept(key));
        return Optional.of(key);
    }

    /** Runs {@code listener} after each {@link #remove} (not on {@link #clear}), e.g. to close its connections. */
    public void onRemoved(Consumer<ApiKey> listener) {
        removalListeners.add(listener);
    }

    /** Forgets every key. */
    public void clear() {
        keys.clear();
    }
}
