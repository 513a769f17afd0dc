package dev.kalshisim.sim.engine;

import org.junit.jupiter.api.Test;

/**
 * Subaccount scenarios in {@link ScenarioTest}'s style ({@link SubaccountScenario} adds
 * {@code alice/1} ledgers, transfers and locks to {@link Scenario}'s lines); the invariants, money
 * and contracts summed over every ledger, are checked after each test.
 */
class SubaccountScenarioTest extends EngineTestBase {

    private void scenario(String script) {
        new SubaccountScenario(this).run(script);
    }

    @Test
    void transferThenTradingOnBothLedgers() {
        scenario("""
                open alice                          -> 1
                transfer alice 0>1 100.00 as t1     -> ok
                cash alice 900
                cash alice/1 100
                transfer alice 0>1 100.00 as t1     -> rejected ALREADY_EXISTS
                transfer alice 1>0 100.01           -> rejected INSUFFICIENT_BALANCE
                transfer alice 1>1 1.00             -> rejected INVALID_PARAMETERS
                cash alice/1 100                    # the refusals changed nothing
                total alice 1000
                alice/1 bid 10 @0.40                -> resting 10
                reserved alice/1 4.168              # 10 x 0.40 + the fee 0.07 x 10 x 0.40 x 0.60
                reserved alice 0                    # the primary holds nothing for it
                bob ask 10 @0.40                    -> filled 10 executed
                position alice/1 10
                position alice 0
                cash alice/1 96                     # the maker pays 4.00 and no fee
                alice bid 5 @0.30                   -> resting 5
                carol ask 5 @0.30                   -> filled 5 executed
                position alice 5
                position alice/1 10
                cash alice 898.5
                fills alice/1 1
                fills alice/0 1
                # collateral comes from the order's own ledger: 150 needed, 96 there, 898.50 in the primary
                alice/1 bid 300 @0.50               -> rejected INSUFFICIENT_BALANCE
                alice bid 300 @0.50                 -> resting 300
                total alice 994.5
                """);
    }

    @Test
    void positionTransferThenSettlementPaysEachLedger() {
        scenario("""
                open alice                          -> 1
                transfer alice 0>1 100.00           -> ok
                alice/1 bid 10 @0.40                -> resting 10
                bob ask 10 @0.40                    -> filled 10 executed
                move alice 1>0 yes 11 @0.55         -> rejected INVALID_PARAMETERS
                move alice 1>0 no 1 @0.55           -> rejected INVALID_PARAMETERS
                move alice 1>0 yes 4 @0.55 as p1    -> ok
                move alice 1>0 yes 1 @0.55 as p1    -> rejected ALREADY_EXISTS
                position alice/1 6
                position alice 4
                cash alice/1 98.2                   # 96 + 4 x 0.55: closes 4 bought at 0.40, +0.60 realized
                cash alice 897.8                    # 900 - 2.20
                total alice 996
                settle yes
                position alice/1 0
                position alice 0
                cash alice/1 104.2                  # 6 winning contracts paid into the subaccount
                cash alice 901.8                    # 4 into the primary
                settlements alice/1 1
                settlements alice/0 1
                total alice 1006
                """);
    }

    @Test
    void settlementAdvanceLockCancelsAndStopsTrading() {
        scenario("""
                open alice                          -> 1
                transfer alice 0>1 50.00            -> ok
                alice/1 bid 10 @0.40                -> resting 10
                alice bid 2 @0.30                   -> resting 2
                lock alice 1                        -> ok
                book yes 0.3000x2.00 | no           # only the primary's order is left
                reserved alice/1 0
                alice/1 bid 1 @0.40                 -> rejected SUBACCOUNT_LOCKED
                lock alice 1                        -> rejected SUBACCOUNT_LOCKED
                transfer alice 1>0 10.00            -> ok
                cash alice/1 40
                unlock alice 1                      -> ok
                unlock alice 1                      -> rejected SUBACCOUNT_LOCKED
                alice/1 bid 1 @0.40                 -> resting 1
                """);
    }

    @Test
    void selfTradePreventionSpansSubaccountsUnlessScopedPerSubaccount() {
        scenario("""
                open alice                          -> 1
                transfer alice 0>1 100.00           -> ok
                alice ask 5 @0.50                   -> resting 5
                alice/1 bid 5 @0.50                 -> rejected SELF_CROSS_ATTEMPT
                alice/1 bid 5 @0.50 maker           -> resting 5
                book yes 0.5000x5.00 | no           # the primary's ask was canceled as the maker
                scope subaccount
                alice ask 5 @0.50                   -> filled 5 executed
                position alice -5
                position alice/1 5
                """);
    }

    @Test
    void unknownSubaccountsAreRefused() {
        scenario("""
                alice/1 bid 1 @0.40                 -> rejected SUBACCOUNT_NOT_FOUND
                transfer alice 0>1 1.00             -> rejected SUBACCOUNT_NOT_FOUND
                lock alice 2                        -> rejected SUBACCOUNT_NOT_FOUND
                open alice                          -> 1
                open alice                          -> 2
                open bob                            -> 1
                transfer alice 0>2 1.00             -> ok
                cash alice/2 1
                cash bob/1 0
                open nobody                         -> rejected MEMBER_NOT_FOUND
                """);
        for (int i = 3; i <= 63; i++) {
            exchange.createSubaccount(ALICE).orElseThrow();
        }
        scenario("""
                open alice                          -> rejected INVALID_PARAMETERS
                """);
    }
}
