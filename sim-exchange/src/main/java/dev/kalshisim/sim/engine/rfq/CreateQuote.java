package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * A member quotes an RFQ: it bids {@code yesBid} to buy YES and {@code noBid} to buy NO, each for the
 * RFQ's whole size; a zero bid declines that side, but not both.
 */
public record CreateQuote(String memberId, String rfqId, Price yesBid, Price noBid, boolean restRemainder,
                          boolean postOnly, int subaccount) {

    public CreateQuote {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(rfqId, "rfqId");
        Objects.requireNonNull(yesBid, "yesBid");
        Objects.requireNonNull(noBid, "noBid");
    }
}
