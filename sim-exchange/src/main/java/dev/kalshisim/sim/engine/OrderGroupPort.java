package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.sim.engine.group.OrderGroupRules;
import dev.kalshisim.sim.engine.group.OrderGroupView;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;

/**
 * A member's order groups ({@code /portfolio/order_groups*}): a limit on the contracts the group's
 * orders match in a rolling window; reaching it cancels the group's resting orders and refuses new
 * ones until reset. An unknown group, another member's, or one in another subaccount than
 * {@code subaccount} (when that is not null) is {@code ORDER_GROUP_NOT_FOUND}.
 */
public interface OrderGroupPort {

    /** A new group in {@code subaccount} with a limit of 1 to 1,000,000 contracts. */
    EngineResult<OrderGroupView> createOrderGroup(String memberId, int subaccount, Count contractsLimit);

    /** The member's groups in creation order; in one subaccount when {@code subaccount} is not null. */
    List<OrderGroupView> orderGroups(String memberId, Integer subaccount);

    EngineResult<OrderGroupView> orderGroup(String memberId, String orderGroupId, Integer subaccount);

    /** A new limit; a group already at it triggers at once. */
    EngineResult<OrderGroupView> updateOrderGroupLimit(String memberId, String orderGroupId, Integer subaccount,
            Count contractsLimit);

    /** The matched counter back to zero; orders are accepted again. */
    EngineResult<OrderGroupView> resetOrderGroup(String memberId, String orderGroupId, Integer subaccount);

    /** Cancels the group's resting orders and refuses new ones until reset. */
    EngineResult<OrderGroupView> triggerOrderGroup(String memberId, String orderGroupId, Integer subaccount);

    /** Cancels the group's resting orders and removes it; returns its last state. */
    EngineResult<OrderGroupView> deleteOrderGroup(String memberId, String orderGroupId, Integer subaccount);

    OrderGroupRules orderGroupRules();

    /** Replaces the window, trigger point and group cap; groups the new rules put at their limit trigger. */
    void setOrderGroupRules(OrderGroupRules rules);
}
