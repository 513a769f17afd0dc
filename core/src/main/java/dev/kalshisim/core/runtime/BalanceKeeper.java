package dev.kalshisim.core.runtime;

import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.time.Clock;

/**
 * The balance the strategy reads, refreshed over REST every so often (the stream carries no
 * balance). Thread-safe.
 */
final class BalanceKeeper {

    private final AccountReader account;
    private final Clock clock;
    private final long periodNanos;
    private volatile Money balance = Money.ZERO;
    private volatile boolean stopped;
    private volatile Clock.Timer next;

    BalanceKeeper(AccountReader account, Clock clock, long periodNanos) {
        this.account = account;
        this.clock = clock;
        this.periodNanos = periodNanos;
    }

    /** The balance last read. */
    Money balance() {
        return balance;
    }

    /** Sets the balance read at start and begins refreshing it. */
    void start(Money initial) {
        balance = initial;
        schedule();
    }

    void stop() {
        stopped = true;
        Clock.Timer timer = next;
        if (timer != null) {
            timer.cancel();
        }
    }

    private void schedule() {
        if (stopped) {
            return;
        }
        next = clock.scheduleAfter(periodNanos, () -> {
            // A failed read keeps the last balance: it is the best there is until the next one.
            account.balance().whenComplete((value, failure) -> {
                if (value != null) {
                    balance = value;
                }
            });
            schedule();
        });
    }
}
