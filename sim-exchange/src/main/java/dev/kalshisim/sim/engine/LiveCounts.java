package dev.kalshisim.sim.engine;

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

    static LiveCounts of(EngineState state) {
        long resting = 0;
        long fills = 0;
        long positions = 0;
        for (Account account : state.accounts.values()) {
            resting += account.openOrderCount;
            fills += account.fills.size();
            positions += account.positions.size();
        }
        return new LiveCounts(state.orders.size(), resting, fills, state.trades.size(),
                state.catalog.allMarkets().size(), positions);
    }

    /** Everything that grows with trading: orders, fills and trades. */
    public long total() {
        return orders + fills + trades;
    }
}
