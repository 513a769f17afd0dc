package dev.kalshisim.sim.engine;

import org.junit.jupiter.api.Test;

/**
 * Feature-file style scenarios: orders in, outcomes, book and balances out. {@link Scenario} runs
 * each line and asserts its expectation (the part after {@code ->}, and every book, position,
 * cash, reserved and queue line), naming the line that failed.
 */
class ScenarioTest extends EngineTestBase {

    private void scenario(String script) {
        new Scenario(this).run(script);
    }

    @Test
    void sweepAcrossLevelsAtMakerPrices() {
        scenario("""
                alice bid 10 @0.40            -> resting 10
                alice bid 5 @0.42             -> resting 5
                carol bid 3 @0.42             -> resting 3
                bob ask 12 @0.41              -> filled 8 resting 4
                book yes 0.4000x10.00 | no 0.5900x4.00
                position bob -8
                position alice 5
                # bob's trade fees ceil(0.07 x 5 x 0.58 x 0.42) = 0.0853 and 0.0512; the fills floor to
                # -2.99 (0.0047 rounding) and -1.80 (0.0088): 0.0135 accumulated exceeds $0.01, so the
                # second fill gets 0.01 back: 1000 - 2.99 - 1.79, as one fill of 8 would cost
                cash bob 995.22
                reserved bob 2.43              # 4 x 0.59 + 0.07 x 4 x 0.25 (worst case at $0.50)
                """);
    }

    @Test
    void timeInForceAndPostOnly() {
        scenario("""
                bob ask 3 @0.50               -> resting 3
                alice bid 5 @0.50 fok         -> rejected FOK_INSUFFICIENT_VOLUME
                alice bid 5 @0.50 post        -> rejected POST_ONLY_CROSS
                alice bid 5 @0.50 ioc         -> filled 3 canceled
                alice bid 5 @0.49 ioc         -> canceled
                book yes | no
                reserved alice 0
                """);
    }

    @Test
    void amendDecreaseAndQueuePriority() {
        scenario("""
                alice bid 5 @0.40 as a1       -> resting 5
                bob bid 5 @0.40 as b1         -> resting 5
                queue b1 5
                decrease alice a1 by 2        -> reduced 2
                queue a1 0
                queue b1 3
                amend alice a1 @0.40 total 4  -> resting 4
                queue a1 5
                amend alice a1 @0.41 total 4  -> resting 4
                queue a1 0
                carol ask 6 @0.40             -> filled 6 executed
                book yes 0.4000x3.00 | no
                cancel bob b1                 -> reduced 3
                cancel bob b1                 -> rejected ORDER_NOT_RESTING
                """);
    }

    @Test
    void expiryPauseAndSettlement() {
        scenario("""
                alice bid 10 @0.60 exp=5s as a1  -> resting 10
                bob ask 4 @0.60                  -> filled 4 executed
                advance 5s
                book yes | no
                reserved alice 0
                pause trading
                alice bid 1 @0.30                -> rejected EXCHANGE_PAUSED
                resume trading
                bob ask 2 @0.70 as b2            -> resting 2
                settle yes
                book yes | no
                position alice 0
                cash alice 1001.6                # 1000 - 2.40 + 4.00
                """);
    }

    @Test
    void selfTradePreventionModes() {
        scenario("""
                carol ask 5 @0.54                -> resting 5
                alice ask 5 @0.55 as own         -> resting 5
                alice bid 7 @0.55                -> filled 5 canceled
                alice bid 7 @0.55                -> rejected SELF_CROSS_ATTEMPT
                alice bid 7 @0.55 maker          -> resting 7
                book yes 0.5500x7.00 | no
                """);
    }

