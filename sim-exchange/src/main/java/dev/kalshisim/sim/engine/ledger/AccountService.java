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
import java.util.TreeMap;

/**
 * Opens accounts, maps API keys to members, moves deposits and reports balances. The owner of the
 * members' accounts: every other service looks a member up here.
 *
 * <p>A member's money lives in ledgers keyed by (member, subaccount): the primary ledger (subaccount
 * 0, the account every existing call means) and up to {@link #MAX_SUBACCOUNT} numbered subaccounts,
 * each an {@link Account} of its own cash, positions and collateral. {@link #all} lists the primary
 * ledgers, one per member; {@link #ledgers()} lists every ledger.
 */
public final class AccountService {

    private final Clock clock;
    private final EngineLimits limits;
    private final Ledger ledger;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> memberByApiKey = new HashMap<>();
    /** Per member, its numbered subaccounts by number. */
    private final Map<String, TreeMap<Integer, Account>> numbered = new HashMap<>();

    /** The highest subaccount number; Kalshi numbers them 1-63 after the primary 0. */
    public static final int MAX_SUBACCOUNT = 63;

    public AccountService(Clock clock, EngineLimits limits, Ledger ledger) {
        this.clock = clock;
        this.limits = limits;
        this.ledger = ledger;
    }

    /** The member's account, or null if there is none. */
    public Account account(String memberId) {
        return accounts.get(memberId);
    }

    /** Every member's primary account, in creation order; a read-only view. */
    public Collection<Account> all() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    /** The member's ledger {@code subaccount} (0 = primary), or null if the member or subaccount does not exist. */
    public Account account(String memberId, int subaccount) {
        if (subaccount == 0) {
            return accounts.get(memberId);
        }
        TreeMap<Integer, Account> subs = numbered.get(memberId);
        return subs == null ? null : subs.get(subaccount);
    }

    /** Every ledger: per member in creation order, the primary then its subaccounts by number. */
    public List<Account> ledgers() {
        List<Account> out = new ArrayList<>(accounts.size());
        for (Account primary : accounts.values()) {
            out.add(primary);
            TreeMap<Integer, Account> subs = numbered.get(primary.memberId);
            if (subs != null) {
                out.addAll(subs.values());
            }
        }
        return out;
    }

    /** The member's ledgers, primary first then by number; empty for an unknown member. */
    public List<Account> ledgers(String memberId) {
        Account primary = accounts.get(memberId);
        if (primary == null) {
            return List.of();
        }
        List<Account> out = new ArrayList<>();
        out.add(primary);
        TreeMap<Integer, Account> subs = numbered.get(memberId);
        if (subs != null) {
            out.addAll(subs.values());
        }
        return out;
    }

    /** Opens the member's next numbered subaccount (1, 2, ... up to {@link #MAX_SUBACCOUNT}) with no cash. */
    public EngineResult<Account> openSubaccount(String memberId) {
        Account primary = accounts.get(memberId);
        if (primary == null) {
            return notFound(memberId);
        }
        if (primary.liquidity) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "the simulator's liquidity has no subaccounts");
        }
        TreeMap<Integer, Account> subs = numbered.computeIfAbsent(memberId, id -> new TreeMap<>());
        int next = subs.isEmpty() ? 1 : subs.lastKey() + 1;
        if (next > MAX_SUBACCOUNT) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "at most " + MAX_SUBACCOUNT + " numbered subaccounts per member");
        }
        Account account = new Account(primary, next, clock.nowNanos());
        subs.put(next, account);
        return EngineResult.ok(account);
    }

    /** Records the ledger's netting setting. */
    public void setNetting(Account account, boolean enabled) {
        account.nettingEnabled = enabled;
        account.updatedNanos = clock.nowNanos();
    }

    /** Locks or unlocks the ledger for settlement advance. */
    public void setLocked(Account account, boolean locked) {
        account.locked = locked;
    }

    /** The member's ledger {@code subaccount}'s balance. */
    public EngineResult<AccountBalance> balance(String memberId, int subaccount) {
        if (accounts.get(memberId) == null) {
            return notFound(memberId);
        }
        Account account = account(memberId, subaccount);
        return account == null ? subaccountNotFound(subaccount) : EngineResult.ok(balance(account));
    }

    /** Why {@code subaccount} cannot be used: out of range, or not created yet. */
    public static <T> EngineResult<T> subaccountNotFound(int subaccount) {
        if (subaccount < 0 || subaccount > MAX_SUBACCOUNT) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "subaccount must be 0 to " + MAX_SUBACCOUNT + ", got " + subaccount);
        }
        return EngineResult.rejected(RejectReason.SUBACCOUNT_NOT_FOUND, "subaccount " + subaccount + " not found");
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

    /** The ledger's balance, exact. */
    public static AccountBalance balanceOf(Account account) {
        return balance(account);
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
