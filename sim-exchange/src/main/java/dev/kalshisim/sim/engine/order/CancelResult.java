package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Instant;

/**
 * The result of canceling or decreasing one order, or the reason it was refused.
 *
 * @param reject why it was refused; null when done
 * @param message detail for a refusal; null when done
 * @param orderId the order named by the command
 * @param clientOrderId the order's client_order_id, if known
 * @param reducedBy contracts taken off the remaining count; zero when refused
 * @param order the order afterwards; null when refused
 * @param time the engine time of the command
 */
public record CancelResult(
        RejectReason reject, String message, String orderId, String clientOrderId, Count reducedBy, Order order,
        Instant time) {

    static CancelResult rejected(String orderId, RejectReason reason, String message, Instant time) {
        return new CancelResult(reason, message, orderId, null, Count.ZERO, null, time);
    }

    public boolean isAccepted() {
        return reject == null;
    }

    /** Contracts still resting afterwards; zero when refused. */
    public Count remainingCount() {
        return order == null ? Count.ZERO : order.remainingCountFp();
    }
}
