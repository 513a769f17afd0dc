package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How long an order may rest. Good-till-canceled with an expiration time is good-till-time. */
public enum TimeInForce implements WireValue {
    GOOD_TILL_CANCELED("good_till_canceled"),
    IMMEDIATE_OR_CANCEL("immediate_or_cancel"),
    FILL_OR_KILL("fill_or_kill");

    private final String wire;

    TimeInForce(String wire) {
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
    public static TimeInForce fromWire(String text) {
        for (TimeInForce value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("TimeInForce", text, values()));
    }
}
