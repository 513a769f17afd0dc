package dev.kalshisim.core.wire.stream;

import dev.kalshisim.core.model.WireValue;

/**
 * The market actions of {@code update_subscription}. Kept as strings in the params (the index
 * feeds use other actions, and a server must answer unknown ones with error 13).
 */
public enum UpdateAction implements WireValue {
    /** Adds markets to the subscription. */
    ADD_MARKETS("add_markets"),
    /** Removes markets from the subscription. */
    DELETE_MARKETS("delete_markets"),
    /** Re-sends {@code orderbook_snapshot}s for the given markets without changing the subscription. */
    GET_SNAPSHOT("get_snapshot");

    private final String wire;

    UpdateAction(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
