package dev.kalshisim.sim.engine.subaccount;

import java.util.Objects;

/**
 * Moves cash between two of a member's ledgers ({@code POST /portfolio/subaccounts/transfer}).
 *
 * @param memberId the member owning both ledgers
 * @param clientTransferId the member's idempotency key; a second transfer with it is refused
 * @param from the source subaccount, 0 for the primary
 * @param to the destination subaccount
 * @param amountCents what moves, in whole cents, above zero
 * @param exchangeIndex the shard named in the request, echoed in the record
 */
public record CashTransfer(String memberId, String clientTransferId, int from, int to, long amountCents,
        int exchangeIndex) {

    public CashTransfer {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(clientTransferId, "clientTransferId");
    }
}
