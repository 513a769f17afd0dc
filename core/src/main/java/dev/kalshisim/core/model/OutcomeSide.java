package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome a contract pays on: YES or NO. */
public enum OutcomeSide implements WireValue {
    YES("yes"),
    NO("no");

    private final String wire;

    OutcomeSide(String wire) {
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
    public static OutcomeSide fromWire(String text) {
        for (OutcomeSide value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("OutcomeSide", text, values()));
    }
}
