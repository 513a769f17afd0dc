package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a series charges trading fees (kalshi-api.md section 12). */
public enum FeeType implements WireValue {
    QUADRATIC("quadratic"),
    QUADRATIC_WITH_MAKER_FEES("quadratic_with_maker_fees"),
    QUADRATIC_WITH_COMBO_MAKER_FEES("quadratic_with_combo_maker_fees"),
    FLAT("flat");

    private final String wire;

    FeeType(String wire) {
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
    public static FeeType fromWire(String text) {
        for (FeeType value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("FeeType", text, values()));
    }
}
