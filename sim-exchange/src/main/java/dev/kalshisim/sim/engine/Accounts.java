package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;
import java.util.Optional;

/** Members' accounts: opening them, their API keys, deposits and balances. */
public interface Accounts {

    /**
     * Opens an account with {@code initialBalance} of cash and, if not null, one API key id, for a
     * member who is not a direct member of the exchange (fills keep its balance to $0.01).
     */
    default EngineResult<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId) {
        return createMember(memberId, initialBalance, apiKeyId, false);
    }

    /**
     * Opens an account; a {@code directMember}'s fills keep its balance to $0.0001 instead of $0.01
     * (Kalshi's fee rounding, see docs/fidelity.md).
     */
    EngineResult<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember);

    /**
     * Opens an account for the simulator's own liquidity, such as the resting book of a replayed
     * recording: a direct member with no API key, exempt from the per-market position limit and the
     * open-order cap (its orders stand for the whole rest of the market). Everything else (collateral,
     * matching, fees, settlement) applies to it as to any member.
     */
    EngineResult<AccountBalance> createLiquidityMember(String memberId, Money initialBalance);

    /** Adds an API key id to a member; a key id belongs to one member only. */
    EngineResult<AccountBalance> addApiKey(String memberId, String apiKeyId);

    /**
     * Takes an API key id away from its member ({@code DELETE /api_keys/{api_key}}); a key of
     * another member, or none, is {@code NOT_FOUND}.
     */
    EngineResult<AccountBalance> removeApiKey(String memberId, String apiKeyId);

    /** The member an API key id belongs to. */
    Optional<String> memberForApiKey(String apiKeyId);

    /** Adds cash (or, when negative, withdraws available cash). */
    EngineResult<AccountBalance> deposit(String memberId, Money amount);

    EngineResult<AccountBalance> balance(String memberId);

    /** Member ids in creation order. */
    List<String> members();
}
