package dev.kalshisim.sim.server;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.limits.RequestJournal;
import dev.kalshisim.sim.limits.UnsignedLimit;
import dev.kalshisim.sim.replay.playback.PlaybackClock;
import dev.kalshisim.sim.replay.playback.PlaybackConfig;
import dev.kalshisim.sim.server.state.StateConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link KalshiSimServer} can be told, with production-like defaults.
 *
 * <p>Changed one value at a time through {@code with*} ({@code ServerConfig.defaults().withPort(8080)})
 * or several at once through a {@link Builder} ({@code defaults().toBuilder().port(8080).clock(c).build()}).
 * Each {@code with*} goes through the builder, so the full list of components is written out only in
 * the builder's copy and build, not once per {@code with*}.
 *
 * @param port TCP port; 0 picks a free one
 * @param bindAddress the address to listen on; loopback by default, since the control plane has no auth
 * @param authWindow how far a signed timestamp may be from the server's clock, either way (30 s)
 * @param legacyOrderWrites whether the legacy {@code /portfolio/orders} writes work (false: refused
 *     as production now refuses them)
 * @param rateLimitHeaders whether responses carry {@code Retry-After} (on 429) and
 *     {@code X-RateLimit-*} headers, which production does not send
 * @param unsignedLimit how unsigned calls to public endpoints are limited
 * @param tiers the per-tier bucket limits
 * @param endpointCosts the per-endpoint token costs
 * @param journalCapacity how many requests the journal keeps
 * @param clock the server's time: a {@link WallClock} or a virtual clock the control plane moves
 * @param clientTimeouts how long slow clients are waited for (wall time: they are about the network)
 * @param engineLimits the largest counts and amounts the engine accepts
 * @param history the live window and the historical store behind {@code /historical}
 * @param replay a recording to play as the rest of the market ({@code serve --replay}), or null;
 *     a virtual playback needs {@code clock} to be a {@link VirtualClock}
 */
