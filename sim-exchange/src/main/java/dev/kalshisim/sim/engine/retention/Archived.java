package dev.kalshisim.sim.engine.retention;

import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Trade;
import java.util.List;

/**
 * One eviction round: what left the engine's memory, oldest first within each list, and the
 * cutoffs that now hold. Items are Kalshi's records exactly as the live endpoints wrote them.
 */
public record Archived(List<Trade> trades, List<MemberFill> fills, List<Order> orders, List<ArchivedMarket> markets,
                       Cutoffs cutoffs) {

    public Archived {
        trades = List.copyOf(trades);
        fills = List.copyOf(fills);
        orders = List.copyOf(orders);
        markets = List.copyOf(markets);
    }

    public boolean isEmpty() {
        return trades.isEmpty() && fills.isEmpty() && orders.isEmpty() && markets.isEmpty();
    }

    /** A fill and the member it belongs to. */
    public record MemberFill(String memberId, Fill fill) {
    }

    /** A member's final position in an archived market. */
    public record MemberPosition(String memberId, MarketPosition position) {
    }

    /** A settled market as last seen live, with its series and every member's position in it. */
    public record ArchivedMarket(Market market, String seriesTicker, List<MemberPosition> positions) {

        public ArchivedMarket {
            positions = List.copyOf(positions);
        }
    }
}
