package dev.kalshisim.kalshi.stream.book;

/**
 * Told when a {@link BookKeeper}'s book changed: a delta or snapshot applied, or the book became
 * invalid. Called on the thread that delivered the message, after the book changed and outside the
 * keeper's lock; a listener that throws is skipped and the others still run.
 */
@FunctionalInterface
public interface BookListener {

    /** {@code book} changed; call {@link LocalOrderBook#snapshot()} for a consistent view. */
    void onBookChanged(LocalOrderBook book);
}
