package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An order's status as Kalshi reports it. */
public enum OrderStatus implements WireValue {
    RESTING("resting"),
    CANCELED("canceled"),
    EXECUTED("executed");

    private final String wire;

    OrderStatus(String wire) {
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
    public static OrderStatus fromWire(String text) {
        for (OrderStatus value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("OrderStatus", text, values()));
    }
}
