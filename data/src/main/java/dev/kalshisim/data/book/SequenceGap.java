package dev.kalshisim.data.book;

/**
 * A subscription's sequence skipped: the message after {@code expectedSeq - 1} carried
 * {@code gotSeq}; whatever lay between was never seen, so the books on that subscription are not
 * trusted until their next snapshot.
 */
public record SequenceGap(long sid, long expectedSeq, long gotSeq, long recvNanos) {

    @Override
    public String toString() {
        return "sid " + sid + ": expected seq " + expectedSeq + ", got " + gotSeq;
    }
}
