package dev.kalshisim.kalshi.stream.book;

/** Whether a {@link LocalOrderBook} can be trusted. */
public enum BookState {
    /** No snapshot has arrived yet; the book is empty and deltas are ignored. */
    AWAITING_SNAPSHOT,
    /** Built from a snapshot and every delta since; the book matches the exchange's. */
    LIVE,
    /**
     * A message may have been lost or the data contradicted itself; the book is empty and deltas
     * are ignored until a fresh snapshot arrives.
     */
    INVALID
}
