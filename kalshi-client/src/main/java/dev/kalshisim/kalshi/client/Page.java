package dev.kalshisim.kalshi.client;

import java.util.List;

/**
 * One page of a cursor-paginated list.
 *
 * @param items the page's items, unmodifiable
 * @param cursor the cursor for the next page, or null/empty when this is the last page
 */
public record Page<T>(List<T> items, String cursor) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return cursor != null && !cursor.isEmpty();
    }
}
