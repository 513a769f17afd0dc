package dev.kalshisim.core.limits;

import dev.kalshisim.core.model.WireValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A Kalshi API usage tier ({@code usage_tier} in {@code GET /account/limits}), lowest first. */
public enum Tier implements WireValue {
    BASIC("basic"),
    ADVANCED("advanced"),
    EXPERT("expert"),
    PREMIER("premier"),
    PARAGON("paragon"),
    PRIME("prime"),
    PRESTIGE("prestige");

    private final String wire;

    Tier(String wire) {
        this.wire = wire;
    }

    /** The lower-case name Kalshi uses on the wire. */
    @Override
    public String wire() {
        return wire;
    }

    /**
     * The tier whose wire name is {@code text}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Tier fromWire(String text) {
        for (Tier tier : values()) {
            if (tier.wire.equals(text)) {
                return tier;
            }
        }
        String accepted = Arrays.stream(values()).map(tier -> "\"" + tier.wire + "\"").collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown Tier \"" + text + "\"; expected one of " + accepted);
    }
}
