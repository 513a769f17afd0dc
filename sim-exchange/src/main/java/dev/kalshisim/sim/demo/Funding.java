package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.Accounts;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.result.EngineResult;

/**
 * Opens the background members' accounts and keeps them funded, through the exchange facade like any
 * deposit: a member whose available cash falls below {@link #FLOOR} gets another {@link #GRANT}, so
 * the flow never stalls on {@code insufficient_balance} however long it runs.
 */
final class Funding {

    /** Opening balance and top-up amount: far more than the flow's orders ever reserve at once. */
    static final Money GRANT = Money.ofDollars(1_000_000);
    static final Money FLOOR = Money.ofDollars(250_000);

    private final Accounts exchange;

    Funding(Accounts exchange) {
        this.exchange = exchange;
    }

    /**
     * Opens {@code memberId} with {@link #GRANT}.
     *
     * @throws IllegalStateException if the exchange refuses, e.g. the member exists already
     */
    void open(String memberId) {
        EngineResult<AccountBalance> opened = exchange.createMember(memberId, GRANT, null);
        if (!opened.isOk()) {
            throw new IllegalStateException("cannot open background member " + memberId + ": " + opened.reject()
                    + " " + opened.message());
        }
    }

    /** Deposits {@link #GRANT} if the member's available cash is below {@link #FLOOR}. */
    void topUp(String memberId) {
        EngineResult<AccountBalance> balance = exchange.balance(memberId);
        if (balance.isOk() && balance.value().available().compareTo(FLOOR) < 0) {
            exchange.deposit(memberId, GRANT);
        }
    }
}
