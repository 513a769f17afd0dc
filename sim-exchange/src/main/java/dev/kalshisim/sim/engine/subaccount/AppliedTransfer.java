package dev.kalshisim.sim.engine.subaccount;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.time.Instant;

/**
 * One applied transfer between a member's subaccounts, as {@code GET /portfolio/subaccounts/transfers}
 * lists it. A position transfer also moves cash (the destination pays the source the transfer value);
 * {@code amountCents} is that value, floored to whole cents.
 *
 * @param transferId the server's id ({@code position_transfer_id} for a position transfer)
 * @param type cash or position
 * @param ticker the market of a position transfer, else null
 * @param side the side moved, else null
 * @param count contracts moved, else null
 * @param yesPrice the YES transfer price, else null
 */
public record AppliedTransfer(String transferId, Type type, int from, int to, long amountCents,
        Instant createdTime, int exchangeIndex, String ticker, OutcomeSide side, Count count, Price yesPrice) {

    /** The two kinds Kalshi lists ({@code transfer_type}). */
    public enum Type {
        CASH, POSITION;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
