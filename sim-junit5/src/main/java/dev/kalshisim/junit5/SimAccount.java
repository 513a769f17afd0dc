package dev.kalshisim.junit5;

import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.StreamConfig;
import dev.kalshisim.kalshi.stream.transport.JdkWebSocketTransport;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A funded member of the simulator with its API key, and a ready {@link KalshiClient} signing with
 * that key.
 *
 * <p>Clients built here use the simulator's clock (a virtual server clock needs signatures stamped
 * on it, not on the wall), a jitter source seeded from the key id, and client order ids counted
 * per account ({@code sim-1}, {@code sim-2}, ...), so a test's requests repeat exactly from run to
 * run. They are closed when the simulator stops or resets. {@link #toString()} never shows the
 * key. Thread-safe.
 */
public final class SimAccount {

    private final KalshiSim sim;
    private final String memberId;
    private final String apiKeyId;
    private final String privateKeyPem;
    private final Credentials credentials;
    private final KalshiClient client;

    SimAccount(KalshiSim sim, String memberId, String apiKeyId, String privateKeyPem) {
        this.sim = sim;
        this.memberId = memberId;
        this.apiKeyId = apiKeyId;
        this.privateKeyPem = privateKeyPem;
        this.credentials = Credentials.fromPem(apiKeyId, privateKeyPem);
        this.client = newClient(UnaryOperator.identity());
    }

    public String memberId() {
        return memberId;
    }

    /** The key id, sent as {@code KALSHI-ACCESS-KEY}. */
    public String apiKeyId() {
        return apiKeyId;
    }

    /** The RSA private key as PKCS#1 PEM, for a bot that reads its key from a file or variable. */
    public String privateKeyPem() {
        return privateKeyPem;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** This account's client, with the defaults above and the extension's client settings. */
    public KalshiClient client() {
        return client;
    }

    /**
     * A further client of this account, with {@code customize} applied last (e.g. a different
     * retry policy or clock). It has its own throttle buckets and its own client order id counter.
     */
    public KalshiClient newClient(UnaryOperator<KalshiClient.Builder> customize) {
        return newClient(sim.baseUrl(), customize);
    }

    /**
     * A further client of this account for another base URL, such as a recording proxy in front
     * of the simulator; otherwise like {@link #newClient(UnaryOperator)}. Two such clients making
     * the same calls send the same requests, which is what lets a recording replay.
     */
    public KalshiClient newClient(String baseUrl, UnaryOperator<KalshiClient.Builder> customize) {
        AtomicLong orderIds = new AtomicLong();
        KalshiClient.Builder builder = KalshiClient.builder(baseUrl)
                .clock(sim.clock())
                .credentials(credentials)
                .random(new Random(apiKeyId.hashCode()))
                .clientOrderIds(() -> "sim-" + orderIds.incrementAndGet());
        return sim.track(customize.apply(sim.withClientDefaults(builder)).build());
    }

    /** Stream settings for this account on the simulator's WebSocket URL, otherwise {@link StreamConfig#of} defaults. */
    public StreamConfig streamConfig() {
        return StreamConfig.of(sim.webSocketUrl(), credentials);
    }

    /** A WebSocket client of this account on the simulator's clock, not yet connected. */
    public KalshiWebSocketClient newWebSocketClient(StreamConfig config) {
        return sim.track(KalshiWebSocketClient.create(config, JdkWebSocketTransport.create(), sim.clock(),
                new Random(apiKeyId.hashCode())));
    }

    /** {@link #newWebSocketClient(StreamConfig)} with {@link #streamConfig()}. */
    public KalshiWebSocketClient newWebSocketClient() {
        return newWebSocketClient(streamConfig());
    }

    @Override
    public String toString() {
        return "SimAccount[member " + memberId + ", key " + apiKeyId + "]";
    }
}
