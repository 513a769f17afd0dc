package dev.kalshisim.sim.engine.order;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.ledger.PositionState;

/**
 * The per-market position limit of {@link EngineLimits#maxPosition}: a member's position if every
 * one of its orders buying the same outcome filled must stay within the limit. Checking the worst
 * case when an order is placed or grown means no later fill can pass the limit.
 */
public final class PositionLimit {

    private PositionLimit() {
    }

    /**
     * A refusal message when adding {@code extra} hundredths to the member's orders buying
     * {@code side} in {@code market} could take its position past the limit, else null.
     * {@code replaced} is the remaining count of an order being amended (0 for a new order).
     */
    public static String problem(EngineLimits limits, Ledger ledger, Account account, MarketState market, OutcomeSide side,
            long extra, long replaced) {
        if (account.isLiquidity()) {
            return null;
        }
        PositionState position = account.existingPosition(market.ticker());
        long held = position == null ? 0 : position.count();
        long signed = side == OutcomeSide.YES ? held : -held;
        long resting = ledger.book(account, market).heldCount(side) - replaced;
        long worst = Math.addExact(Math.addExact(signed, resting), extra);
        long limit = limits.maxPosition();
        if (worst <= limit) {
            return null;
        }
        return "a position in " + market.ticker() + " may reach at most " + EngineLimits.contracts(limit)
                + " contracts counting resting orders; this order could reach " + EngineLimits.contracts(worst);
    }
}
