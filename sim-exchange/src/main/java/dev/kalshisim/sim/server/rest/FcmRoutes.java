package dev.kalshisim.sim.server.rest;

import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.Caller;
import dev.kalshisim.sim.server.http.Endpoint;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import java.util.List;

/**
 * {@code /fcm/*}: an FCM member reads the orders and positions of one of its subtraders, with the
 * same filters and pages as the member's own {@code /portfolio/orders} and {@code /portfolio/positions}
 * (the very handlers answer, on the subtrader's behalf).
 *
 * <p>A member the control plane has not marked as an FCM is refused with 403 {@code forbidden};
 * a subtrader that is not one of the FCM's is 404, as if it did not exist.
 */
public final class FcmRoutes {

    private final SimState state;
    private final Endpoint orders;
    private final Endpoint positions;

    public FcmRoutes(SimState state) {
        this.state = state;
        this.orders = endpoint(new OrderReadRoutes(state).routes(), "/portfolio/orders");
        this.positions = endpoint(new PortfolioRoutes(state).routes(), "/portfolio/positions");
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/fcm/orders", call -> orders.handle(asSubtrader(call))),
                Route.signed("GET", "/fcm/positions", call -> positions.handle(asSubtrader(call))));
    }

    private Call asSubtrader(Call call) {
        Caller fcm = call.requireCaller();
        if (!state.reference().isFcm(fcm.memberId())) {
            throw new ApiException(403, "forbidden", "this endpoint requires FCM member access");
        }
        String subtrader = call.query().required("subtrader_id");
        if (!state.reference().subtraders(fcm.memberId()).contains(subtrader)) {
            throw ApiException.notFound("subtrader " + subtrader + " not found");
        }
        return call.withCaller(new Caller(fcm.apiKeyId(), subtrader));
    }

    private static Endpoint endpoint(List<Route> routes, String template) {
        return routes.stream().filter(r -> r.method().equals("GET") && r.template().equals(template)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no GET " + template + " route to answer FCM reads"))
                .endpoint();
    }
}
