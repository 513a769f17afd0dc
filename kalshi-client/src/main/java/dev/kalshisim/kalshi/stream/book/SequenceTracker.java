package dev.kalshisim.kalshi.stream.book;

/**
 * Checks one subscription's {@code seq}: each message must be the previous plus one.
 *
 * <p>The first message is accepted with any number, because Kalshi does not document where
 * {@code seq} starts. After a gap the tracker continues from the number it saw, so one loss is
 * reported once, not on every later message.
 */
final class SequenceTracker {

    enum Verdict {
        /** The first message of the subscription. */
        FIRST,
        /** Exactly the previous plus one. */
        NEXT,
        /** Not the previous plus one: a message was lost (or repeated). */
        GAP,
        /** A reply's seq that tells nothing new. */
        IGNORED
    }

    private boolean started;
    private long last;

    /** Checks the {@code seq} of a channel message, which always uses up a number. */
    Verdict onMessage(long seq) {
        if (!started) {
            started = true;
            last = seq;
            return Verdict.FIRST;
        }
        boolean next = seq == last + 1;
        last = seq;
        return next ? Verdict.NEXT : Verdict.GAP;
    }

    /**
     * Checks the {@code seq} of an {@code ok} or {@code unsubscribed} reply on this subscription.
     *
     * <p>Kalshi does not say whether such a reply uses up a number or repeats the current one, so
     * both are accepted: previous plus one advances, previous or lower is ignored, anything higher
     * is a gap.
     */
    Verdict onReply(long seq) {
        if (!started || seq <= last) {
            return Verdict.IGNORED;
        }
        boolean next = seq == last + 1;
        last = seq;
        return next ? Verdict.NEXT : Verdict.GAP;
    }

    /** The last number seen; meaningless before the first message. */
    long last() {
        return last;
    }
}
