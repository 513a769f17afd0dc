package dev.kalshisim.kalshi.stream;

/**
 * Told when the client's connection opens or drops. Called outside the client's locks; a listener
 * that throws is logged and the others still run.
 */
public interface ConnectionListener {

    /**
     * The connection is open.
     *
     * @param reconnected false the first time, true after a drop (resubscription follows at once)
     */
    default void onConnected(boolean reconnected) {
    }

    /**
     * The connection dropped, or a reconnect attempt failed; every command in flight has failed.
     *
     * @param reconnectInNanos when the next attempt starts
     */
    default void onDisconnected(String reason, long reconnectInNanos) {
    }
}
