package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * One aggregated price level, written as Kalshi's two-string array {@code ["0.0800","300.00"]}.
 *
 * @param price the level's price in dollars
 * @param count contracts resting at the price
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"price", "count"})
public record PriceLevel(Price price, Count count) {

    public PriceLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(count, "count");
    }
}
