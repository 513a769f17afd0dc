package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.Books;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderBook;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.PriceLevel;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.FeeRounding;
import dev.kalshisim.sim.engine.fee.RebateTiming;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Collateral;
import dev.kalshisim.sim.engine.ledger.CollateralBook;
import dev.kalshisim.sim.engine.ledger.HeldOrder;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;
import dev.kalshisim.sim.engine.retention.Retention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the engine's bookkeeping from scratch: money is conserved (fees counted net of rounding
 * rebates), open interest balances, no balance goes negative or off its precision, books are
 * uncrossed, and books, orders and collateral agree. Money and positions are summed over every
 * ledger (each member's primary and numbered subaccounts), so a transfer between subaccounts that
 * created or lost a micro-dollar or a contract shows here; net deposits over the ledgers must equal
 * the exchange's total, since a transfer moves deposits and never makes them.
 */
final class Invariants {

    private final RebateTiming rebateTiming;
    private final Catalog catalog;
    private final AccountService accounts;
    private final Ledger ledger;
    private final Collateral collateral;
    private final Books books;
    private final OrderRegistry registry;
    private final Retention retention;

    Invariants(RebateTiming rebateTiming, Catalog catalog, AccountService accounts, Ledger ledger,
            Collateral collateral, Books books, OrderRegistry registry, Retention retention) {
        this.rebateTiming = rebateTiming;
        this.catalog = catalog;
        this.accounts = accounts;
        this.ledger = ledger;
        this.collateral = collateral;
        this.books = books;
        this.registry = registry;
        this.retention = retention;
    }

    List<String> check() {
        List<String> violations = new ArrayList<>();
        checkMoney(violations);
        Map<String, Integer> restingByMember = new HashMap<>();
        for (MarketState market : catalog.allMarkets()) {
            checkMarket(market, violations, restingByMember);
        }
        for (Account account : accounts.all()) {
            String member = account.memberId();
            MemberOrders orders = registry.member(member);
            int open = orders == null ? 0 : orders.openOrderCount();
            int indexed = orders == null ? 0 : orders.resting().size();
            int resting = restingByMember.getOrDefault(member, 0);
            if (resting != open) {
                violations.add(member + ": open order count " + open + " but " + resting + " resting on books");
            }
            if (indexed != open) {
                violations.add(member + ": resting index holds " + indexed + " orders but " + open + " are open");
            }
            checkAccount(account, orders, violations);
            checkSubaccounts(member, violations);
        }
        retention.check(violations);
        return violations;
    }

    /** The member's numbered ledgers: numbered 1, 2, ... in order, each checked as an account is. */
    private void checkSubaccounts(String member, List<String> violations) {
        int expected = 0;
        for (Account ledger : accounts.ledgers(member)) {
            if (ledger.subaccount() != expected) {
                violations.add(member + ": subaccount " + ledger.subaccount() + " where " + expected + " was expected");
            }
            expected++;
            if (ledger.subaccount() != 0) {
                checkAccount(ledger, null, violations);
            }
        }
    }

    private void checkMoney(List<String> violations) {
        long cash = 0;
        long deposits = 0;
        for (Account account : accounts.ledgers()) {
            cash = Math.addExact(cash, account.cash());
            deposits = Math.addExact(deposits, account.deposits());
        }
        if (deposits != ledger.totalDeposits()) {
            violations.add("net deposits over all ledgers " + deposits + " != exchange total " + ledger.totalDeposits());
        }
        long locked = 0;
        for (MarketState market : catalog.allMarkets()) {
            locked = Math.addExact(locked, Math.multiplyExact(market.yesOpenInterest(), Ledger.PAYOUT_MICROS_PER_HUNDREDTH));
        }
        long total = Math.addExact(Math.addExact(cash, locked), ledger.feesCollected());
        if (total != ledger.totalDeposits()) {
            violations.add("money not conserved: cash " + cash + " + locked " + locked + " + fees "
                    + ledger.feesCollected() + " = " + total + " != deposits " + ledger.totalDeposits());
        }
        long parts = ledger.tradeFees() + ledger.roundingFees() - ledger.rebates() - ledger.feesWaived();
        if (parts != ledger.feesCollected()) {
            violations.add("fees collected " + ledger.feesCollected() + " != trade " + ledger.tradeFees() + " + rounding "
                    + ledger.roundingFees() + " - rebates " + ledger.rebates() + " - waived " + ledger.feesWaived());
        }
    }

    private void checkMarket(MarketState market, List<String> violations, Map<String, Integer> restingByMember) {
        long yes = 0;
        long no = 0;
        for (Account account : accounts.ledgers()) {
            PositionState position = account.existingPosition(market.ticker());
            if (position != null) {
                yes += Math.max(0, position.count());
                no += Math.max(0, -position.count());
            }
        }
        if (yes != no || yes != market.yesOpenInterest() || no != market.noOpenInterest()) {
            violations.add(market.ticker() + ": YES interest " + yes + " / NO interest " + no + " / tracked "
                    + market.yesOpenInterest() + "/" + market.noOpenInterest());
        }
        OrderBook book = books.of(market);
        PriceLevel bestYes = book.ladder(OutcomeSide.YES).best();
        PriceLevel bestNo = book.ladder(OutcomeSide.NO).best();
        if (bestYes != null && bestNo != null && bestYes.priceUnits() + bestNo.priceUnits() >= Price.SCALE) {
            violations.add(market.ticker() + ": book crossed, YES bid " + bestYes.priceUnits() + " + NO bid "
                    + bestNo.priceUnits());
        }
        for (OutcomeSide side : OutcomeSide.values()) {
            for (PriceLevel level : book.ladder(side).bestFirst()) {
                checkLevel(market, side, level, violations, restingByMember);
            }
        }
    }

    private void checkLevel(MarketState market, OutcomeSide side, PriceLevel level, List<String> violations,
            Map<String, Integer> restingByMember) {
        long sum = 0;
        String where = market.ticker() + ": " + side.wire() + " level " + level.priceUnits();
        if (level.isEmpty()) {
            violations.add(market.ticker() + ": empty " + side.wire() + " level " + level.priceUnits() + " kept");
        }
        for (BookOrder order : level.orders()) {
            sum += order.remainingCount();
            restingByMember.merge(order.memberId(), 1, Integer::sum);
            if (!order.isResting() || order.remainingCount() <= 0 || order.priceUnits() != level.priceUnits()
                    || order.side() != side || order.market() != market) {
                violations.add(market.ticker() + ": bad order on " + side.wire() + " level " + level.priceUnits()
                        + ": " + order);
            }
            Account owner = accounts.account(order.memberId(), order.subaccount());
            if (owner == null) {
                violations.add(order + " rests for a subaccount that does not exist");
                continue;
            }
            CollateralBook held = ledger.book(owner, market);
            if (!held.contains(order)) {
                violations.add(order + " rests without collateral held");
            }
            if (owner.isLocked()) {
                violations.add(order + " rests in a subaccount locked for settlement advance");
            }
        }
        if (sum != level.totalCount()) {
            violations.add(where + " total " + level.totalCount() + " but orders sum to " + sum);
        }
    }

    private void checkAccount(Account account, MemberOrders orders, List<String> violations) {
        String member = account.subaccount() == 0 ? account.memberId()
                : account.memberId() + "/" + account.subaccount();
        if (account.cash() < 0 || account.available() < 0) {
            violations.add(member + ": cash " + account.cash() + ", reserved " + account.reserved()
                    + ": negative balance");
        }
        // Fills move cash in whole units of the member's precision and payouts are whole cents, so
        // cash stays as aligned as the deposits left it.
        if (Math.floorMod(account.cash() - account.deposits(), account.balancePrecision()) != 0) {
            violations.add(member + ": cash " + account.cash() + " minus deposits " + account.deposits()
                    + " is not a multiple of the balance precision " + account.balancePrecision());
        }
        if (orders != null) {
            for (BookOrder order : orders.resting()) {
                // Rebates as accrued keep it within a cent; rebates a fill must absorb may carry more.
                long most = rebateTiming == RebateTiming.AS_ACCRUED ? FeeRounding.CENT : Long.MAX_VALUE;
                long accumulator = order.roundingAccumulator();
                if (accumulator < 0 || accumulator > most) {
                    violations.add(order + ": rounding accumulator " + accumulator + " outside [0, " + most + "]");
                }
            }
        }
        long reserved = 0;
        for (PositionState position : account.positions()) {
            Collection<HeldOrder> held = ledger.book(account, position.market()).orders();
            for (HeldOrder order : held) {
                if (!order.isResting()) {
                    violations.add(member + ": collateral held for " + order);
                }
            }
            long required = collateral.required(position.market(), held, position.count());
            if (required != position.reserved()) {
                violations.add(member + " in " + position.market().ticker() + ": reserved " + position.reserved()
                        + " but orders need " + required);
            }
            reserved += position.reserved();
        }
        if (reserved != account.reserved()) {
            violations.add(member + ": reserved " + account.reserved() + " but markets sum to " + reserved);
        }
    }
}
