package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.ApplySubaccountPositionTransferResponse;
import dev.kalshisim.core.wire.ApplySubaccountTransferResponse;
import dev.kalshisim.core.wire.CreateSubaccountResponse;
import dev.kalshisim.core.wire.GetSubaccountBalancesResponse;
import dev.kalshisim.core.wire.GetSubaccountNettingResponse;
import dev.kalshisim.core.wire.GetSubaccountTransfersResponse;
import dev.kalshisim.core.wire.LockSubaccountForSettlementAdvanceResponse;
import dev.kalshisim.core.wire.SubaccountBalance;
import dev.kalshisim.core.wire.SubaccountNettingConfig;
import dev.kalshisim.core.wire.SubaccountTransfer;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.subaccount.AppliedTransfer;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import dev.kalshisim.sim.engine.subaccount.SubaccountView;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.JsonBody;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /portfolio/subaccounts*}: create (201), balances, cash transfers and their listing, position
 * transfers, netting settings and the settlement-advance lock. Each subaccount is a ledger of its
 * own in the engine; everything here runs through it, so refusals are the engine's, in Kalshi's
 * error shape, and a refused call changes nothing.
 */
public final class SubaccountRoutes {

    /** The simulator runs every market on shard 0. */
    private static final int SHARD = 0;

    private final SimState state;

