package dev.kalshisim.sim.engine.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unmodifiable copies that keep the order given, so free-form details are written back in the
 * order they were sent, the same in every run ({@code Map.copyOf} iterates in a per-JVM order).
 */
final class Ordered {

    private Ordered() {
    }

    /** An unmodifiable, insertion-ordered copy; empty for null. */
    static <V> Map<String, V> map(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
