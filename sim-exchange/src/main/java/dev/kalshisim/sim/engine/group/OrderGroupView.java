package dev.kalshisim.sim.engine.group;

import dev.kalshisim.core.model.Count;
import java.util.List;
import java.util.Objects;

/**
 * An order group as the engine reports it.
 *
 * @param id the group's id
 * @param memberId its owner
 * @param subaccount the owner's subaccount it belongs to (0 = primary)
 * @param contractsLimit the most contracts it may match in the rolling window
 * @param triggered whether it is triggered: its orders were canceled and new ones are refused until reset
 * @param matched contracts it matched in the rolling window now
 * @param orderIds ids of its resting orders, in the order they were accepted
 */
public record OrderGroupView(String id, String memberId, int subaccount, Count contractsLimit, boolean triggered,
        Count matched, List<String> orderIds) {

    public OrderGroupView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractsLimit, "contractsLimit");
        orderIds = List.copyOf(orderIds);
    }
}
