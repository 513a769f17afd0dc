package dev.kalshisim.sim.engine.subaccount;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.order.OrderCanceller;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member's subaccounts: opens them, moves cash and positions between them, keeps their netting
 * settings and settlement-advance locks. Every refusal comes before the first change, so a refused
 * transfer changes nothing; an applied one moves money and contracts from one ledger to another and
 * creates none (the engine's invariants check it).
 */
public final class SubaccountService {

    /** A cent in micro-dollars. */
    private static final long MICROS_PER_CENT = 10_000L;

    private final Clock clock;
    private final EventSink sink;
    private final EngineLimits limits;
    private final Catalog catalog;
    private final AccountService accounts;
    private final Ledger ledger;
    private final OrderCanceller canceller;
    /** Per member, its transfers oldest first. */
    private final Map<String, List<AppliedTransfer>> transfers = new HashMap<>();
    /** Per member, the client transfer ids it has used (cash and position share one space). */
    private final Map<String, Set<String>> clientIds = new HashMap<>();
    /** Counts ids handed out, so transfer ids and lock tokens are unique and reproducible. */
    private long issued;

    public SubaccountService(Clock clock, EventSink sink, EngineLimits limits, Catalog catalog,
            AccountService accounts, Ledger ledger, OrderCanceller canceller) {
        this.clock = clock;
        this.sink = sink;
        this.limits = limits;
        this.catalog = catalog;
        this.accounts = accounts;
        this.ledger = ledger;
        this.canceller = canceller;
    }

    public EngineResult<SubaccountView> create(String memberId) {
        return accounts.openSubaccount(memberId).map(SubaccountService::view);
    }

    /** The member's ledgers, primary first. */
    public EngineResult<List<SubaccountView>> list(String memberId) {
        if (accounts.account(memberId) == null) {
            return memberNotFound(memberId);
        }
        List<SubaccountView> out = new ArrayList<>();
        for (Account account : accounts.ledgers(memberId)) {
            out.add(view(account));
        }
        return EngineResult.ok(out);
    }

    public EngineResult<AppliedTransfer> transferCash(CashTransfer command) {
        EngineResult<Ledgers> pair = pair(command.memberId(), command.from(), command.to(),
                command.clientTransferId());
        if (!pair.isOk()) {
            return EngineResult.rejected(pair.reject(), pair.message());
        }
        Account from = pair.value().from();
        Account to = pair.value().to();
        if (command.amountCents() <= 0) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "amount_cents must be above zero, got " + command.amountCents());
        }
        if (command.amountCents() > limits.maxBalanceMicros() / MICROS_PER_CENT) {
            return EngineResult.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED,
                    "a transfer may be at most " + EngineLimits.dollars(limits.maxBalanceMicros()));
        }
        long micros = command.amountCents() * MICROS_PER_CENT;
        if (micros > from.available()) {
            return EngineResult.rejected(RejectReason.INSUFFICIENT_BALANCE, "cannot transfer "
                    + EngineLimits.dollars(micros) + " from subaccount " + command.from() + ", available "
                    + EngineLimits.dollars(from.available()));
        }
        if (to.cash() > limits.maxBalanceMicros() - micros) {
            return EngineResult.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED, "a balance may be at most "
                    + EngineLimits.dollars(limits.maxBalanceMicros()));
        }
        long now = clock.nowNanos();
        ledger.transferCash(from, to, micros, now);
        return EngineResult.ok(record(command.memberId(), command.clientTransferId(), new AppliedTransfer(
                nextId(command.memberId(), "cash"), AppliedTransfer.Type.CASH, command.from(), command.to(),
                command.amountCents(), Times.instant(now), command.exchangeIndex(), null, null, null, null)));
    }

    public EngineResult<AppliedTransfer> transferPosition(PositionTransfer command) {
        EngineResult<Ledgers> pair = pair(command.memberId(), command.from(), command.to(),
                command.clientTransferId());
        if (!pair.isOk()) {
            return EngineResult.rejected(pair.reject(), pair.message());
        }
        Account from = pair.value().from();
        Account to = pair.value().to();
        if (from.isLocked() || to.isLocked()) {
            return EngineResult.rejected(RejectReason.SUBACCOUNT_LOCKED, "subaccount "
                    + (from.isLocked() ? command.from() : command.to()) + " is locked for settlement advance");
        }
        MarketState market = catalog.market(command.ticker());
        if (market == null) {
            return EngineResult.rejected(RejectReason.MARKET_NOT_FOUND, "market " + command.ticker() + " not found");
        }
        long count = command.count().hundredths();
        if (count <= 0) {
            return EngineResult.rejected(RejectReason.INVALID_COUNT, "count must be above zero, got " + command.count());
        }
        OutcomeSide side = command.side();
        long held = held(from, market, side);
        if (held < count) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "subaccount " + command.from() + " holds "
                    + Count.ofHundredths(held) + " " + side.wire() + " in " + market.ticker() + ", fewer than "
                    + command.count());
        }
        long sidePrice = side.fromYesPrice(command.yesPrice()).units();
        // Each leg moves price x count; it must land on the ledgers' balance precision ($0.01 for members
        // that are not direct members), as every fill's balance change does.
        long value = Math.multiplyExact(sidePrice, count);
        if (Math.floorMod(value, from.balancePrecision()) != 0) {
            return EngineResult.rejected(RejectReason.INVALID_PRICE, "price " + command.yesPrice()
                    + " moves " + EngineLimits.dollars(value) + ", not a multiple of the balance precision");
        }
        String overLimit = positionLimitProblem(to, market, side, count);
        if (overLimit != null) {
            return EngineResult.rejected(RejectReason.POSITION_LIMIT_EXCEEDED, overLimit);
        }
        if (ledger.availableAfter(to, market, side, sidePrice, count) < 0) {
            return EngineResult.rejected(RejectReason.INSUFFICIENT_BALANCE, "subaccount " + command.to()
                    + " cannot pay " + EngineLimits.dollars(value) + " for the position, available "
                    + EngineLimits.dollars(to.available()));
        }
        if (ledger.availableAfter(from, market, side.opposite(), Price.SCALE - sidePrice, count) < 0) {
            return EngineResult.rejected(RejectReason.INSUFFICIENT_BALANCE, "subaccount " + command.from()
                    + " would lack collateral for its resting orders without the position");
        }
        long now = clock.nowNanos();
        ledger.transferPosition(from, to, market, side, sidePrice, count, now);
        emitPosition(from, market, now);
        emitPosition(to, market, now);
        return EngineResult.ok(record(command.memberId(), command.clientTransferId(), new AppliedTransfer(
                nextId(command.memberId(), "position"), AppliedTransfer.Type.POSITION, command.from(),
                command.to(), Math.floorDiv(value, MICROS_PER_CENT), Times.instant(now), WireRecords.EXCHANGE_INDEX,
                market.ticker(), side, command.count(), command.yesPrice())));
    }

    /** The member's transfers, newest first. */
    public List<AppliedTransfer> transfers(String memberId) {
        List<AppliedTransfer> out = new ArrayList<>(transfers.getOrDefault(memberId, List.of()));
        java.util.Collections.reverse(out);
        return out;
    }

    public EngineResult<SubaccountView> setNetting(String memberId, int subaccount, boolean enabled) {
        EngineResult<Account> found = ledgerOf(memberId, subaccount);
        if (!found.isOk()) {
            return EngineResult.rejected(found.reject(), found.message());
        }
        accounts.setNetting(found.value(), enabled);
        return EngineResult.ok(view(found.value()));
    }

    /**
     * Locks the ledger for settlement advance: cancels its resting orders and refuses new ones until
     * unlocked. Returns the new state token.
     */
    public EngineResult<String> lock(String memberId, int subaccount) {
        EngineResult<Account> found = ledgerOf(memberId, subaccount);
        if (!found.isOk()) {
            return EngineResult.rejected(found.reject(), found.message());
        }
        Account account = found.value();
        if (account.isLocked()) {
            return EngineResult.rejected(RejectReason.SUBACCOUNT_LOCKED, "subaccount " + subaccount
                    + " is already locked for settlement advance");
        }
        canceller.cancelLedger(memberId, subaccount);
        accounts.setLocked(account, true);
        return EngineResult.ok(nextId(memberId, "lock/" + subaccount));
    }

    /** Unlocks the ledger. The simulator pays no settlement advances, so none is ever outstanding. */
    public EngineResult<SubaccountView> unlock(String memberId, int subaccount) {
        EngineResult<Account> found = ledgerOf(memberId, subaccount);
        if (!found.isOk()) {
            return EngineResult.rejected(found.reject(), found.message());
        }
        Account account = found.value();
        if (!account.isLocked()) {
            return EngineResult.rejected(RejectReason.SUBACCOUNT_LOCKED, "subaccount " + subaccount
                    + " is not locked for settlement advance");
        }
        accounts.setLocked(account, false);
        return EngineResult.ok(view(account));
    }

    /** A transfer's source and destination ledgers. */
    private record Ledgers(Account from, Account to) {
    }

    /** The two ledgers of a transfer, checked: the member, both subaccounts, distinct, and a fresh client id. */
    private EngineResult<Ledgers> pair(String memberId, int fromNumber, int toNumber, String clientTransferId) {
        EngineResult<Account> from = ledgerOf(memberId, fromNumber);
        if (!from.isOk()) {
            return EngineResult.rejected(from.reject(), from.message());
        }
        EngineResult<Account> to = ledgerOf(memberId, toNumber);
        if (!to.isOk()) {
            return EngineResult.rejected(to.reject(), to.message());
        }
        if (fromNumber == toNumber) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "from_subaccount and to_subaccount must differ, both are " + fromNumber);
        }
        if (clientTransferId.isBlank()) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "client_transfer_id is required");
        }
        if (clientIds.getOrDefault(memberId, Set.of()).contains(clientTransferId)) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS,
                    "client_transfer_id " + clientTransferId + " was already used");
        }
        return EngineResult.ok(new Ledgers(from.value(), to.value()));
    }

    private EngineResult<Account> ledgerOf(String memberId, int subaccount) {
        if (accounts.account(memberId) == null) {
            return memberNotFound(memberId);
        }
        Account account = accounts.account(memberId, subaccount);
        return account == null ? AccountService.subaccountNotFound(subaccount) : EngineResult.ok(account);
    }

    /** Contracts of {@code side} the ledger holds in {@code market}. */
    private static long held(Account account, MarketState market, OutcomeSide side) {
        PositionState position = account.existingPosition(market.ticker());
        long count = position == null ? 0 : position.count();
        return side == OutcomeSide.YES ? Math.max(0, count) : Math.max(0, -count);
    }

    /** The destination's worst case on {@code side} (position plus resting orders) must stay within the limit. */
    private String positionLimitProblem(Account to, MarketState market, OutcomeSide side, long count) {
        PositionState position = to.existingPosition(market.ticker());
        long held = position == null ? 0 : position.count();
        long signed = side == OutcomeSide.YES ? held : -held;
        long worst = Math.addExact(Math.addExact(signed, count), ledger.book(to, market).heldCount(side));
        if (worst <= limits.maxPosition()) {
            return null;
        }
        return "a position in " + market.ticker() + " may reach at most " + EngineLimits.contracts(limits.maxPosition())
                + " contracts counting resting orders; this transfer could reach " + EngineLimits.contracts(worst);
    }

    private AppliedTransfer record(String memberId, String clientTransferId, AppliedTransfer transfer) {
        clientIds.computeIfAbsent(memberId, id -> new HashSet<>()).add(clientTransferId);
        transfers.computeIfAbsent(memberId, id -> new ArrayList<>()).add(transfer);
        return transfer;
    }

    private void emitPosition(Account account, MarketState market, long now) {
        PositionState position = account.position(market);
        sink.emit(new ExchangeEvent.PositionUpdated(sink.nextSequence(), now, account.memberId(),
                WireRecords.position(position), Count.ofHundredths(position.volume()), account.subaccount()));
    }

    /** A UUID unique to this engine's history: the same commands give the same ids. */
    private String nextId(String memberId, String kind) {
        issued++;
        return UUID.nameUUIDFromBytes((memberId + "/" + kind + "/" + issued).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static SubaccountView view(Account account) {
        return new SubaccountView(account.subaccount(), AccountService.balanceOf(account), account.nettingEnabled(),
                account.isLocked());
    }

    private static <T> EngineResult<T> memberNotFound(String memberId) {
        return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + memberId + " not found");
    }
}
