package dev.kalshisim.sim.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.sim.server.KalshiApi;
import dev.kalshisim.sim.server.http.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subaccount routes are priced by the cost table as Kalshi's rule says: none is in the
 * published cost list, so each costs the table's default and, being outside the write list, spends
 * from the read bucket.
 */
class SubaccountRoutesCostTest {

    @Test
    void everySubaccountRouteCostsTheDefaultFromTheReadBucket() {
        EndpointCosts costs = EndpointCosts.defaults();
        List<Route> routes = new SubaccountRoutes(null).routes();
        assertThat(routes).hasSize(9);
        for (Route route : routes) {
            EndpointPrice price = costs.priceOf(route.method(), KalshiApi.PREFIX + route.template());
            assertThat(price.bucket()).as(route.method() + " " + route.template()).isEqualTo(BucketKind.READ);
            assertThat(price.costTokens()).as(route.method() + " " + route.template()).isEqualTo(costs.defaultCost());
            assertThat(price.perItem()).isFalse();
        }
    }
}
