package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * Amends a resting order's price and/or size ({@code POST /portfolio/events/orders/{id}/amend}).
 *
 * <p>{@code count} is the new total, filled plus desired remaining, and may not be below what has
 * filled. A new price or a larger size moves the order to the back of its (new) level and may cross
 * at once; a pure decrease keeps its place.
 *
 * @param memberId the owner
 * @param orderId the order to amend
 * @param ticker if set, must be the order's market
 * @param side if set, must be the order's side
 * @param price the new YES price; null keeps the current one
 * @param count the new total count; null keeps the current one
 * @param clientOrderId if set, must be the order's current client_order_id
 * @param updatedClientOrderId a new client_order_id for the order; null keeps the current one
 */
public record AmendCommand(
        String memberId,
        String orderId,
        String ticker,
        BookSide side,
        Price price,
        Count count,
        String clientOrderId,
        String updatedClientOrderId) {

    public AmendCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(orderId, "orderId");
    }

    /** Changes price and total count, without the optional cross-checks. */
    public static AmendCommand of(String memberId, String orderId, Price price, Count totalCount) {
        return new AmendCommand(memberId, orderId, null, null, price, totalCount, null, null);
    }
}
