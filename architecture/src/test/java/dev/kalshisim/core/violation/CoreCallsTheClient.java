package dev.kalshisim.core.violation;

import dev.kalshisim.kalshi.client.KalshiClient;

/** A deliberate violation for the architecture test: core depending on the Kalshi adapter. */
public final class CoreCallsTheClient {

    private CoreCallsTheClient() {
    }

    public static void close(KalshiClient client) {
        client.close();
    }
}
