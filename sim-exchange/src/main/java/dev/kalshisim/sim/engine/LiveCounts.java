package dev.kalshisim.sim.engine;

import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.TradeTape;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;




/**
 * How many orders, fills, trades and markets the engine holds in memory at one moment.
 *
 * @param orders live orders, resting and finished
 * @param restingOrders of which resting
 * @param fills live fills of all members
 * @param trades live trades
 * @param markets markets in the catalog, settled ones not yet archived included
 * @param positions members' position records
 */
public record LiveCounts(long orders, long restingOrders, long fills, long trades, long markets, long positions) {

    static LiveCounts of(AccountService accounts, OrderRegistry registry, TradeTape tape, Catalog catalog) {
        long resting = 0;
        long fills = 0;
        long positions = 0;
        for (Account account : accounts.all()) {
            MemberOrders orders = registry.member(account.memberId());
            resting += orders == null ? 0 : orders.openOrderCount();
            fills += tape.fillCount(account.memberId());
        }
        for (Account ledger : accounts.ledgers()) {
            positions += ledger.positions().size();
        }
        return new LiveCounts(registry.size(), resting, fills, tape.size(), catalog.allMarkets().size(), positions);
    }

    /** Everything that grows with trading: orders, fills and trades. */
    public long total() {
        return orders + fills + trades;
    }
}
