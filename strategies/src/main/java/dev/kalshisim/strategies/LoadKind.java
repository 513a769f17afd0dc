package dev.kalshisim.strategies;

/**
 * The four requests the {@code load} strategy mixes, each named by the parameter that weighs it.
 * Declared in the order the mix breaks ties in.
 */
public enum LoadKind {
    /** A REST read of one market's order book ({@code GET .../orderbook}, the read bucket). */
    READ("reads"),
    /** One resting limit order (a create, the write bucket). */
    CREATE("creates"),
    /** One batch create of {@code batch-size} resting orders (the write bucket, per order). */
    BATCH("batches"),
    /** A cancel of the strategy's oldest resting order (the write bucket). */
    CANCEL("cancels");

    private final String parameter;

    LoadKind(String parameter) {
        this.parameter = parameter;
    }

    /** The parameter giving this kind's weight in the mix. */
    public String parameter() {
        return parameter;
    }
}
