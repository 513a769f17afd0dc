package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.OutcomeSide;
import java.time.Instant;
import java.util.Objects;

/**
 * A member proposes a block trade: {@code buyerId} buys {@code count} hundredths of YES at
 * {@code priceUnits} (1/10,000 $) from {@code sellerId}, who buys the NO side at the complement.
 *
 * @param makerSide whose fee is the maker's: YES the buyer's, NO the seller's
 * @param expiration when the proposal lapses unless both parties accepted
 */
public record ProposeBlockTrade(String proposerId, String buyerId, int buyerSubaccount, String sellerId,
                                int sellerSubaccount, String ticker, long priceUnits, long count,
                                OutcomeSide makerSide, Instant expiration) {

    public ProposeBlockTrade {
        Objects.requireNonNull(proposerId, "proposerId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(makerSide, "makerSide");
        Objects.requireNonNull(expiration, "expiration");
    }
}
