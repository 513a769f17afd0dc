package dev.kalshisim.sim.server.auth;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The signatures most recently found valid, so that a request repeating one exactly is not put
 * through RSA again: a 2048-bit RSA-PSS check costs tens of microseconds, several times the rest of
 * a balance read, and a client that signs once per second (or caches its headers, as load tools
 * must) repeats the same signature thousands of times.
 *
 * <p>It changes no answer. Verifying is a pure function of the public key, the signed message
 * ({@code timestamp + METHOD + path}) and the signature bytes, and an entry holds all of them: the
 * registered key itself (by identity, so a key registered again after a reset misses), the
 * timestamp, method, path and the signature's exact text. A tampered signature, the same signature
 * under another timestamp, path or key, all miss and are verified, and refused. Only successes are
 * kept. The timestamp window is checked before this cache is asked, so an expired timestamp is
 * refused whatever is cached; a replay inside the window was accepted before the cache existed too
 * (Kalshi's scheme has no nonce).
 *
 * <p>Bounded: a fixed table of slots indexed by the signature's hash, a new entry replacing
 * whatever held its slot, so memory is at most {@code slots} entries and a hit costs a hash, one
 * read and a few comparisons, with no lock and no allocation. Thread-safe.
 */
final class VerifiedSignatures {

    /** The default number of slots: one per second of signatures for a thousand key-path pairs. */
    static final int DEFAULT_SLOTS = 1_024;

    private record Entry(ApiKeyRegistry.ApiKey key, long timestampMillis, String method, String path,
                         String signature) {
    }

    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    /** @param slots the table's size, a power of two */
    VerifiedSignatures(int slots) {
        if (slots <= 0 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a positive power of two: " + slots);
        }
        this.slots = new AtomicReferenceArray<>(slots);
        this.mask = slots - 1;
    }

    /** Whether exactly this signature was found valid for this key, timestamp, method and path. */
    boolean contains(ApiKeyRegistry.ApiKey key, long timestampMillis, String method, String path, String signature) {
        Entry entry = slots.get(slot(signature));
        return entry != null && entry.key() == key && entry.timestampMillis() == timestampMillis
                && entry.signature().equals(signature) && entry.method().equals(method) && entry.path().equals(path);
    }

    /** Remembers a signature just found valid, in place of whatever held its slot. */
    void add(ApiKeyRegistry.ApiKey key, long timestampMillis, String method, String path, String signature) {
        slots.set(slot(signature), new Entry(key, timestampMillis, method, path, signature));
    }

    private int slot(String signature) {
        int hash = signature.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}
