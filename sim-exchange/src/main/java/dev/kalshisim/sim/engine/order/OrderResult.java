package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of placing or amending one order: the order as it stands afterwards and the fills the
 * command produced, or the reason it was refused (in which case nothing changed).
 *
 * @param reject why the command was refused; null when accepted
 * @param message detail for a refusal; null when accepted
 * @param order the order after the command; null when refused
 * @param fills this order's fills made by this command, in execution order
 * @param cancelReason why the order stopped resting during this command, if it did
 * @param time the engine time of the command
 */
public record OrderResult(
        RejectReason reject, String message, Order order, List<Fill> fills, CancelReason cancelReason, Instant time) {

    public OrderResult {
        fills = List.copyOf(fills);
    }

    static OrderResult rejected(RejectReason reason, String message, Instant time) {
        return new OrderResult(reason, message, null, List.of(), null, time);
    }

    public boolean isAccepted() {
        return reject == null;
    }

    /** The order id; null when refused. */
    public String orderId() {
        return order == null ? null : order.orderId();
    }

    /** Contracts filled by this command. */
    public Count fillCount() {
        long total = 0;
        for (Fill fill : fills) {
            total = Math.addExact(total, fill.countFp().hundredths());
        }
        return Count.ofHundredths(total);
    }

    /** Contracts left resting; zero when refused. */
    public Count remainingCount() {
        return order == null ? Count.ZERO : order.remainingCountFp();
    }

    /** Fees charged on this command's fills. */
    public Money fees() {
        Money total = Money.ZERO;
        for (Fill fill : fills) {
            total = total.plus(fill.feeCost());
        }
        return total;
    }

    /**
     * The average YES price of this command's fills, in dollars to the micro (half up); empty
     * without fills.
     */
    public Optional<Money> averageFillPrice() {
        long count = fillCount().hundredths();
        if (count == 0) {
            return Optional.empty();
        }
        long cost = 0;
        for (Fill fill : fills) {
            cost = Math.addExact(cost, fill.yesPriceDollars().times(fill.countFp()).micros());
        }
        return Optional.of(perContract(cost, count));
    }

    /** The average fee per contract of this command's fills; empty without fills. */
    public Optional<Money> averageFeePaid() {
        long count = fillCount().hundredths();
        return count == 0 ? Optional.empty() : Optional.of(perContract(fees().micros(), count));
    }

    private static Money perContract(long micros, long countHundredths) {
        // micros per hundredth x 100 = micros per contract; round half up to keep it exact-ish and stable.
        long numerator = Math.multiplyExact(micros, Count.SCALE);
        return Money.ofMicros(Math.floorDiv(Math.addExact(numerator, countHundredths / 2), countHundredths));
    }
}
