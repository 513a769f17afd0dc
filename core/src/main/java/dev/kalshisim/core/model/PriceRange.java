package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One band of a market's tick grid: prices from {@code start} to {@code end} (both in $) in steps
 * of {@code step} ($), as {@code Market.price_ranges} lists it.
 *
 * @param start lowest price of the band, dollars
 * @param end highest price of the band, dollars
 * @param step tick size inside the band, dollars
 */
public record PriceRange(
        @JsonProperty("start") Price start,
        @JsonProperty("end") Price end,
        @JsonProperty("step") Price step) {
}
