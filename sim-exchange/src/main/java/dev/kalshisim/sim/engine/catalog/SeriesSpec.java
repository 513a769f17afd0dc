package dev.kalshisim.sim.engine.catalog;

import dev.kalshisim.core.model.FeeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Creates a series: the fee structure its markets trade under.
 *
 * @param ticker series ticker, e.g. "KXHIGHNY"
 * @param title display title
 * @param category e.g. "Climate and Weather"
 * @param frequency e.g. "daily"
 * @param tags free tags
 * @param feeType how fills are charged
 * @param feeMultiplier multiplies the fee coefficient (exact decimal, 1 for none)
 */
public record SeriesSpec(
        String ticker, String title, String category, String frequency, List<String> tags, FeeType feeType,
        BigDecimal feeMultiplier) {

    public SeriesSpec {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(feeType, "feeType");
        Objects.requireNonNull(feeMultiplier, "feeMultiplier");
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (feeMultiplier.signum() < 0) {
            throw new IllegalArgumentException("fee multiplier must not be negative: " + feeMultiplier);
        }
    }

    /** A series with {@code feeType}, multiplier 1 and no metadata. */
    public static SeriesSpec of(String ticker, FeeType feeType) {
        return new SeriesSpec(ticker, ticker, "", "custom", List.of(), feeType, BigDecimal.ONE);
    }
}
