package dev.kalshisim.sim.engine;

import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.List;

/**
 * Trading: place, amend, decrease and cancel orders, one at a time or in batches. The narrow port a
 * member's code needs (the REST order routes, a backtest); refusals are values in the results.
 */
public interface TradingPort {

    /** The largest counts and amounts the engine accepts; larger ones are refused before anything changes. */
    EngineLimits limits();

    OrderResult placeOrder(PlaceOrder command);

    /** Places each order in turn; one result per command, in the same order. */
    List<OrderResult> placeOrders(List<PlaceOrder> commands);

    CancelResult cancelOrder(String memberId, String orderId);

    /** Cancels each order in turn; one result per id, in the same order. */
    List<CancelResult> cancelOrders(String memberId, List<String> orderIds);

    /** Cancels all of a member's resting orders, in one market if {@code ticker} is not null. */
    List<CancelResult> cancelAll(String memberId, String ticker);

    OrderResult amendOrder(AmendCommand command);

    CancelResult decreaseOrder(DecreaseCommand command);
}
