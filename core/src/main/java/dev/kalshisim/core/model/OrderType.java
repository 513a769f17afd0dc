package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The legacy order type; V2 orders are always priced, so the simulator reports limit. */
public enum OrderType implements WireValue {
    LIMIT("limit"),
    MARKET("market");

    private final String wire;

    OrderType(String wire) {
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
    public static OrderType fromWire(String text) {
        for (OrderType value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("OrderType", text, values()));
    }
}
