package dev.kalshisim.core.wire.stream;

import dev.kalshisim.core.model.WireValue;
import java.util.Optional;

/**
 * The channels a {@code subscribe} command may name (AsyncAPI {@code subscribeCommandPayload}).
 *
 * <p>Commands carry channel names as strings, so a server can answer an unknown name with error 8
 * instead of failing to read the command; this enum is for building commands.
 */
public enum Channel implements WireValue {
    ORDERBOOK_DELTA("orderbook_delta", true),
    TICKER("ticker", false),
    TRADE("trade", false),
    FILL("fill", false),
    MARKET_POSITIONS("market_positions", false),
    MARKET_LIFECYCLE_V2("market_lifecycle_v2", false),
    MULTIVARIATE_MARKET_LIFECYCLE("multivariate_market_lifecycle", false),
    COMMUNICATIONS("communications", false),
    ORDER_GROUP_UPDATES("order_group_updates", true),
    USER_ORDERS("user_orders", false),
    CFBENCHMARKS_VALUE("cfbenchmarks_value", true),
    PYTH_VALUE("pyth_value", true);

    private final String wire;
    private final boolean sequenced;

    Channel(String wire, boolean sequenced) {
        this.wire = wire;
        this.sequenced = sequenced;
    }

    /** The channel's name on the wire. */
    @Override
    public String wire() {
        return wire;
    }

    /** Whether the channel's messages carry a per-subscription {@code seq}. */
    public boolean isSequenced() {
        return sequenced;
    }

    /** The channel named {@code name}, if this version knows it. */
    public static Optional<Channel> fromWire(String name) {
        for (Channel channel : values()) {
            if (channel.wire.equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
