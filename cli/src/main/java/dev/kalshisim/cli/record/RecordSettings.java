package dev.kalshisim.cli.record;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.kalshi.client.Backoff;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Recorder} needs to know.
 *
 * @param restBase       the REST base URL, {@code .../trade-api/v2}
 * @param credentials    the key that signs REST and the WebSocket upgrade, or {@code null}
 * @param selection      the markets to record
 * @param out            the recording's folder (new or empty)
 * @param duration       how long to record, or {@code null} until stopped
 * @param channels       the WebSocket channels, see {@link #DEFAULT_CHANNELS}
 * @param writer         segment rotation
 * @param reconnect      waits between reconnect attempts (full jitter)
 * @param statusInterval how often the status line is refreshed
 */
public record RecordSettings(String restBase, Credentials credentials, Selection selection, Path out,
                             Duration duration, List<String> channels, WriterSettings writer, Backoff reconnect,
                             Duration statusInterval) {

    /** The market-data channels a recording carries unless told otherwise. */
    public static final List<String> DEFAULT_CHANNELS = List.of(Channel.ORDERBOOK_DELTA.wire(), Channel.TRADE.wire(),
            Channel.TICKER.wire(), Channel.MARKET_LIFECYCLE_V2.wire());

    /** The channels {@code record} accepts: public market data and the order book, nothing of an account's. */
    public static final List<String> RECORDABLE = DEFAULT_CHANNELS;

    public RecordSettings {
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(statusInterval, "statusInterval");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("--channels names at least one channel");
        }
        for (String channel : channels) {
            if (!RECORDABLE.contains(channel)) {
                throw new IllegalArgumentException("--channels: unknown or unrecordable channel \"" + channel
                        + "\" (one of " + String.join(", ", RECORDABLE) + ")");
            }
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("--duration must be positive: " + duration);
        }
    }
}
