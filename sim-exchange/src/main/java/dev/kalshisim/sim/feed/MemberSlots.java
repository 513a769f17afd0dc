package dev.kalshisim.sim.feed;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each member's share of the connection cap: its open connections plus the upgrades admitted but
 * not yet open. Jetty answers 101 before it opens the connection, so a client upgrading again at
 * once would otherwise pass the gate before its previous connection counts.
 *
 * <p>An admitted upgrade that never opens (its client went away mid-handshake) holds its slot for
 * {@link #PENDING_NANOS} at most. Guarded by the feed's lock.
 */
final class MemberSlots {

    /** How long an admitted upgrade may take to open before its slot is given back. */
    static final long PENDING_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Map<String, Integer> open = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> pending = new HashMap<>();

    /** Takes a slot for an upgrade of {@code memberId}; {@code false} when it already uses {@code cap}. */
    boolean admit(String memberId, int cap, long nowNanos) {
        expire(memberId, nowNanos);
        if (used(memberId) >= cap) {
            return false;
        }
        pending.computeIfAbsent(memberId, member -> new ArrayDeque<>()).addLast(nowNanos);
        return true;
    }

    /**
     * Turns an admitted upgrade of {@code memberId} into an open connection; {@code false} (and
     * nothing counted) when that would pass {@code cap}, as for an upgrade whose slot expired.
     */
    boolean open(String memberId, int cap, long nowNanos) {
        ArrayDeque<Long> admitted = pending.get(memberId);
        if (admitted != null) {
            admitted.pollFirst();
        }
        expire(memberId, nowNanos);
        if (used(memberId) >= cap) {
            return false;
        }
        open.merge(memberId, 1, Integer::sum);
        return true;
    }

    /** Gives back the slot of an open connection of {@code memberId}. */
    void closed(String memberId) {
        open.computeIfPresent(memberId, (member, count) -> count == 1 ? null : count - 1);
    }

    private int used(String memberId) {
        ArrayDeque<Long> admitted = pending.get(memberId);
        return open.getOrDefault(memberId, 0) + (admitted == null ? 0 : admitted.size());
    }

    private void expire(String memberId, long nowNanos) {
        ArrayDeque<Long> admitted = pending.get(memberId);
        if (admitted == null) {
            return;
        }
        while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= PENDING_NANOS) {
            admitted.pollFirst();
        }
        if (admitted.isEmpty()) {
            pending.remove(memberId);
        }
    }
}
