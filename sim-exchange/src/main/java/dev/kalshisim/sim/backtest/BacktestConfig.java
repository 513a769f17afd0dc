package dev.kalshisim.sim.backtest;

import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.data.replay.ReplayLog;
import java.util.Objects;

/**
 * One backtest: the recorded market, the strategy, and how the venue behaves.
 *
 * @param log          the recording's replay log
 * @param strategy     the strategy, built with its parameters
 * @param strategyName its catalog name, for the result
 * @param parameters   the strategy's parameters
 * @param seed         seeds every random choice (queue model, latency jitter)
 * @param tier         the account's rate-limit tier
 * @param fillModel    {@code l2} or {@code trades}
 * @param queueModel   {@code conservative}, {@code probabilistic} or {@code optimistic}
 * @param latency      order entry, acknowledgement and market-data latency
 * @param pacing       true: requests wait for tokens as the live client paces them; false: an
 *                     over-budget request is answered 429 with the wait
 * @param fromNanos    replay only records received at or after this (0: from the start)
 * @param toNanos      replay only records received before this ({@code Long.MAX_VALUE}: to the end)
 * @param balance      the account's starting cash
 */
public record BacktestConfig(ReplayLog log, Strategy strategy, String strategyName,
        StrategyParameters parameters, long seed, Tier tier,
        String fillModel, String queueModel, Latency latency, boolean pacing, long fromNanos, long toNanos,
        Money balance) {

    public BacktestConfig {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(strategyName, "strategyName");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(fillModel, "fillModel");
        Objects.requireNonNull(queueModel, "queueModel");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(balance, "balance");
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("the window's end must be after its start");
        }
    }

    /** The defaults of the command line: seed 1, basic tier, l2, probabilistic, 25 ms ± 10 ms, paced, $10,000. */
    public static BacktestConfig defaults(ReplayLog log, Strategy strategy, String strategyName) {
        return new BacktestConfig(log, strategy, strategyName, StrategyParameters.empty(), 1L, Tier.BASIC, "l2", "probabilistic",
                Latency.uniform(25_000_000L, 10_000_000L), true, 0L, Long.MAX_VALUE, Money.ofDollars(10_000));
    }

    public BacktestConfig withParameters(StrategyParameters value) {
        return new BacktestConfig(log, strategy, strategyName, value, seed, tier, fillModel, queueModel, latency, pacing, fromNanos, toNanos, balance);
    }

    public BacktestConfig withSeed(long value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, value, tier, fillModel, queueModel, latency, pacing, fromNanos, toNanos, balance);
    }

    public BacktestConfig withTier(Tier value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, value, fillModel, queueModel, latency, pacing, fromNanos, toNanos, balance);
    }

    /** {@code l2} or {@code trades}. */
    public BacktestConfig withFillModel(String value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, value, queueModel, latency, pacing, fromNanos, toNanos, balance);
    }

    /** {@code conservative}, {@code probabilistic} or {@code optimistic}. */
    public BacktestConfig withQueueModel(String value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, fillModel, value, latency, pacing, fromNanos, toNanos, balance);
    }

    public BacktestConfig withLatency(Latency value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, fillModel, queueModel, value, pacing, fromNanos, toNanos, balance);
    }

    public BacktestConfig withPacing(boolean value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, fillModel, queueModel, latency, value, fromNanos, toNanos, balance);
    }

    /** Replays records received from {@code from} (inclusive) to {@code to} (exclusive), epoch nanos. */
    public BacktestConfig withWindow(long from, long to) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, fillModel, queueModel, latency, pacing, from, to, balance);
    }

    public BacktestConfig withBalance(Money value) {
        return new BacktestConfig(log, strategy, strategyName, parameters, seed, tier, fillModel, queueModel, latency, pacing, fromNanos, toNanos, value);
    }

    /**
     * The three latencies of a backtest, each a constant plus seeded jitter uniform in
     * {@code [0, jitter]}: order entry (strategy to exchange), acknowledgement (exchange to
     * strategy: order and fill news) and market data (exchange to strategy).
     */
    public record Latency(long entryNanos, long entryJitterNanos, long ackNanos, long ackJitterNanos,
            long marketDataNanos, long marketDataJitterNanos) {

        public Latency {
            if (entryNanos < 0 || entryJitterNanos < 0 || ackNanos < 0 || ackJitterNanos < 0 || marketDataNanos < 0
                    || marketDataJitterNanos < 0) {
                throw new IllegalArgumentException("latencies cannot be negative");
            }
        }

        /** The same constant and jitter for all three. */
        public static Latency uniform(long nanos, long jitterNanos) {
            return new Latency(nanos, jitterNanos, nanos, jitterNanos, nanos, jitterNanos);
        }

        /** No latency at all. */
        public static Latency none() {
            return uniform(0, 0);
        }
    }
}
