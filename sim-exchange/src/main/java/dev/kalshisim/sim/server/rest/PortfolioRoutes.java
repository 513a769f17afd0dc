package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.wire.Rejections;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.EventPosition;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.IndexedBalance;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.wire.GetFillsResponse;
import dev.kalshisim.core.wire.GetPositionsResponse;
import dev.kalshisim.core.wire.GetSettlementsResponse;
import dev.kalshisim.core.wire.GetTotalRestingOrderValueResponse;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.PositionQuery;
import dev.kalshisim.sim.engine.query.SettlementQuery;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.server.http.RouteResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The member's own money and holdings: balance, positions, fills, settlements, resting value. */
public final class PortfolioRoutes {

    private final SimState state;

    public PortfolioRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/portfolio/balance", this::balance),
                Route.signed("GET", "/portfolio/positions", this::positions),
                Route.signed("GET", "/portfolio/fills", this::fills),
                Route.signed("GET", "/portfolio/settlements", this::settlements),
                Route.signed("GET", "/portfolio/summary/total_resting_order_value", this::restingValue));
    }

    /**
     * Validates the shard and subaccount parameters every portfolio read accepts (the simulator has
     * one shard) and returns the subaccount, null when omitted.
     */
    static Integer subaccount(QueryParams query) {
        query.longInRange("exchange_index", 0, -1, 63);
        Long subaccount = query.optionalLong("subaccount");
        if (subaccount != null && (subaccount < 0 || subaccount > 63)) {
            throw ApiException.invalid("query parameter subaccount must be 0 to 63, got " + subaccount);
        }
        return subaccount == null ? null : subaccount.intValue();
    }

    /** The balance of one ledger: {@code subaccount} defaults to the primary, 0. */
    private RouteResponse balance(Call call) {
        int subaccount = primaryByDefault(call.query());
        return RouteResponse.ok(Rejections.orThrow(state.exchange().balance(call.memberId(), subaccount)).toBalance());
    }

    /** The {@code subaccount} of a read that means the primary when it is omitted (balance, positions). */
    private static int primaryByDefault(QueryParams query) {
        Integer subaccount = subaccount(query);
        return subaccount == null ? 0 : subaccount;
    }

    private RouteResponse positions(Call call) {
        QueryParams query = call.query();
        int subaccount = primaryByDefault(query);
        List<String> filters = query.csv("count_filter", 2);
        for (String filter : filters) {
            if (!filter.equals("position") && !filter.equals("total_traded")) {
                throw ApiException.invalid("count_filter takes position and/or total_traded, got " + filter);
            }
        }
        PositionQuery filter = new PositionQuery(query.optional("ticker"), query.optional("event_ticker"),
                filters.contains("position"), filters.contains("total_traded"), subaccount);
        List<MarketPosition> all = state.exchange().positions(call.memberId(), filter);
        Pagination.Page<MarketPosition> page = Pagination.page(all, query, 100, 1000, MarketPosition::ticker);
        return RouteResponse.ok(new GetPositionsResponse(page.items(), eventPositions(page.items()), page.cursor()));
    }

    /** Sums the page's market positions per event. */
    private List<EventPosition> eventPositions(List<MarketPosition> positions) {
        Map<String, List<MarketPosition>> byEvent = new LinkedHashMap<>();
        for (MarketPosition position : positions) {
            String event = state.exchange().market(position.ticker()).map(Market::eventTicker).orElse("");
            byEvent.computeIfAbsent(event, key -> new ArrayList<>()).add(position);
        }
        List<EventPosition> out = new ArrayList<>();
        byEvent.forEach((event, list) -> {
            Money exposure = Money.ZERO;
            Money realized = Money.ZERO;
            Money fees = Money.ZERO;
            Count shares = Count.ZERO;
            for (MarketPosition position : list) {
                exposure = exposure.plus(orZero(position.marketExposureDollars()));
                realized = realized.plus(orZero(position.realizedPnlDollars()));
                fees = fees.plus(orZero(position.feesPaidDollars()));
                shares = shares.plus(position.positionFp() == null ? Count.ZERO : position.positionFp().abs());
            }
            out.add(new EventPosition(event, exposure, shares, exposure, realized, fees));
        });
        return out;
    }

    private RouteResponse fills(Call call) {
        QueryParams query = call.query();
        FillQuery filter = new FillQuery(query.optional("ticker"), query.optional("order_id"),
                Times.seconds(query, "min_ts"), Times.seconds(query, "max_ts"), subaccount(query));
        Pagination.Page<Fill> page = Pagination.page(state.exchange().fills(call.memberId(), filter), query, 100, 1000,
                Fill::fillId);
        return RouteResponse.ok(new GetFillsResponse(page.items(), page.cursor()));
    }

    private RouteResponse settlements(Call call) {
        QueryParams query = call.query();
        SettlementQuery filter = new SettlementQuery(query.optional("ticker"), query.optional("event_ticker"),
                Times.seconds(query, "min_ts"), Times.seconds(query, "max_ts"), subaccount(query));
        Pagination.Page<Settlement> page = Pagination.page(state.exchange().settlements(call.memberId(), filter), query,
                100, 1000, Settlement::ticker);
        return RouteResponse.ok(new GetSettlementsResponse(page.items(), page.cursor()));
    }

    private RouteResponse restingValue(Call call) {
        Money value = state.exchange().restingOrderValue(call.memberId());
        return RouteResponse.ok(new GetTotalRestingOrderValueResponse(value.floorCents(),
                List.of(new IndexedBalance(0, value))));
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
