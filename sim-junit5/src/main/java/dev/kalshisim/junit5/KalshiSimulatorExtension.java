package dev.kalshisim.junit5;

import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.server.ServerConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a simulated Kalshi exchange for a test class and hands tests a {@link KalshiSim}.
 *
 * <p>One simulator per test class, on an ephemeral loopback port: started before the class (or at
 * the first parameter that needs it when registered on an instance field), stopped after it.
 * {@code @Nested} classes share their enclosing class's simulator. Tests of one class share its
 * state, so each should use its own market tickers or call {@link KalshiSim#reset()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KalshiSimulatorExtension SIM = KalshiSimulatorExtension.builder()
 *         .clock(VirtualClock.atMillis(1_767_225_600_000L))
 *         .legacyOrderWrites(true)
 *         .build();
 * }</pre>
 *
 * Plain {@code @ExtendWith(KalshiSimulatorExtension.class)}, or {@link KalshiSimulatorTest}, runs
 * with the defaults of {@link ServerConfig#defaults()}. Thread-safe.
 */
public final class KalshiSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KalshiSimulatorExtension.class);
    private static final String SIMULATOR = "simulator";

    private final ServerConfig config;
    private final UnaryOperator<KalshiClient.Builder> clientDefaults;

    /** The defaults: what {@code @ExtendWith} and {@link KalshiSimulatorTest} use. */
    public KalshiSimulatorExtension() {
        this(builder());
    }

    private KalshiSimulatorExtension(Builder builder) {
        this.config = builder.config;
        this.clientDefaults = builder.clientDefaults;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The server settings this extension starts simulators with. */
    public ServerConfig config() {
        return config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Starting here rather than lazily makes a server that cannot start fail the class, not its first test.
        simulator(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Only a simulator this class started: a @Nested class finds its outer class's one in a parent store.
        KalshiSim own = context.getStore(NAMESPACE).remove(SIMULATOR, KalshiSim.class);
        if (own != null) {
            own.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KalshiSim.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator(context);
    }

    /**
     * The simulator of the running test class, started on first use. Kept in the class's store,
     * whose lookups fall back to the enclosing classes' stores, and which closes an
     * {@link AutoCloseable} value itself when afterAll never ran (instance-field registration).
     */
    private KalshiSim simulator(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(SIMULATOR,
                key -> KalshiSim.start(config, clientDefaults), KalshiSim.class);
    }

    /** Settings of a {@link KalshiSimulatorExtension}; starts from {@link ServerConfig#defaults()}. */
    public static final class Builder {
        private ServerConfig config = ServerConfig.defaults();
        private UnaryOperator<KalshiClient.Builder> clientDefaults = UnaryOperator.identity();

        private Builder() {
        }

        /** Replaces every server setting at once; the other methods change one of them. */
        public Builder serverConfig(ServerConfig value) {
            this.config = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The per-tier bucket limits the server enforces and reports in {@code GET /account/limits}. */
        public Builder tiers(TierTable value) {
            this.config = config.withTiers(value);
            return this;
        }

        /**
         * The server's clock, shared by every client of the simulator's accounts so their
         * signatures fall in the server's window. On a {@code VirtualClock} nothing that waits
         * (throttle, backoff, stream timers) moves until the test advances the clock.
         */
        public Builder clock(Clock value) {
            this.config = config.withClock(value);
            return this;
        }

        /** Whether the legacy {@code /portfolio/orders} writes work (production refuses them). */
        public Builder legacyOrderWrites(boolean accepted) {
            this.config = config.withLegacyOrderWrites(accepted);
            return this;
        }

        /** Whether responses carry {@code Retry-After} and {@code X-RateLimit-*} (production sends neither). */
        public Builder rateLimitHeaders(boolean sent) {
            this.config = config.withRateLimitHeaders(sent);
            return this;
        }

        /** How far a signature's timestamp may be from the server's clock (30 s). */
        public Builder authWindow(Duration value) {
            this.config = config.withAuthWindow(value);
            return this;
        }

        /** Applied to the builder of every client the simulator's accounts hand out, before any per-client change. */
        public Builder clientDefaults(UnaryOperator<KalshiClient.Builder> value) {
            this.clientDefaults = Objects.requireNonNull(value, "value");
            return this;
        }

        public KalshiSimulatorExtension build() {
            return new KalshiSimulatorExtension(this);
        }
    }
}
