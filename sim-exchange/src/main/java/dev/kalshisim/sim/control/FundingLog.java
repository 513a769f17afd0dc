package dev.kalshisim.sim.control;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.reference.Funding;
import dev.kalshisim.sim.server.state.SimState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The member's funding history behind {@code GET /portfolio/deposits} and {@code /withdrawals}:
 * every cash movement the control plane makes (the opening balance, deposits, negative deposits
 * as withdrawals) is one applied ACH movement, finalized when made. Whole cents, as the wire has
 * them; sub-cent remainders are left out of the record (never out of the balance).
 */
final class FundingLog {

    private FundingLog() {
    }

    static void record(SimState state, String memberId, Money amount) {
        long cents = Math.abs(amount.micros()) / 10_000L;
        if (cents == 0) {
            return;
        }
        long now = state.clock().nowMillis() / 1000;
        boolean deposit = amount.micros() > 0;
        String kind = deposit ? "deposit" : "withdrawal";
        int earlier = (deposit ? state.reference().deposits(memberId) : state.reference().withdrawals(memberId)).size();
        // Not SimState.newId: that would shift every id the simulator hands out after a deposit.
        String id = UUID.nameUUIDFromBytes((kind + ":" + memberId + ":" + earlier).getBytes(StandardCharsets.UTF_8))
                .toString();
        Funding movement = new Funding(id, "applied", "ach", cents, 0, now, now);
        if (deposit) {
            state.reference().addDeposit(memberId, movement);
        } else {
            state.reference().addWithdrawal(memberId, movement);
        }
    }
}
