package dev.kalshisim.sim.wire;

import dev.kalshisim.core.wire.stream.OrderGroupUpdate;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.time.Times;

/** Order-group changes as {@code order_group_updates} bodies. */
public final class OrderGroupPayloads {

    private OrderGroupPayloads() {
    }

    /** The body of one change; {@code contracts_limit_fp} only on {@code created} and {@code limit_updated}. */
    public static OrderGroupUpdate update(ExchangeEvent.OrderGroupChanged changed) {
        return new OrderGroupUpdate(changed.change().wire(), changed.orderGroupId(), changed.contractsLimit(),
                Times.epochMillis(changed.tsNanos()));
    }
}
