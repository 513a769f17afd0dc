package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What happens when a member's order would trade with the same member's resting order. */
public enum SelfTradePrevention implements WireValue {
    TAKER_AT_CROSS("taker_at_cross"),
    MAKER("maker");

    private final String wire;

    SelfTradePrevention(String wire) {
        this.wire = wire;
    }

    /** The name Kalshi uses on the wire. */
    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /**
     * The value whose wire name is {@code text}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static SelfTradePrevention fromWire(String text) {
        for (SelfTradePrevention value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("SelfTradePrevention", text, values()));
    }
}
