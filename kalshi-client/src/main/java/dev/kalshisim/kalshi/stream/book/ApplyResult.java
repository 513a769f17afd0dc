package dev.kalshisim.kalshi.stream.book;

/** What a {@link LocalOrderBook} did with a snapshot or delta. */
public enum ApplyResult {
    /** The book changed accordingly. */
    APPLIED,
    /** The book is not live (no snapshot yet, or invalid), so a delta was dropped. */
    IGNORED,
    /** The data contradicted the book (a negative level, a repeated price); the book is now invalid. */
    REJECTED
}
