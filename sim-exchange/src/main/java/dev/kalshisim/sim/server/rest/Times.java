package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.QueryParams;
import java.time.Instant;

/** Kalshi's query-time convention: filters are Unix seconds. */
final class Times {

    /** Bounds keep {@link Instant} arithmetic far from overflow. */
    private static final long MAX_SECONDS = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private Times() {
    }

    /** Query parameter {@code name} (Unix seconds) as an instant, or {@code null} if absent. */
    static Instant seconds(QueryParams query, String name) {
        Long value = query.optionalLong(name);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > MAX_SECONDS) {
            throw ApiException.invalid("query parameter " + name + " must be Unix seconds, got " + value);
        }
        return Instant.ofEpochSecond(value);
    }
}
