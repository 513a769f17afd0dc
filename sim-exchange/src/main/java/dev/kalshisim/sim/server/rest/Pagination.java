package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.QueryParams;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Kalshi's cursor pagination over a list in a stable order.
 *
 * <p>A cursor is opaque to clients: the base64url of the last item's key. The next page starts
 * right after that item, so items added at the front meanwhile (new orders, new trades) neither
 * repeat nor vanish. An empty cursor in a response means there is nothing more, as Kalshi does.
 */
final class Pagination {

    private static final String PREFIX = "k1:";

    private Pagination() {
    }

    /** One page and the cursor of the next ({@code ""} when this was the last). */
    record Page<T>(List<T> items, String cursor) {
    }

    /**
     * The page of {@code all} that the request's {@code limit} and {@code cursor} select.
     *
     * @param defaultLimit the page size when {@code limit} is absent or 0
     * @param maxLimit the largest page size allowed
     * @param key a unique, stable key per item
     */
    static <T> Page<T> page(List<T> all, QueryParams query, int defaultLimit, int maxLimit, Function<T, String> key) {
        long limit = query.longInRange("limit", defaultLimit, 0, maxLimit);
        int size = limit == 0 ? defaultLimit : (int) limit;
        int start = 0;
        String cursor = query.optional("cursor");
        if (cursor != null) {
            String after = decode(cursor);
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(after)) {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) {
                throw ApiException.invalid("cursor does not match this query");
            }
        }
        int end = Math.min(all.size(), start + size);
        List<T> items = List.copyOf(all.subList(start, end));
        String next = end < all.size() && !items.isEmpty() ? encode(key.apply(items.get(items.size() - 1))) : "";
        return new Page<>(items, next);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw ApiException.invalid("malformed cursor");
            }
            return text.substring(PREFIX.length());
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.invalid("malformed cursor");
        }
    }
}
