package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The runner's account port: positions and resting orders to reconcile at start and after a
 * reconnect, the balance, and single orders when a cancel's outcome is unclear. Thread-safe;
 * futures complete on any thread and fail as the {@link OrderGateway}'s do.
 */
public interface AccountReader {

    /** Every market position of the account (zero positions may be left out). */
    CompletableFuture<List<MarketPosition>> positions();

    /** Every order of the account still resting. */
    CompletableFuture<List<Order>> restingOrders();

    /** The cash available to trade. */
    CompletableFuture<Money> balance();

    /** One order by the venue's id. */
    CompletableFuture<Order> order(String orderId);
}
