package dev.kalshisim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Hourly returns of the equity curve and the ratios on them. Convention: equity at each whole hour
 * from the run's start (a last partial hour is left out), simple returns {@code E(h)/E(h-1) − 1},
 * not annualized, risk-free rate 0; Sharpe = mean / population standard deviation; Sortino = mean /
 * downside deviation, {@code sqrt(mean(min(r, 0)²))} over all returns. Undefined (empty) when the
 * denominator is 0 or there is no return.
 */
public final class Returns {

    public static final String CONVENTION = "hourly simple returns of the equity curve (equity at each whole hour "
            + "from the run's start; a last partial hour is left out), not annualized, risk-free rate 0; "
            + "sharpe = mean / population std-dev; sortino = mean / sqrt(mean(min(r,0)^2)); null when undefined";

    private static final int MINUTES_PER_HOUR = 60;

    private final List<Double> returns;

    private Returns(List<Double> returns) {
        this.returns = List.copyOf(returns);
    }

    public static Returns hourly(List<EquityCurve.Point> perMinute, long startNanos) {
        List<Double> hourly = new ArrayList<>();
        double previous = Double.NaN;
        for (EquityCurve.Point point : perMinute) {
            long offset = point.tsNanos() - startNanos;
            if (offset % (MINUTES_PER_HOUR * EquityCurve.MINUTE_NANOS) != 0) {
                continue;
            }
            double equity = point.equity().micros();
            if (!Double.isNaN(previous) && previous != 0) {
                hourly.add(equity / previous - 1.0);
            }
            previous = equity;
        }
        return new Returns(hourly);
    }

    public static Returns of(List<Double> returns) {
        return new Returns(returns);
    }

    public List<Double> values() {
        return returns;
    }

    public OptionalDouble sharpe() {
        if (returns.isEmpty()) {
            return OptionalDouble.empty();
        }
        double mean = mean();
        double variance = 0;
        for (double r : returns) {
            variance += (r - mean) * (r - mean);
        }
        double deviation = Math.sqrt(variance / returns.size());
        return deviation == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean / deviation);
    }

    public OptionalDouble sortino() {
        if (returns.isEmpty()) {
            return OptionalDouble.empty();
        }
        double downside = 0;
        for (double r : returns) {
            double loss = Math.min(r, 0);
            downside += loss * loss;
        }
        double deviation = Math.sqrt(downside / returns.size());
        return deviation == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean() / deviation);
    }

    private double mean() {
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        return sum / returns.size();
    }
}
