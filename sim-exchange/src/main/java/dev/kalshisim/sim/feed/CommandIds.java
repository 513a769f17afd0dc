package dev.kalshisim.sim.feed;

/** Command-id rules for replies. */
final class CommandIds {

    private CommandIds() {
    }

    /** Kalshi treats command id 0 as no id, so the reply carries none. */
    static Long orNull(long id) {
        return id == 0 ? null : id;
    }
}
