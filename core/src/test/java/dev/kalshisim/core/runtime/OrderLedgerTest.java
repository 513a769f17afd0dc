package dev.kalshisim.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OrderStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.FillEvent;
import dev.kalshisim.core.strategy.OrderRequest;
import dev.kalshisim.core.strategy.OrderState;
import dev.kalshisim.core.strategy.OrderUpdate;
import dev.kalshisim.core.strategy.StrategyEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger alone, on one thread: which venue news becomes strategy events, and in what order. */
class OrderLedgerTest {

    private static final String T = "KXTEST-T50";
    private static final long HOLD = 1_000L;

    private final OrderLedger ledger = new OrderLedger(HOLD, new RunStats(),
            new FillTranslator(ticker -> Count.ZERO));
    private final TrackedOrder entry = ledger.submitted(
            OrderRequest.bid(T, Price.ofCents(45), Count.ofContracts(3)).withClientOrderId("c-1"));

    @Test
    void aFillBeforeTheCreateAnswerWaitsForItThenComesFirst() {
        assertThat(ledger.fill(Messages.fill("tr-1", "ord-1", null, T, 45, 1, 1), 10)).isEmpty();

        List<StrategyEvent> events = ledger.accepted(entry, "ord-1", Count.ZERO, Count.ofContracts(3), 20);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(FillEvent.class);
        OrderUpdate update = (OrderUpdate) events.get(1);
        assertThat(update.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(update.filled()).isEqualTo(Count.ofContracts(1));
        assertThat(update.remaining()).isEqualTo(Count.ofContracts(2));
    }

    @Test
    void newsThatIsOlderOrTheSameIsDropped() {
        ledger.accepted(entry, "ord-1", Count.ZERO, Count.ofContracts(3), 10);
        ledger.fill(Messages.fill("tr-1", "ord-1", "c-1", T, 45, 2, 2), 20);

        assertThat(ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.RESTING, 45, 0, 3, 0), 30))
                .as("fewer fills than told").isEmpty();
        assertThat(ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.RESTING, 45, 2, 1, 0), 40))
                .as("what was told").isEmpty();
        assertThat(ledger.fill(Messages.fill("tr-1", "ord-1", "c-1", T, 45, 2, 2), 50)).as("a repeated fill").isEmpty();
    }

    @Test
    void aVenueUpdateStampedBeforeTheLastOneIsDropped() {
        ledger.accepted(entry, "ord-1", Count.ZERO, Count.ofContracts(3), 10);
        assertThat(ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.RESTING, 47, 0, 3, 2_000), 20))
                .hasSize(1);

        assertThat(ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.RESTING, 45, 0, 3, 1_000), 30))
                .isEmpty();
    }

    @Test
    void adoptedOrdersWithoutClientOrderIdsStayApart() {
        // Kalshi writes client_order_id "" for an order placed without one.
        ledger.adopt(Messages.restingBid("ord-7", "", T, 40, 2), 10);
        ledger.adopt(Messages.restingBid("ord-8", "", T, 41, 3), 10);

        assertThat(ledger.live()).extracting(TrackedOrder::key).contains("ord-7", "ord-8").doesNotContain("");
        assertThat(ledger.find("ord-8").clientOrderId).isNull();
    }

    @Test
    void aFinishedOrderNeverComesBack() {
        ledger.accepted(entry, "ord-1", Count.ZERO, Count.ofContracts(3), 10);
        assertThat(ledger.canceled(entry, null, 20)).hasSize(1);

        assertThat(ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.RESTING, 45, 0, 3, 0), 30))
                .isEmpty();
        assertThat(ledger.live()).isEmpty();
    }

    @Test
    void heldNewsIsReleasedAfterTheHoldTime() {
        ledger.accepted(entry, "ord-1", Count.ZERO, Count.ofContracts(3), 10);
        ledger.userOrder(Messages.userOrder("ord-1", "c-1", T, OrderStatus.EXECUTED, 45, 3, 0, 0), 20);
        assertThat(ledger.holdsAnything()).isTrue();

        assertThat(ledger.releaseOverdue(20 + HOLD - 1)).isEmpty();
        List<StrategyEvent> released = ledger.releaseOverdue(20 + HOLD);

        assertThat(released).singleElement().isInstanceOfSatisfying(OrderUpdate.class,
                update -> assertThat(update.state()).isEqualTo(OrderState.FILLED));
        assertThat(ledger.holdsAnything()).isFalse();
    }

    @Test
    void anImmediateOrCancelLeftoverEndsCanceledWithItsFills() {
        List<StrategyEvent> events = ledger.accepted(entry, "ord-1", Count.ofContracts(1), Count.ZERO, 10);
        assertThat(events).as("held until the fill arrives").isEmpty();

        events = ledger.fill(Messages.fill("tr-1", "ord-1", "c-1", T, 45, 1, 1), 20);

        assertThat(events).hasSize(2);
        OrderUpdate update = (OrderUpdate) events.get(1);
        assertThat(update.state()).isEqualTo(OrderState.CANCELED);
        assertThat(update.filled()).isEqualTo(Count.ofContracts(1));
    }
}
