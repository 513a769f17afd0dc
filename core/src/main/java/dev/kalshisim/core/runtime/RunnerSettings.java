package dev.kalshisim.core.runtime;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * How a {@link StrategyRunner} behaves. Start from {@link #defaults()} and change single values with
 * the {@code with...} methods.
 *
 * @param clientOrderIdPrefix  the prefix of this run's client order ids; Kalshi refuses an id it has
 *                             seen before, so it must be new on every run (the default is random)
 * @param blackout             when new orders (and amends) are refused locally
 * @param startTimeoutNanos    how long connecting and reading the account may take at start
 * @param shutdownTimeoutNanos how long a stop waits for the cancels of open orders to be confirmed
 * @param fillHoldNanos        how long an order update reporting fills not yet seen on the
 *                             {@code fill} channel is held back, so the fill comes first; after
 *                             that it is delivered anyway
 * @param balanceRefreshNanos  how often the balance the strategy reads is refreshed over REST
 * @param batchCancelSize      the most orders cancelled in one batch request
 */
public record RunnerSettings(
        String clientOrderIdPrefix,
        BlackoutSchedule blackout,
        long startTimeoutNanos,
        long shutdownTimeoutNanos,
        long fillHoldNanos,
        long balanceRefreshNanos,
        int batchCancelSize) {

    private static final long SECOND = 1_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    public RunnerSettings {
        if (clientOrderIdPrefix == null || !clientOrderIdPrefix.matches("[A-Za-z0-9_-]{1,24}")) {
            throw new IllegalArgumentException(
                    "a client order id prefix must be 1 to 24 letters, digits, '-' or '_': " + clientOrderIdPrefix);
        }
        if (blackout == null) {
            throw new IllegalArgumentException("a blackout schedule is required; use BlackoutSchedule.none()");
        }
        requirePositive(startTimeoutNanos, "startTimeoutNanos");
        requirePositive(shutdownTimeoutNanos, "shutdownTimeoutNanos");
        requirePositive(fillHoldNanos, "fillHoldNanos");
        requirePositive(balanceRefreshNanos, "balanceRefreshNanos");
        if (batchCancelSize < 1) {
            throw new IllegalArgumentException("batchCancelSize must be at least 1: " + batchCancelSize);
        }
    }

    /**
     * A random client order id prefix, no blackout, 30 s to start, 10 s to shut down, fills waited
     * for 2 s, the balance refreshed every 10 s, cancels batched 20 at a time.
     */
    public static RunnerSettings defaults() {
        return new RunnerSettings(randomPrefix(), BlackoutSchedule.none(), 30 * SECOND, 10 * SECOND, 2 * SECOND,
                10 * SECOND, 20);
    }

    /** A fresh prefix for one run: {@code live-} and twelve random hex digits. */
    public static String randomPrefix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "live-" + HexFormat.of().formatHex(bytes);
    }

    public RunnerSettings withClientOrderIdPrefix(String value) {
        return new RunnerSettings(value, blackout, startTimeoutNanos, shutdownTimeoutNanos, fillHoldNanos,
                balanceRefreshNanos, batchCancelSize);
    }

    public RunnerSettings withBlackout(BlackoutSchedule value) {
        return new RunnerSettings(clientOrderIdPrefix, value, startTimeoutNanos, shutdownTimeoutNanos, fillHoldNanos,
                balanceRefreshNanos, batchCancelSize);
    }

    public RunnerSettings withStartTimeoutNanos(long value) {
        return new RunnerSettings(clientOrderIdPrefix, blackout, value, shutdownTimeoutNanos, fillHoldNanos,
                balanceRefreshNanos, batchCancelSize);
    }

    public RunnerSettings withShutdownTimeoutNanos(long value) {
        return new RunnerSettings(clientOrderIdPrefix, blackout, startTimeoutNanos, value, fillHoldNanos,
                balanceRefreshNanos, batchCancelSize);
    }

    public RunnerSettings withFillHoldNanos(long value) {
        return new RunnerSettings(clientOrderIdPrefix, blackout, startTimeoutNanos, shutdownTimeoutNanos, value,
                balanceRefreshNanos, batchCancelSize);
    }

    public RunnerSettings withBalanceRefreshNanos(long value) {
        return new RunnerSettings(clientOrderIdPrefix, blackout, startTimeoutNanos, shutdownTimeoutNanos, fillHoldNanos,
                value, batchCancelSize);
    }

    public RunnerSettings withBatchCancelSize(int value) {
        return new RunnerSettings(clientOrderIdPrefix, blackout, startTimeoutNanos, shutdownTimeoutNanos, fillHoldNanos,
                balanceRefreshNanos, value);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
