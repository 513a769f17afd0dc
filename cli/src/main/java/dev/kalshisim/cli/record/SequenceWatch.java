package dev.kalshisim.cli.record;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks {@code seq} per {@code sid}: each channel message must be the previous plus one. The
 * first number of a sid is taken as it comes (Kalshi does not say where {@code seq} starts); after
 * a break the watch goes on from the number it saw, so one loss is one break. Sids belong to one
 * connection: {@link #reset()} forgets them all when it drops. Thread-safe (frames come on the
 * socket's thread, a drop may be noticed on the clock's).
 */
final class SequenceWatch {

    /** A break on {@code sid}: {@code expected} was due, {@code seen} came; the last good frame came at {@code lastSeenNs}. */
    record Break(long sid, long expected, long seen, long lastSeenNs) {
    }

    private static final class Last {
        long seq;
        long recvNs;
    }

    private final Map<Long, Last> bySid = new HashMap<>();

    /**
     * Checks a channel message's {@code seq}, received at {@code recvNs}; returns the break it
     * reveals, or {@code null}.
     */
    synchronized Break onMessage(long sid, long seq, long recvNs) {
        Last last = bySid.get(sid);
        if (last == null) {
            last = new Last();
            last.seq = seq;
            last.recvNs = recvNs;
            bySid.put(sid, last);
            return null;
        }
        Break gap = seq == last.seq + 1 ? null : new Break(sid, last.seq + 1, seq, last.recvNs);
        last.seq = seq;
        last.recvNs = recvNs;
        return gap;
    }

    /**
     * Takes note of a reply's {@code seq} on {@code sid}: Kalshi does not say whether a reply uses
     * a number, so the next one is accepted as used, anything else is ignored.
     */
    synchronized void onReply(long sid, long seq, long recvNs) {
        Last last = bySid.get(sid);
        if (last != null && seq == last.seq + 1) {
            last.seq = seq;
            last.recvNs = recvNs;
        }
    }

    /** Forgets every sid (the connection they belonged to is gone). */
    synchronized void reset() {
        bySid.clear();
    }
}
