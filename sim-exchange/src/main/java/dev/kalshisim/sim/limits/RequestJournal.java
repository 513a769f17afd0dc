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

    /** The default number of entries kept (about 3 MiB at most). */
    public static final int DEFAULT_CAPACITY = 20_000;
    /**
     * Longest path kept; a longer one is cut and marked with {@code "..."}. Entries hold no bodies
     * and no query strings, so with this cap an entry stays under about half a kilobyte and the
     * journal's memory is bounded by its capacity whatever clients send.
     */
    public static final int MAX_PATH_CHARS = 256;

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
        String path = cut(entry.path(), MAX_PATH_CHARS);
        String method = cut(entry.method(), 16);
        if (path != entry.path() || method != entry.method()) {
            entry = new JournalEntry(entry.tsMs(), entry.apiKeyId(), method, path, entry.status(), entry.cost(),
                    entry.bucket());
        }
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

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
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
