package dev.kalshisim.kalshi.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Optional filters of one list endpoint: an immutable, ordered set of query parameters where
 * setting a name again replaces it. The cursor is not a filter; {@link Paginator} handles it.
 *
 * <p>Timestamps are Unix seconds, as Kalshi's query filters are.
 *
 * @param <S> the concrete filter type, returned by every setter
 */
public abstract class Filters<S extends Filters<S>> {

    private final List<ApiRequest.Param> params;

    Filters(List<ApiRequest.Param> params) {
        this.params = List.copyOf(params);
    }

    /** A copy of this filter type holding {@code newParams}. */
    abstract S with(List<ApiRequest.Param> newParams);

    /** Page size; Kalshi's default and maximum depend on the endpoint (e.g. 100 / 1000 for markets). */
    public S limit(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        return put("limit", pageSize);
    }

    /** This filter with {@code name} set to {@code value}; a null value removes it. */
    final S put(String name, Object value) {
        List<ApiRequest.Param> next = new ArrayList<>(params.size() + 1);
        for (ApiRequest.Param param : params) {
            if (!param.name().equals(name)) {
                next.add(param);
            }
        }
        if (value != null) {
            next.add(new ApiRequest.Param(name, value.toString()));
        }
        return with(next);
    }

    /** This filter with {@code name} set to the comma-separated {@code values}; empty removes it. */
    final S putCsv(String name, List<String> values) {
        return put(name, values == null || values.isEmpty() ? null : String.join(",", values));
    }

    /** The parameters, plus {@code cursor} when not null. */
    final List<ApiRequest.Param> paramsWithCursor(String cursor) {
        List<ApiRequest.Param> all = new ArrayList<>(params);
        if (cursor != null && !cursor.isEmpty()) {
            all.add(new ApiRequest.Param("cursor", cursor));
        }
        return all;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + params;
    }
}
