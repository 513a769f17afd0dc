package dev.kalshisim.kalshi.live;

import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the live runner reads about the account over REST: positions and resting orders to
 * reconcile at start, the balance, and single orders when a cancel's outcome is unclear.
 * {@link ClientAccountReader} is the real one. Thread-safe; futures complete on other threads.
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
