package dev.kalshisim.sim.engine.ledger;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens accounts, maps API keys to members, moves deposits and reports balances. The owner of the
 * members' accounts: every other service looks a member up here.
 */
public final class AccountService {

    private final Clock clock;
    private final EngineLimits limits;
    private final Ledger ledger;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> memberByApiKey = new HashMap<>();

    public AccountService(Clock clock, EngineLimits limits, Ledger ledger) {
        this.clock = clock;
        this.limits = limits;
        this.ledger = ledger;
    }

    /** The member's account, or null if there is none. */
    public Account account(String memberId) {
        return accounts.get(memberId);
    }

    /** Every account, in creation order; a read-only view. */
    public Collection<Account> all() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    public EngineResult<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember) {
        return open(memberId, initialBalance, apiKeyId, directMember, false);
    }

    /** A direct member with no API key that stands for the simulator's own liquidity (see {@link Account#isLiquidity}). */
    public EngineResult<AccountBalance> createLiquidityMember(String memberId, Money initialBalance) {
        return open(memberId, initialBalance, null, true, true);
    }

    private EngineResult<AccountBalance> open(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember, boolean liquidity) {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(initialBalance, "initialBalance");
        if (accounts.containsKey(memberId)) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "member " + memberId + " already exists");
        }
        if (initialBalance.isNegative()) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "initial balance must not be negative");
        }
        if (apiKeyId != null && memberByApiKey.containsKey(apiKeyId)) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "API key " + apiKeyId + " is taken");
        }
        String overLimit = amountProblem(0, initialBalance.micros(), "initial balance");
        if (overLimit != null) {
            return EngineResult.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED, overLimit);
        }
        Account account = new Account(memberId, directMember, liquidity, clock.nowNanos());
        accounts.put(memberId, account);
        ledger.deposit(account, initialBalance.micros(), clock.nowNanos());
        if (apiKeyId != null) {
            account.apiKeyIds.add(apiKeyId);
            memberByApiKey.put(apiKeyId, memberId);
        }
        return EngineResult.ok(balance(account));
    }

    public EngineResult<AccountBalance> addApiKey(String memberId, String apiKeyId) {
        Account account = accounts.get(memberId);
        if (account == null) {
            return notFound(memberId);
        }
        String owner = memberByApiKey.get(apiKeyId);
        if (owner != null && !owner.equals(memberId)) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "API key " + apiKeyId + " is taken");
        }
        account.apiKeyIds.add(apiKeyId);
        memberByApiKey.put(apiKeyId, memberId);
        return EngineResult.ok(balance(account));
    }

    public EngineResult<AccountBalance> removeApiKey(String memberId, String apiKeyId) {
        Account account = accounts.get(memberId);
        if (account == null) {
            return notFound(memberId);
        }
        if (!memberId.equals(memberByApiKey.get(apiKeyId))) {
            return EngineResult.rejected(RejectReason.API_KEY_NOT_FOUND, "API key " + apiKeyId + " not found");
        }
        account.apiKeyIds.remove(apiKeyId);
        memberByApiKey.remove(apiKeyId);
        return EngineResult.ok(balance(account));
    }

    public Optional<String> memberForApiKey(String apiKeyId) {
        return Optional.ofNullable(memberByApiKey.get(apiKeyId));
    }

    public EngineResult<AccountBalance> deposit(String memberId, Money amount) {
        Account account = accounts.get(memberId);
        if (account == null) {
            return notFound(memberId);
        }
        if (amount.isNegative() && -amount.micros() > account.available()) {
            return EngineResult.rejected(RejectReason.INSUFFICIENT_BALANCE, "cannot withdraw " + amount.negate()
                    + ", available " + Money.ofMicros(account.available()));
        }
        String overLimit = amountProblem(account.cash, amount.micros(), "deposit");
        if (overLimit != null) {
            return EngineResult.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED, overLimit);
        }
        ledger.deposit(account, amount.micros(), clock.nowNanos());
        return EngineResult.ok(balance(account));
    }

    /**
     * Why bringing {@code micros} to a member holding {@code cash} breaks a money limit, or null.
     * Withdrawals are bounded by the member's available cash, checked by the caller.
     */
    private String amountProblem(long cash, long micros, String what) {
        if (Math.abs(micros) > limits.maxDepositMicros()) {
            return what + " must be at most " + EngineLimits.dollars(limits.maxDepositMicros());
        }
        if (micros > 0 && cash > limits.maxBalanceMicros() - micros) {
            return "a balance may be at most " + EngineLimits.dollars(limits.maxBalanceMicros()) + "; this " + what
                    + " would bring it to " + EngineLimits.dollars(cash + micros);
        }
        if (micros > 0 && ledger.totalDeposits() > limits.maxTotalDepositsMicros() - micros) {
            return "deposits across the exchange may total at most "
                    + EngineLimits.dollars(limits.maxTotalDepositsMicros());
        }
        return null;
    }

    public EngineResult<AccountBalance> balance(String memberId) {
        Account account = accounts.get(memberId);
        return account == null ? notFound(memberId) : EngineResult.ok(balance(account));
    }

    public List<String> members() {
        return new ArrayList<>(accounts.keySet());
    }

    private static AccountBalance balance(Account account) {
        long positions = 0;
        for (PositionState position : account.positions.values()) {
            positions = Math.addExact(positions, position.cost);
        }
        return new AccountBalance(account.memberId(), Money.ofMicros(account.cash), Money.ofMicros(account.reserved),
                Money.ofMicros(positions), Money.ofMicros(account.deposits), Times.instant(account.updatedNanos));
    }

    private static <T> EngineResult<T> notFound(String memberId) {
        return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + memberId + " not found");
    }
}
