package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.TierLimits;

/**
 * The prices of the endpoints a load client calls, from the cost table, and what they make of a
 * tier's budget: how many requests a second of a given mix the key can sustain.
 */
record Endpoints(EndpointPrice create, EndpointPrice batchCreate, EndpointPrice cancel, EndpointPrice bookRead,
        EndpointPrice balanceRead) {

    private static final String API = "/trade-api/v2";

    static Endpoints of(EndpointCosts costs, String ticker) {
        return new Endpoints(costs.priceOf("POST", API + "/portfolio/events/orders"),
                costs.priceOf("POST", API + "/portfolio/events/orders/batched"),
                costs.priceOf("DELETE", API + "/portfolio/events/orders/x"),
                costs.priceOf("GET", API + "/markets/" + ticker + "/orderbook"),
                costs.priceOf("GET", API + "/portfolio/balance"));
    }

    /**
     * Requests a second of {@code mix} the tier's refill sustains: the rate at which the busier
     * bucket's expected tokens per second equal its refill. Reads alternate order book and balance.
     */
    double sustainableRate(Mix mix, TierLimits limits) {
        double total = mix.reads() + mix.writes() + mix.batch() + mix.cancels();
        double[] perRequest = new double[BucketKind.values().length];
        add(perRequest, bookRead, 1, mix.reads() / total / 2);
        add(perRequest, balanceRead, 1, mix.reads() / total / 2);
        add(perRequest, create, 1, mix.writes() / total);
        add(perRequest, batchCreate, Mix.BATCH_SIZE, mix.batch() / total);
        add(perRequest, cancel, 1, mix.cancels() / total);
        double rate = Double.POSITIVE_INFINITY;
        for (BucketKind kind : BucketKind.values()) {
            if (perRequest[kind.ordinal()] > 0) {
                rate = Math.min(rate, limits.of(kind).refillRate() / perRequest[kind.ordinal()]);
            }
        }
        return rate;
    }

    private static void add(double[] perRequest, EndpointPrice price, int items, double share) {
        perRequest[price.bucket().ordinal()] += share * price.tokensFor(items == 1 ? EndpointPrice.SINGLE : items);
    }
}
