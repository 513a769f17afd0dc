package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Opens accounts, maps API keys to members, moves deposits and reports balances. */
final class AccountService {

    private final EngineState state;

    AccountService(EngineState state) {
        this.state = state;
    }

    Outcome<AccountBalance> createMember(String memberId, Money initialBalance, String apiKeyId,
            boolean directMember) {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(initialBalance, "initialBalance");
        if (state.accounts.containsKey(memberId)) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "member " + memberId + " already exists");
        }
        if (initialBalance.isNegative()) {
            return Outcome.rejected(RejectReason.INVALID_PARAMETERS, "initial balance must not be negative");
        }
        if (apiKeyId != null && state.memberByApiKey.containsKey(apiKeyId)) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "API key " + apiKeyId + " is taken");
        }
        String overLimit = amountProblem(0, initialBalance.micros(), "initial balance");
        if (overLimit != null) {
            return Outcome.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED, overLimit);
        }
        Account account = new Account(memberId, directMember, state.now());
        state.accounts.put(memberId, account);
        state.ledger.deposit(account, initialBalance.micros(), state.now());
        if (apiKeyId != null) {
            account.apiKeyIds.add(apiKeyId);
            state.memberByApiKey.put(apiKeyId, memberId);
        }
        return Outcome.ok(balance(account));
    }

    Outcome<AccountBalance> addApiKey(String memberId, String apiKeyId) {
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return notFound(memberId);
        }
        String owner = state.memberByApiKey.get(apiKeyId);
        if (owner != null && !owner.equals(memberId)) {
            return Outcome.rejected(RejectReason.ALREADY_EXISTS, "API key " + apiKeyId + " is taken");
        }
        account.apiKeyIds.add(apiKeyId);
        state.memberByApiKey.put(apiKeyId, memberId);
        return Outcome.ok(balance(account));
    }

    Optional<String> memberForApiKey(String apiKeyId) {
        return Optional.ofNullable(state.memberByApiKey.get(apiKeyId));
    }

    Outcome<AccountBalance> deposit(String memberId, Money amount) {
        Account account = state.accounts.get(memberId);
        if (account == null) {
            return notFound(memberId);
        }
        if (amount.isNegative() && -amount.micros() > account.available()) {
            return Outcome.rejected(RejectReason.INSUFFICIENT_BALANCE, "cannot withdraw " + amount.negate()
                    + ", available " + Money.ofMicros(account.available()));
        }
        String overLimit = amountProblem(account.cash, amount.micros(), "deposit");
        if (overLimit != null) {
            return Outcome.rejected(RejectReason.AMOUNT_LIMIT_EXCEEDED, overLimit);
        }
        state.ledger.deposit(account, amount.micros(), state.now());
        return Outcome.ok(balance(account));
    }

    /**
     * Why bringing {@code micros} to a member holding {@code cash} breaks a money limit, or null.
     * Withdrawals are bounded by the member's available cash, checked by the caller.
     */
    private String amountProblem(long cash, long micros, String what) {
        EngineLimits limits = state.config.limits();
        if (Math.abs(micros) > limits.maxDepositMicros()) {
            return what + " must be at most " + EngineLimits.dollars(limits.maxDepositMicros());
        }
        if (micros > 0 && cash > limits.maxBalanceMicros() - micros) {
            return "a balance may be at most " + EngineLimits.dollars(limits.maxBalanceMicros()) + "; this " + what
                    + " would bring it to " + EngineLimits.dollars(cash + micros);
        }
        if (micros > 0 && state.ledger.totalDeposits() > limits.maxTotalDepositsMicros() - micros) {
            return "deposits across the exchange may total at most "
                    + EngineLimits.dollars(limits.maxTotalDepositsMicros());
        }
        return null;
    }

    Outcome<AccountBalance> balance(String memberId) {
        Account account = state.accounts.get(memberId);
        return account == null ? notFound(memberId) : Outcome.ok(balance(account));
    }

    List<String> members() {
        return new ArrayList<>(state.accounts.keySet());
    }

    private static AccountBalance balance(Account account) {
        long positions = 0;
        for (PositionState position : account.positions.values()) {
            positions = Math.addExact(positions, position.cost);
        }
        return new AccountBalance(account.memberId, Money.ofMicros(account.cash), Money.ofMicros(account.reserved),
                Money.ofMicros(positions), Money.ofMicros(account.deposits), Times.instant(account.updatedNanos));
    }

    private static <T> Outcome<T> notFound(String memberId) {
        return Outcome.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + memberId + " not found");
    }
}