public record ServerConfig(int port, String bindAddress, Duration authWindow, boolean legacyOrderWrites,
                           boolean rateLimitHeaders, UnsignedLimit unsignedLimit, TierTable tiers,
                           EndpointCosts endpointCosts, int journalCapacity, Clock clock,
                           ClientTimeouts clientTimeouts, EngineLimits engineLimits, HistoryConfig history,
                           PlaybackConfig replay) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(authWindow, "authWindow");
        if (authWindow.isNegative()) {
            throw new IllegalArgumentException("authWindow must not be negative: " + authWindow);
        }
        Objects.requireNonNull(unsignedLimit, "unsignedLimit");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(endpointCosts, "endpointCosts");
        if (journalCapacity <= 0) {
            throw new IllegalArgumentException("journalCapacity must be positive: " + journalCapacity);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(clientTimeouts, "clientTimeouts");
        Objects.requireNonNull(engineLimits, "engineLimits");
        Objects.requireNonNull(history, "history");
        if (replay != null && replay.clock() == PlaybackClock.VIRTUAL && !(clock instanceof VirtualClock)) {
            throw new IllegalArgumentException("a replay on the virtual clock needs a VirtualClock: use "
                    + "PlaybackConfig.newVirtualClock()");
        }
    }

    /** An ephemeral port on 127.0.0.1, Kalshi's published limits and costs, wall time. */
    public static ServerConfig defaults() {
        return new Builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this config. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The part {@link dev.kalshisim.sim.server.state.SimState} is built from. */
    public StateConfig stateConfig() {
        return new StateConfig(clock, authWindow, unsignedLimit, tiers, endpointCosts, journalCapacity, engineLimits,
                history);
    }

    public ServerConfig withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    public ServerConfig withAuthWindow(Duration newWindow) {
        return toBuilder().authWindow(newWindow).build();
    }

    public ServerConfig withLegacyOrderWrites(boolean accepted) {
        return toBuilder().legacyOrderWrites(accepted).build();
    }

    public ServerConfig withRateLimitHeaders(boolean sent) {
        return toBuilder().rateLimitHeaders(sent).build();
    }

    public ServerConfig withUnsignedLimit(UnsignedLimit newLimit) {
        return toBuilder().unsignedLimit(newLimit).build();
    }

    public ServerConfig withTiers(TierTable newTiers) {
        return toBuilder().tiers(newTiers).build();
    }

    public ServerConfig withEndpointCosts(EndpointCosts newCosts) {
        return toBuilder().endpointCosts(newCosts).build();
    }

    public ServerConfig withJournalCapacity(int newCapacity) {
        return toBuilder().journalCapacity(newCapacity).build();
    }

    public ServerConfig withClock(Clock newClock) {
        return toBuilder().clock(newClock).build();
    }

    public ServerConfig withClientTimeouts(ClientTimeouts newTimeouts) {
        return toBuilder().clientTimeouts(newTimeouts).build();
    }

    public ServerConfig withEngineLimits(EngineLimits newLimits) {
        return toBuilder().engineLimits(newLimits).build();
    }

    public ServerConfig withHistory(HistoryConfig newHistory) {
        return toBuilder().history(newHistory).build();
    }

    /**
     * Plays {@code playback} as the rest of the market; on the virtual clock the server's clock
     * becomes a fresh {@link VirtualClock} at the recording's first receive time, and the auth
     * window is widened to {@link #REPLAY_AUTH_WINDOW} (a bot signs with wall time, the server
     * runs on the recording's).
     */
    public ServerConfig withReplay(PlaybackConfig playback) {
        Builder builder = toBuilder().replay(playback);
        if (playback != null && playback.clock() == PlaybackClock.VIRTUAL) {
            builder.clock(playback.newVirtualClock()).authWindow(REPLAY_AUTH_WINDOW);
        }
        return builder.build();
    }

    /** The auth window of a virtual-clock replay: any timestamp from 1970 to the engine's last time. */
    public static final Duration REPLAY_AUTH_WINDOW = Duration.ofDays(300L * 365);

    /**
     * A mutable draft of a {@link ServerConfig}, starting from the defaults or from a config;
     * {@link #build()} checks it (the record's constructor does). Not thread-safe.
     */
    public static final class Builder {

        private int port;
        private String bindAddress;
        private Duration authWindow;
        private boolean legacyOrderWrites;
        private boolean rateLimitHeaders;
        private UnsignedLimit unsignedLimit;
        private TierTable tiers;
        private EndpointCosts endpointCosts;
        private int journalCapacity;
        private Clock clock;
        private ClientTimeouts clientTimeouts;
        private EngineLimits engineLimits;
        private HistoryConfig history;
        private PlaybackConfig replay;

        /** The defaults. */
        private Builder() {
            port = 0;
            bindAddress = "127.0.0.1";
            authWindow = Duration.ofSeconds(30);
            legacyOrderWrites = false;
            rateLimitHeaders = false;
            unsignedLimit = UnsignedLimit.PER_ADDRESS;
            tiers = TierTable.defaults();
            endpointCosts = EndpointCosts.defaults();
            journalCapacity = RequestJournal.DEFAULT_CAPACITY;
            clock = WallClock.instance();
            clientTimeouts = ClientTimeouts.defaults();
            engineLimits = EngineLimits.defaults();
            history = HistoryConfig.defaults();
        }

        private Builder(ServerConfig from) {
            port = from.port;
            bindAddress = from.bindAddress;
            authWindow = from.authWindow;
            legacyOrderWrites = from.legacyOrderWrites;
            rateLimitHeaders = from.rateLimitHeaders;
            unsignedLimit = from.unsignedLimit;
            tiers = from.tiers;
            endpointCosts = from.endpointCosts;
            journalCapacity = from.journalCapacity;
            clock = from.clock;
            clientTimeouts = from.clientTimeouts;
            engineLimits = from.engineLimits;
            history = from.history;
            replay = from.replay;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        public Builder authWindow(Duration value) {
            authWindow = value;
            return this;
        }

        public Builder legacyOrderWrites(boolean value) {
            legacyOrderWrites = value;
            return this;
        }

        public Builder rateLimitHeaders(boolean value) {
            rateLimitHeaders = value;
            return this;
        }

        public Builder unsignedLimit(UnsignedLimit value) {
            unsignedLimit = value;
            return this;
        }

        public Builder tiers(TierTable value) {
            tiers = value;
            return this;
        }

        public Builder endpointCosts(EndpointCosts value) {
            endpointCosts = value;
            return this;
        }

        public Builder journalCapacity(int value) {
            journalCapacity = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder clientTimeouts(ClientTimeouts value) {
            clientTimeouts = value;
            return this;
        }

        public Builder engineLimits(EngineLimits value) {
            engineLimits = value;
            return this;
        }

        public Builder history(HistoryConfig value) {
            history = value;
            return this;
        }

        public Builder replay(PlaybackConfig value) {
            replay = value;
            return this;
        }

        /**
         * The config drafted so far.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} for a value the config refuses
         */
        public ServerConfig build() {
            return new ServerConfig(port, bindAddress, authWindow, legacyOrderWrites, rateLimitHeaders, unsignedLimit,
                    tiers, endpointCosts, journalCapacity, clock, clientTimeouts, engineLimits, history, replay);
        }
    }
}
