package dev.kalshisim.sim.faults;

/**
 * The faults injected into {@code /trade-api/v2} traffic, as set by {@code POST /sim/v1/faults}.
 *
 * <p>Rates are in parts per million so no floating point is involved; each request draws once from
 * a generator seeded with {@code seed}, so a run with the same requests in the same order sees the
 * same faults.
 *
 * @param latencyMillis added to every response, in milliseconds of the server's clock: real time on a
 *     wall clock; on a virtual clock the answer waits until the clock is moved that far, so a test
 *     on virtual time releases delayed answers without waiting
 * @param errorPartsPerMillion share of requests answered with {@code errorStatus} before reaching the exchange
 * @param errorStatus the status of an injected error: 500, 502, 503 or 504
 * @param dropPartsPerMillion share of requests whose connection is closed without an answer
 * @param seed the generator's seed
 * @param exchangePaused whether the control plane paused the exchange (applied to the engine, not here)
 */
public record FaultPlan(long latencyMillis, long errorPartsPerMillion, int errorStatus, long dropPartsPerMillion,
                        long seed, boolean exchangePaused) {

    /** One million: a rate of 1.0. */
    public static final long MILLION = 1_000_000L;

    /** No faults at all. */
    public static final FaultPlan NONE = new FaultPlan(0, 0, 503, 0, 0, false);

    public FaultPlan {
        if (latencyMillis < 0 || latencyMillis > 60_000) {
            throw new IllegalArgumentException("latency_ms must be 0 to 60000: " + latencyMillis);
        }
        if (errorPartsPerMillion < 0 || errorPartsPerMillion > MILLION || dropPartsPerMillion < 0
                || dropPartsPerMillion > MILLION || errorPartsPerMillion + dropPartsPerMillion > MILLION) {
            throw new IllegalArgumentException("error_rate and drop_rate must be 0 to 1 and add up to at most 1");
        }
        if (errorStatus != 500 && errorStatus != 502 && errorStatus != 503 && errorStatus != 504) {
            throw new IllegalArgumentException("error_status must be 500, 502, 503 or 504: " + errorStatus);
        }
    }
}
