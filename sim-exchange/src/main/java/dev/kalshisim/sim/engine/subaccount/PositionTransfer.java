package dev.kalshisim.sim.engine.subaccount;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import java.util.Objects;

/**
 * Moves part of a position between two of a member's ledgers
 * ({@code POST /portfolio/subaccounts/positions/transfer}), priced like a trade between them.
 *
 * @param memberId the member owning both ledgers
 * @param clientTransferId the member's idempotency key; a second transfer with it is refused
 * @param from the source subaccount, which must hold {@code count} of {@code side}
 * @param to the destination subaccount
 * @param ticker the market
 * @param side the side of the holding that moves
 * @param count contracts to move, above zero
 * @param yesPrice the transfer price per contract, always on the YES leg (a NO contract moves at 1 - price)
 */
public record PositionTransfer(String memberId, String clientTransferId, int from, int to, String ticker,
        OutcomeSide side, Count count, Price yesPrice) {

    public PositionTransfer {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(clientTransferId, "clientTransferId");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(yesPrice, "yesPrice");
    }
}
