package dev.kalshisim.sim.limits;

import dev.kalshisim.core.model.WireValue;

/**
 * How unsigned calls to public endpoints are rate-limited. Production's rule is unknown
 * (kalshi-api.md section 5, UNCONFIRMED), so this is a server option.
 */
public enum UnsignedLimit implements WireValue {
    /** Each client IP address gets its own read bucket of the basic tier (the default). */
    PER_ADDRESS("per_address"),
    /** Unsigned public calls are never limited. */
    NONE("none");

    private final String wire;

    UnsignedLimit(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The value named {@code text} in a config file. */
    public static UnsignedLimit fromWire(String text) {
        for (UnsignedLimit value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown unsigned limit \"" + text + "\"; expected \"per_address\" or \"none\"");
    }
}
