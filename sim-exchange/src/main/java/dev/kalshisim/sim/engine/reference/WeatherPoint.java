package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One minute of a city's temperature index, as Kalshi's {@code WeatherIndexPoint}: {@code v} in
 * Fahrenheit to 0.01, kept exact as a decimal.
 */
public record WeatherPoint(
        @JsonProperty("t") long t,
        @JsonProperty("v") BigDecimal v,
        @JsonProperty("status") String status,
        @JsonProperty("contributors") Integer contributors) {

    private static final Set<String> STATUSES = Set.of("normal", "degraded");

    public WeatherPoint {
        Objects.requireNonNull(v, "v");
        if (v.scale() > 2) {
            throw new IllegalArgumentException("v has at most two decimals (Fahrenheit to 0.01), got " + v.toPlainString());
        }
        if (t % 60_000 != 0) {
            throw new IllegalArgumentException("t must be a whole minute in epoch milliseconds, got " + t);
        }
        status = status == null ? "normal" : status;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be normal or degraded, got " + status);
        }
    }
}
