package dev.kalshisim.sim.server.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.reference.InstanceTransfer;
import dev.kalshisim.sim.engine.reference.MarginedWallets;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /portfolio/intra_exchange_instance_transfer(s)}: cash between the member's event-contract
 * ledger and its margined (perps) instance. The event-contract side is the engine's own ledger (a
 * transfer out is a withdrawal of available cash, a transfer in a deposit), the margined side is
 * {@link MarginedWallets}; every transfer completes at once.
 *
 * <p>The simulator runs one shard, so only shard 0 is accepted; subaccount legs and transfers
 * within one instance are refused with 400.
 */
public final class InstanceTransferRoutes {

    private static final String EVENT_CONTRACT = "event_contract";
    private static final String MARGINED = "margined";
    private static final Set<String> INSTANCES = Set.of(EVENT_CONTRACT, MARGINED);
    /** centi-cents (1/10,000 $) to micro-dollars. */
    private static final long MICROS_PER_CENTI_CENT = 100;

    private final SimState state;

    public InstanceTransferRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("POST", "/portfolio/intra_exchange_instance_transfer", this::transfer),
                Route.signed("GET", "/portfolio/intra_exchange_instance_transfers", this::list),
                Route.signed("GET", "/portfolio/intra_exchange_instance_transfers/{transfer_id}", this::one));
    }

    private MarginedWallets wallets() {
        return state.reference().margined();
    }

    /** {@code {"source", "destination", "amount" (centi-cents), shards?, subaccounts?}} to {@code {"transfer_id"}}. */
    private RouteResponse transfer(Call call) {
        String member = call.memberId();
        JsonBody body = call.body();
        String source = instance(body, "source");
        String destination = instance(body, "destination");
        if (source.equals(destination)) {
            throw ApiException.invalid("source and destination must be different exchange instances"
                    + " (the simulator runs one shard)");
        }
        if (body.longInRange("source_exchange_shard", 0, 0, 100) != 0
                || body.longInRange("destination_exchange_shard", 0, 0, 100) != 0) {
            throw ApiException.invalid("the simulator runs one exchange shard: source and destination shards must be 0");
        }
        if (body.longInRange("source_subaccount", 0, 0, Long.MAX_VALUE) != 0
                || body.longInRange("destination_subaccount", 0, 0, Long.MAX_VALUE) != 0) {
            throw ApiException.invalid("subaccounts take part only in event contract to event contract transfers");
        }
        Long centiCents = body.optionalLong("amount");
        if (centiCents == null || centiCents <= 0 || centiCents > Long.MAX_VALUE / MICROS_PER_CENTI_CENT) {
            throw ApiException.invalid("amount is required: a positive number of centi-cents");
        }
        Money amount = Money.ofMicros(centiCents * MICROS_PER_CENTI_CENT);
        if (source.equals(EVENT_CONTRACT)) {
            Rejections.orThrow(state.exchange().deposit(member, amount.negate()));
            wallets().credit(member, amount);
        } else {
            if (!wallets().debit(member, amount)) {
                throw new ApiException(400, "insufficient_balance", "the margined instance holds "
                        + wallets().balance(member) + ", not " + amount);
            }
            EngineResult<?> credited = state.exchange().deposit(member, amount);
            if (!credited.isOk()) {
                wallets().credit(member, amount);
                Rejections.orThrow(credited);
            }
        }
        String id = UUID.nameUUIDFromBytes(("instance-transfer:" + member + ":" + wallets().count(member))
                .getBytes(StandardCharsets.UTF_8)).toString();
        wallets().record(member, new InstanceTransfer(id, source, destination, 0, 0, amount, "complete",
                state.clock().nowMillis() / 1000));
        return RouteResponse.ok(new Created(id));
    }

    /** Newest first; {@code limit} 1 to 500 (default 100). */
    private RouteResponse list(Call call) {
        Pagination.Page<InstanceTransfer> page = Pagination.page(wallets().transfers(call.memberId()), call.query(), 100,
                500, InstanceTransfer::transferId);
        return RouteResponse.ok(new Transfers(page.items(), page.cursor().isEmpty() ? null : page.cursor()));
    }

    private RouteResponse one(Call call) {
        String id = call.path("transfer_id");
        return RouteResponse.ok(new One(wallets().transfer(call.memberId(), id)
                .orElseThrow(() -> ApiException.notFound("transfer " + id + " not found"))));
    }

    private static String instance(JsonBody body, String name) {
        String value = body.text(name);
        if (!INSTANCES.contains(value)) {
            throw ApiException.invalid(name + " must be event_contract or margined, got \"" + value + "\"");
        }
        return value;
    }

    /** {@code IntraExchangeInstanceTransferResponse}. */
    record Created(@JsonProperty("transfer_id") String transferId) {
    }

    /** {@code GetIntraExchangeInstanceTransfersResponse}: {@code cursor} omitted on the last page, as documented. */
    record Transfers(@JsonProperty("transfers") List<InstanceTransfer> transfers, @JsonProperty("cursor") String cursor) {
    }

    /** {@code GetIntraExchangeInstanceTransferResponse}. */
    record One(@JsonProperty("transfer") InstanceTransfer transfer) {
    }
}
