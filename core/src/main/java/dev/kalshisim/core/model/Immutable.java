package dev.kalshisim.core.model;

import java.util.List;

/** Defensive copies for record components, keeping "absent" (null) distinct from "empty". */
public final class Immutable {

    private Immutable() {
    }

    /** An unmodifiable copy of {@code list}, or null when it is null (an omitted wire field). */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
