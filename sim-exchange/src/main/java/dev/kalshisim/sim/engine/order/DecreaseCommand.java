package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Count;
import java.util.Objects;

/**
 * Shrinks a resting order while keeping its queue priority
 * ({@code POST /portfolio/events/orders/{id}/decrease}). Exactly one of {@code reduceBy} and
 * {@code reduceTo} is set (checked by the engine); reducing to zero cancels the order.
 *
 * @param memberId the owner
 * @param orderId the order
 * @param reduceBy contracts to take off the remaining count; null when {@code reduceTo} is used
 * @param reduceTo the remaining count wanted; null when {@code reduceBy} is used
 */
public record DecreaseCommand(String memberId, String orderId, Count reduceBy, Count reduceTo) {

    public DecreaseCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(orderId, "orderId");
    }

    public static DecreaseCommand by(String memberId, String orderId, Count reduceBy) {
        return new DecreaseCommand(memberId, orderId, reduceBy, null);
    }

    public static DecreaseCommand to(String memberId, String orderId, Count reduceTo) {
        return new DecreaseCommand(memberId, orderId, null, reduceTo);
    }
}
