package dev.kalshisim.core.wire.stream;

/** Command-id conventions shared by the records. */
final class Ids {

    private Ids() {
    }

    /** Checks a command id: Kalshi's schema gives ids a minimum of 0. */
    static void require(long id) {
        if (id < 0) {
            throw new IllegalArgumentException("command id must not be negative: " + id);
        }
    }

    /** Kalshi treats command id 0 as "no id", so replies to it carry none. */
    static Long orNull(long id) {
        require(id);
        return id == 0 ? null : id;
    }
}
