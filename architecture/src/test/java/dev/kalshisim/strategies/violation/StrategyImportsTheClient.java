package dev.kalshisim.strategies.violation;

import dev.kalshisim.kalshi.client.KalshiClient;

/** A deliberate violation for the architecture test: a strategy reaching past the strategy API to the adapter. */
public final class StrategyImportsTheClient {

    private final KalshiClient client;

    public StrategyImportsTheClient(KalshiClient client) {
        this.client = client;
    }

    public KalshiClient client() {
        return client;
    }
}
