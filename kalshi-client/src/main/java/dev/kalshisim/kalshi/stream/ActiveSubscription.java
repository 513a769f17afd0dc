package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.SubscribeParams;

/**
 * A subscription open on the current connection.
 *
 * @param sid the server's id for it on this connection
 * @param channel its one channel
 * @param params what a resubscription sends: this channel, the current market list, the original options
 */
public record ActiveSubscription(long sid, String channel, SubscribeParams params) {
}
