package dev.kalshisim.kalshi.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a cursor-paginated endpoint lazily: a page is fetched only when the caller has consumed
 * the previous one, so stopping early (e.g. {@code stream().limit(5)}) fetches no more than needed.
 *
 * <p>Kalshi ends a list with an empty cursor. A server that hands back the cursor it was given
 * would loop forever, so a repeated cursor ends iteration with an {@link IllegalStateException}.
 * Each call to {@link #iterator()} or {@link #stream()} starts again from the first page. Not
 * thread-safe per iterator.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {

    private final Function<String, Page<T>> fetch;

    /**
     * @param fetch fetches the page at a cursor (null for the first page); failures propagate
     *     as {@link KalshiException}s from {@code hasNext()}/{@code next()}
     */
    public Paginator(Function<String, Page<T>> fetch) {
        this.fetch = fetch;
    }

    /** Iterates every item of every page. */
    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(pages());
    }

    /** A sequential stream of every item. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Iterates the pages themselves. */
    public Iterator<Page<T>> pages() {
        return new PageIterator<>(fetch);
    }

    private static final class PageIterator<T> implements Iterator<Page<T>> {
        private final Function<String, Page<T>> fetch;
        private String cursor;
        private boolean started;
        private boolean finished;

        PageIterator(Function<String, Page<T>> fetch) {
            this.fetch = fetch;
        }

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public Page<T> next() {
            if (finished) {
                throw new NoSuchElementException("no more pages");
            }
            String requested = started ? cursor : null;
            Page<T> page = fetch.apply(requested);
            started = true;
            if (!page.hasNext()) {
                finished = true;
            } else if (page.cursor().equals(requested)) {
                finished = true;
                throw new IllegalStateException("the server returned the cursor it was given (" + requested
                        + "); stopping rather than fetching the same page forever");
            }
            cursor = page.cursor();
            return page;
        }
    }

    private static final class ItemIterator<T> implements Iterator<T> {
        private final Iterator<Page<T>> pages;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        ItemIterator(Iterator<Page<T>> pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            // Empty pages with a cursor are legal; keep fetching until an item or the end.
            while (!current.hasNext() && pages.hasNext()) {
                current = pages.next().items().iterator();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return current.next();
        }
    }
}
