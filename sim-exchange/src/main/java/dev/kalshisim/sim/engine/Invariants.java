package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the engine's bookkeeping from scratch: money is conserved (fees counted net of rounding
 * rebates), open interest balances, no balance goes negative or off its precision, books are
 * uncrossed, and books, orders and collateral agree.
 */
final class Invariants {

    private final EngineState state;
    private final Retention retention;

    Invariants(EngineState state, Retention retention) {
        this.state = state;
        this.retention = retention;
    }

    List<String> check() {
        List<String> violations = new ArrayList<>();
        checkMoney(violations);
        Map<String, Integer> restingByMember = new HashMap<>();
        for (MarketState market : state.catalog.allMarkets()) {
            checkMarket(market, violations, restingByMember);
        }
        for (Account account : state.accounts.values()) {
            int resting = restingByMember.getOrDefault(account.memberId, 0);
            if (resting != account.openOrderCount) {
                violations.add(account.memberId + ": open order count " + account.openOrderCount + " but " + resting
                        + " resting on books");
            }
            if (account.restingByAcceptance.size() != account.openOrderCount) {
                violations.add(account.memberId + ": resting index holds " + account.restingByAcceptance.size()
                        + " orders but " + account.openOrderCount + " are open");
            }
            checkAccount(account, violations);
        }
        retention.check(violations);
        return violations;
    }

    private void checkMoney(List<String> violations) {
        long cash = 0;
        for (Account account : state.accounts.values()) {
            cash = Math.addExact(cash, account.cash);
        }
        long locked = 0;
        for (MarketState market : state.catalog.allMarkets()) {
            locked = Math.addExact(locked, Math.multiplyExact(market.yesOpenInterest, Ledger.PAYOUT_MICROS_PER_HUNDREDTH));
        }
        long total = Math.addExact(Math.addExact(cash, locked), state.ledger.feesCollected());
        if (total != state.ledger.totalDeposits()) {
            violations.add("money not conserved: cash " + cash + " + locked " + locked + " + fees "
                    + state.ledger.feesCollected() + " = " + total + " != deposits " + state.ledger.totalDeposits());
        }
        Ledger ledger = state.ledger;
        long parts = ledger.tradeFees() + ledger.roundingFees() - ledger.rebates() - ledger.feesWaived();
        if (parts != ledger.feesCollected()) {
            violations.add("fees collected " + ledger.feesCollected() + " != trade " + ledger.tradeFees() + " + rounding "
                    + ledger.roundingFees() + " - rebates " + ledger.rebates() + " - waived " + ledger.feesWaived());
        }
    }

    private void checkMarket(MarketState market, List<String> violations, Map<String, Integer> restingByMember) {
        long yes = 0;
        long no = 0;
        for (Account account : state.accounts.values()) {
            PositionState position = account.positions.get(market.ticker);
            if (position != null) {
                yes += Math.max(0, position.count);
                no += Math.max(0, -position.count);
            }
        }
        if (yes != no || yes != market.yesOpenInterest || no != market.noOpenInterest) {
            violations.add(market.ticker + ": YES interest " + yes + " / NO interest " + no + " / tracked "
                    + market.yesOpenInterest + "/" + market.noOpenInterest);
        }
        PriceLevel bestYes = market.book.ladder(OutcomeSide.YES).best();
        PriceLevel bestNo = market.book.ladder(OutcomeSide.NO).best();
        if (bestYes != null && bestNo != null && bestYes.priceUnits + bestNo.priceUnits >= Price.SCALE) {
            violations.add(market.ticker + ": book crossed, YES bid " + bestYes.priceUnits + " + NO bid "
                    + bestNo.priceUnits);
        }
        for (OutcomeSide side : OutcomeSide.values()) {
            for (PriceLevel level : market.book.ladder(side).bestFirst()) {
                checkLevel(market, side, level, violations, restingByMember);
            }
        }
    }

    private void checkLevel(MarketState market, OutcomeSide side, PriceLevel level, List<String> violations,
            Map<String, Integer> restingByMember) {
        long sum = 0;
        if (level.isEmpty()) {
            violations.add(market.ticker + ": empty " + side.wire() + " level " + level.priceUnits + " kept");
        }
        for (OrderState order : level.orders()) {
            sum += order.remainingCount;
            restingByMember.merge(order.memberId, 1, Integer::sum);
            if (!order.isResting() || order.remainingCount <= 0 || order.priceUnits != level.priceUnits
                    || order.side != side || order.market != market) {
                violations.add(market.ticker + ": bad order on " + side.wire() + " level " + level.priceUnits + ": "
                        + order);
            }
            CollateralBook held = state.ledger.book(state.accounts.get(order.memberId), market);
            if (!held.contains(order)) {
                violations.add(order + " rests without collateral held");
            }
        }
        if (sum != level.totalCount()) {
            violations.add(market.ticker + ": " + side.wire() + " level " + level.priceUnits + " total "
                    + level.totalCount() + " but orders sum to " + sum);
        }
    }

    private void checkAccount(Account account, List<String> violations) {
        if (account.cash < 0 || account.available() < 0) {
            violations.add(account.memberId + ": cash " + account.cash + ", reserved " + account.reserved
                    + ": negative balance");
        }
        // Fills move cash in whole units of the member's precision and payouts are whole cents, so
        // cash stays as aligned as the deposits left it.
        if (Math.floorMod(account.cash - account.deposits, account.balancePrecision) != 0) {
            violations.add(account.memberId + ": cash " + account.cash + " minus deposits " + account.deposits
                    + " is not a multiple of the balance precision " + account.balancePrecision);
        }
        for (OrderState order : account.restingByAcceptance.values()) {
            // Rebates as accrued keep it within a cent; rebates a fill must absorb may carry more.
            long most = state.config.rebateTiming() == RebateTiming.AS_ACCRUED ? FeeRounding.CENT : Long.MAX_VALUE;
            if (order.roundingAccumulator < 0 || order.roundingAccumulator > most) {
                violations.add(order + ": rounding accumulator " + order.roundingAccumulator + " outside [0, " + most + "]");
            }
        }
        long reserved = 0;
        for (PositionState position : account.positions.values()) {
            Collection<OrderState> orders = state.ledger.book(account, position.market).orders();
            for (OrderState order : orders) {
                if (!order.isResting()) {
                    violations.add(account.memberId + ": collateral held for " + order);
                }
            }
            long required = state.collateral.required(position.market, orders, position.count);
            if (required != position.reserved) {
                violations.add(account.memberId + " in " + position.market.ticker + ": reserved " + position.reserved
                        + " but orders need " + required);
            }
            reserved += position.reserved;
        }
        if (reserved != account.reserved) {
            violations.add(account.memberId + ": reserved " + account.reserved + " but markets sum to " + reserved);
        }
    }
}
