package dev.kalshisim.data.event;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/** One price level of a side's bids: the price on that side's own leg, and the contracts resting there. */
public record Level(Price price, Count size) {

    public Level {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
    }
}
