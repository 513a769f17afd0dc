package dev.kalshisim.data.event;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * One level of one side's bids changed by a signed amount; a level that reaches zero is gone.
 *
 * @param side  whose bids: YES or NO
 * @param price the level's price on that side's own leg
 * @param delta the signed change in contracts
 */
public record BookDelta(long recvNanos, long exchangeNanos, String ticker, long sid, long seq, OutcomeSide side,
        Price price, Count delta) implements MarketEvent {

    public BookDelta {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(delta, "delta");
    }
}