    @Test
    void orderGroupTriggersAtItsLimitAndResets() {
        scenario("""
                group alice g1 10                       -> ok
                alice bid 6 @0.40 og=g1 as a1           -> resting 6
                alice bid 8 @0.39 og=g1 as a2           -> resting 8
                alice bid 3 @0.30 as free               -> resting 3     # outside the group
                groupstate g1 open matched 0 orders 2
                bob ask 6 @0.40                         -> filled 6 executed
                groupstate g1 open matched 6 orders 1
                # 6 + 4 reaches the limit of 10: a2's remaining 4 and every other order of the group go
                bob ask 4 @0.39                         -> filled 4 executed
                groupstate g1 triggered matched 10 orders 0
                book yes 0.3000x3.00 | no
                alice bid 1 @0.35 og=g1                 -> rejected ORDER_GROUP_LIMIT_EXCEEDED
                alice bid 1 @0.35 og=nope               -> rejected ORDER_GROUP_NOT_FOUND_FOR_ORDER
                bob bid 1 @0.35 og=g1                   -> rejected ORDER_GROUP_NOT_FOUND_FOR_ORDER
                position alice 10
                reserved alice 0.9441                   # only the 3 outside the group: 3 x 0.30 + 0.07 x 3 x 0.30 x 0.70
                reset alice g1                          -> ok
                groupstate g1 open matched 0 orders 0
                alice bid 2 @0.35 og=g1                 -> resting 2
                """);
    }

    @Test
    void anIncomingOrderStopsMatchingWhenItsGroupTriggers() {
        scenario("""
                bob ask 3 @0.50                         -> resting 3
                bob ask 3 @0.51                         -> resting 3
                bob ask 3 @0.52                         -> resting 3
                group alice g1 5                        -> ok
                alice bid 9 @0.52 og=g1                 -> filled 6 canceled
                groupstate g1 triggered matched 6 orders 0
                book yes | no 0.4800x3.00
                alice bid 5 @0.52 og=g1 fok             -> rejected ORDER_GROUP_LIMIT_EXCEEDED
                """);
    }

    @Test
    void orderGroupOnDemandTriggerLimitAndDelete() {
        scenario("""
                group alice g1 100                      -> ok
                alice bid 5 @0.40 og=g1                 -> resting 5
                alice ask 5 @0.60 og=g1                 -> resting 5
                trigger alice g1                        -> ok
                book yes | no
                groupstate g1 triggered matched 0 orders 0
                alice bid 5 @0.40 og=g1                 -> rejected ORDER_GROUP_LIMIT_EXCEEDED
                reset alice g1                          -> ok
                alice bid 5 @0.40 og=g1                 -> resting 5
                carol ask 5 @0.40                       -> filled 5 executed
                alice bid 5 @0.40 og=g1                 -> resting 5
                # lowering the limit to what already matched triggers the group at once
                limit alice g1 5                        -> ok
                groupstate g1 triggered matched 5 orders 0
                limit bob g1 50                         -> rejected ORDER_GROUP_NOT_FOUND
                reset alice g1                          -> ok
                alice bid 2 @0.41 og=g1                 -> resting 2
                delete alice g1                         -> ok
                book yes | no
                alice bid 2 @0.41 og=g1                 -> rejected ORDER_GROUP_NOT_FOUND_FOR_ORDER
                trigger alice g1                        -> rejected ORDER_GROUP_NOT_FOUND
                """);
    }

    @Test
    void theLimitCountsARollingWindow() {
        scenario("""
                group alice g1 10                       -> ok
                alice bid 20 @0.40 og=g1 as a1          -> resting 20
                bob ask 6 @0.40                         -> filled 6 executed
                advance 10s
                bob ask 3 @0.40                         -> filled 3 executed
                groupstate g1 open matched 9 orders 1
                advance 6s                              # the first 6 left the 15 s window
                groupstate g1 open matched 3 orders 1
                bob ask 6 @0.40                         -> filled 6 executed
                groupstate g1 open matched 9 orders 1
                bob ask 1 @0.40                         -> filled 1 executed
                groupstate g1 triggered matched 10 orders 0
                """);
    }
}
