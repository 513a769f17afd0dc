package dev.kalshisim.sim.limits;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.UsageLevelGrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Each member's API usage-level grants and the tier they add up to: the highest unexpired grant,
 * or basic without one (kalshi-api.md section 5). Thread-safe.
 *
 * <p>A change is reported at once to the listener (the rate limiter resizes the member's buckets
 * then, so time after the change refills at the new rate); an expiry is noticed by the limiter at
 * the member's next request.
 */
public final class TierGrants {

    /** Kalshi's lane for event contracts, the only one the simulator models. */
    public static final String EVENT_CONTRACT = "event_contract";

    /**
     * One grant.
     *
     * @param level the tier granted
     * @param source {@code "manual"} or {@code "volume"}
     * @param expiresTs expiry in Unix seconds, or {@code null} when permanent
     */
    public record Grant(Tier level, String source, Long expiresTs) {
    }

    private final Map<String, List<Grant>> grants = new ConcurrentHashMap<>();
    private volatile Consumer<String> onChange = memberId -> { };

    /** Calls {@code listener} with the member id after each change of that member's grants. */
    public void onChange(Consumer<String> listener) {
        this.onChange = listener;
    }
    /**
     * Replaces the member's grants with a permanent manual grant of {@code tier} (none for basic),
     * as the control plane's "set tier" does.
     */
    public void set(String memberId, Tier tier) {
        List<Grant> only = tier == Tier.BASIC ? List.of() : List.of(new Grant(tier, "manual", null));
        grants.put(memberId, only);
        onChange.accept(memberId);
    }

    /** Adds {@code grant}, replacing any grant of the same level and source. */
    public void add(String memberId, Grant grant) {
        grants.compute(memberId, (id, current) -> {
            List<Grant> next = new ArrayList<>(current == null ? List.of() : current);
            next.removeIf(existing -> existing.level() == grant.level() && existing.source().equals(grant.source()));
            next.add(grant);
            return List.copyOf(next);
        });
        onChange.accept(memberId);
    }

    /** The member's effective tier at {@code nowSeconds}: the highest unexpired grant, else basic. */
    public Tier tierOf(String memberId, long nowSeconds) {
        // Asked on every signed request: a plain loop over the member's (immutable) list, no stream.
        Tier best = Tier.BASIC;
        for (Grant grant : grants.getOrDefault(memberId, List.of())) {
            if (isActive(grant, nowSeconds) && grant.level().compareTo(best) > 0) {
                best = grant.level();
            }
        }
        return best;
    }

    private static boolean isActive(Grant grant, long nowSeconds) {
        return grant.expiresTs() == null || grant.expiresTs() > nowSeconds;
    }

    /** The member's unexpired grants in Kalshi's wire shape, highest tier first. */
    public List<UsageLevelGrant> wireGrants(String memberId, long nowSeconds) {
        return active(memberId, nowSeconds).stream()
                .sorted((a, b) -> b.level().compareTo(a.level()))
                .map(grant -> new UsageLevelGrant(EVENT_CONTRACT, grant.level().wire(), grant.expiresTs(), grant.source()))
                .toList();
    }

    /** Forgets every grant. */
    public void clear() {
        grants.clear();
    }

    private List<Grant> active(String memberId, long nowSeconds) {
        return grants.getOrDefault(memberId, List.of()).stream()
                .filter(grant -> isActive(grant, nowSeconds))
                .toList();
    }
}