    public SubaccountRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("POST", "/portfolio/subaccounts", this::create),
                Route.signed("GET", "/portfolio/subaccounts/balances", this::balances),
                Route.signed("POST", "/portfolio/subaccounts/transfer", this::transferCash),
                Route.signed("GET", "/portfolio/subaccounts/transfers", this::transfers),
                Route.signed("POST", "/portfolio/subaccounts/positions/transfer", this::transferPosition),
                Route.signed("GET", "/portfolio/subaccounts/netting", this::netting),
                Route.signed("PUT", "/portfolio/subaccounts/netting", this::updateNetting),
                Route.signed("PUT", "/portfolio/subaccounts/settlement-advance-lock", this::lock),
                Route.signed("DELETE", "/portfolio/subaccounts/settlement-advance-lock", this::unlock));
    }

    private RouteResponse create(Call call) {
        // The body is optional (the official clients send {} or nothing); only its shard is read.
        JsonBody body = JsonBody.parseOptional(call.request().body());
        shard(body);
        SubaccountView created = Rejections.orThrow(state.exchange().createSubaccount(call.memberId()));
        return RouteResponse.created(new CreateSubaccountResponse(created.number()));
    }

    private RouteResponse balances(Call call) {
        List<SubaccountBalance> balances = views(call).stream()
                .map(view -> new SubaccountBalance(view.number(), SHARD, view.balance().available(),
                        view.balance().updatedTime().getEpochSecond()))
                .toList();
        return RouteResponse.ok(new GetSubaccountBalancesResponse(balances));
    }

    private RouteResponse netting(Call call) {
        List<SubaccountNettingConfig> configs = views(call).stream()
                .map(view -> new SubaccountNettingConfig(view.number(), view.nettingEnabled(), SHARD))
                .toList();
        return RouteResponse.ok(new GetSubaccountNettingResponse(configs));
    }

    private RouteResponse updateNetting(Call call) {
        JsonBody body = call.body();
        int subaccount = subaccountField(body, "subaccount_number");
        if (!body.has("enabled")) {
            throw ApiException.invalid("enabled is required");
        }
        boolean enabled = body.bool("enabled", true);
        Rejections.orThrow(state.exchange().setNetting(call.memberId(), subaccount, enabled));
        return new RouteResponse(200, null, Map.of()); // the spec's 200 has no body
    }

    private RouteResponse transferCash(Call call) {
        JsonBody body = call.body();
        Long amount = body.optionalLong("amount_cents");
        if (amount == null) {
            throw ApiException.invalid("amount_cents is required");
        }
        CashTransfer command = new CashTransfer(call.memberId(), clientTransferId(body),
                subaccountField(body, "from_subaccount"), subaccountField(body, "to_subaccount"), amount, shard(body));
        AppliedTransfer done = Rejections.orThrow(state.exchange().transferCash(command));
        return RouteResponse.ok(new ApplySubaccountTransferResponse(done.transferId()));
    }

    private RouteResponse transferPosition(Call call) {
        JsonBody body = call.body();
        String clientId = clientTransferId(body);
        int from = subaccountField(body, "from_subaccount");
        int to = subaccountField(body, "to_subaccount");
        String ticker = body.text("market_ticker");
        OutcomeSide side = body.parsedText("side", OutcomeSide::fromWire);
        Long count = body.optionalLong("count");
        if (count == null) {
            throw ApiException.invalid("count is required");
        }
        if (count <= 0 || count > Long.MAX_VALUE / 100) {
            throw ApiException.invalid("count must be a whole number of contracts above zero, got " + count);
        }
        Price price = body.parsedText("price", Price::parse);
        PositionTransfer command = new PositionTransfer(call.memberId(), clientId, from, to, ticker, side,
                Count.ofContracts(count), price);
        AppliedTransfer done = Rejections.orThrow(state.exchange().transferPosition(command));
        return RouteResponse.ok(new ApplySubaccountPositionTransferResponse(done.transferId()));
    }

    private RouteResponse transfers(Call call) {
        List<SubaccountTransfer> rows = state.exchange().subaccountTransfers(call.memberId()).stream()
                .map(SubaccountRoutes::row)
                .toList();
        Pagination.Page<SubaccountTransfer> page = Pagination.page(rows, call.query(), 100, 500,
                SubaccountTransfer::transferId);
        return RouteResponse.ok(new GetSubaccountTransfersResponse(page.items(), page.cursor()));
    }

    private RouteResponse lock(Call call) {
        JsonBody body = call.body();
        int subaccount = subaccountField(body, "subaccount_number");
        shard(body);
        String token = Rejections.orThrow(state.exchange().lockForSettlementAdvance(call.memberId(), subaccount));
        return RouteResponse.ok(new LockSubaccountForSettlementAdvanceResponse(token));
    }

    private RouteResponse unlock(Call call) {
        JsonBody body = call.body();
        int subaccount = subaccountField(body, "subaccount_number");
        shard(body);
        Rejections.orThrow(state.exchange().unlockForSettlementAdvance(call.memberId(), subaccount));
        return RouteResponse.ok(Map.of());
    }

    private List<SubaccountView> views(Call call) {
        return Rejections.orThrow(state.exchange().subaccounts(call.memberId()));
    }

    private static SubaccountTransfer row(AppliedTransfer transfer) {
        return new SubaccountTransfer(transfer.transferId(), transfer.from(), transfer.to(), transfer.amountCents(),
                transfer.createdTime().getEpochSecond(), transfer.exchangeIndex());
    }

    /** A required subaccount number, 0 to 63. */
    private static int subaccountField(JsonBody body, String name) {
        Long value = body.optionalLong(name);
        if (value == null) {
            throw ApiException.invalid(name + " is required");
        }
        if (value < 0 || value > AccountService.MAX_SUBACCOUNT) {
            throw ApiException.invalid(name + " must be 0 to " + AccountService.MAX_SUBACCOUNT + ", got " + value);
        }
        return value.intValue();
    }

    /** The request's {@code exchange_index}: 0 when omitted; the simulator has only shard 0. */
    private static int shard(JsonBody body) {
        return (int) body.longInRange("exchange_index", SHARD, SHARD, SHARD);
    }

    /** The required idempotency key, a UUID as the spec's format says. */
    private static String clientTransferId(JsonBody body) {
        String text = body.text("client_transfer_id");
        try {
            UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("client_transfer_id must be a UUID, got \"" + text + "\"");
        }
        return text;
    }
}
