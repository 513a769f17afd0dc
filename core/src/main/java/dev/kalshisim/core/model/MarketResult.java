package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A market's determined outcome; empty until determined. */
public enum MarketResult implements WireValue {
    YES("yes"),
    NO("no"),
    SCALAR("scalar"),
    NONE("");

    private final String wire;

    MarketResult(String wire) {
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
    public static MarketResult fromWire(String text) {
        for (MarketResult value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(WireNames.unknown("MarketResult", text, values()));
    }
}
