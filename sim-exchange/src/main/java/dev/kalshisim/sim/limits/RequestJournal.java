package dev.kalshisim.sim.limits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The last {@code capacity} API requests the server answered, oldest dropped first.
 *
 * <p>Tests in any language read it through {@code GET /sim/v1/journal} to check how a client
 * paced itself: what it sent, what it was charged and which answers were 429s. Thread-safe.
 */
public final class RequestJournal {

    /** The default number of entries kept. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

    public RequestJournal(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("journal capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Appends {@code entry}, dropping the oldest one when full. */
    public synchronized void record(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /**
     * The newest {@code limit} entries of {@code apiKeyId} (all keys, unsigned requests included,
     * when {@code null}), newest last.
     */
    public synchronized List<JournalEntry> newest(String apiKeyId, int limit) {
        ArrayDeque<JournalEntry> picked = new ArrayDeque<>();
        Iterator<JournalEntry> backwards = entries.descendingIterator();
        while (backwards.hasNext() && picked.size() < limit) {
            JournalEntry entry = backwards.next();
            if (apiKeyId == null || apiKeyId.equals(entry.apiKeyId())) {
                picked.addFirst(entry);
            }
        }
        return new ArrayList<>(picked);
    }

    /** How many entries are kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
    }
}
