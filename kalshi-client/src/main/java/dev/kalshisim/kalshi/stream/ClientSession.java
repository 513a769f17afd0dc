package dev.kalshisim.kalshi.stream;

import dev.kalshisim.kalshi.stream.book.NoSidePricing;
import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.Reply;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.Subscribed;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.core.wire.stream.Unsubscribed;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdateSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The client's protocol state under one lock: command ids, commands in flight and the subscription
 * registry, so that matching a reply and recording what it opened or closed happen together.
 * Methods return actions (completing futures) for the caller to run after the lock is released,
 * because a future's dependents may call back into the client.
 */
final class ClientSession {

    /** What a reply asks of the caller: complete its command's future, and maybe reconcile subscriptions. */
    record ReplyOutcome(Runnable action, boolean reconcile) {
    }

    private final Object lock = new Object();
    private final CommandTracker commands = new CommandTracker();
    private final SubscriptionRegistry subscriptions = new SubscriptionRegistry();
    private long nextCommandId = 1;

    /** Builds a command with the next id and registers it as in flight. */
    <R> PendingCommand<R> register(LongFunction<PendingCommand<R>> build) {
        synchronized (lock) {
            PendingCommand<R> pending = build.apply(nextCommandId++);
            commands.add(pending);
            return pending;
        }
    }

    /** Takes command {@code id} out of flight (timed out or unsendable); {@code null} if it already finished. */
    PendingCommand<?> remove(long id) {
        synchronized (lock) {
            return commands.remove(id);
        }
    }

    /** Takes every command out of flight, for the caller to fail. */
    List<PendingCommand<?>> drain() {
        synchronized (lock) {
            return commands.drain();
        }
    }

    ReplyOutcome onReply(Reply reply) {
        synchronized (lock) {
            CommandTracker.Match match = commands.onReply(reply);
            Command command = match.command() == null ? null : match.command().command;
            track(reply, command);
            // An error that answers no command is about a subscription; a terminal one means it is gone.
            boolean reconcile = reply instanceof ErrorReply error && command == null && error.errorCode().isTerminal();
            return new ReplyOutcome(match.action(), reconcile);
        }
    }

    /** Registers a {@code subscribe} for every subscription that is not open, and returns them to send. */
    List<PendingCommand<List<SubscriptionInfo>>> restore() {
        synchronized (lock) {
            List<PendingCommand<List<SubscriptionInfo>>> restoring = new ArrayList<>();
            for (Subscribe subscribe : subscriptions.restore(() -> nextCommandId++)) {
                PendingCommand<List<SubscriptionInfo>> pending = subscribing(subscribe);
                commands.add(pending);
                restoring.add(pending);
            }
            return restoring;
        }
    }

    /** A pending {@code subscribe} completing with one {@code (channel, sid)} per channel. */
    static PendingCommand<List<SubscriptionInfo>> subscribing(Subscribe subscribe) {
        return new PendingCommand<>(subscribe, Subscribed.class, subscribe.params().channels().size(),
                replies -> replies.stream().map(reply -> ((Subscribed) reply).msg()).toList());
    }

    void connectionLost() {
        synchronized (lock) {
            subscriptions.detachAll();
        }
    }

    void detachMissing(Set<Long> liveSids) {
        synchronized (lock) {
            subscriptions.detachMissing(liveSids);
        }
    }

    /** Drops subscription {@code sid}; returns whether it was still registered under that sid. */
    boolean forget(long sid) {
        synchronized (lock) {
            return subscriptions.remove(sid);
        }
    }

    Optional<ActiveSubscription> subscription(long sid) {
        synchronized (lock) {
            return subscriptions.bySid(sid);
        }
    }

    List<ActiveSubscription> subscriptions() {
        synchronized (lock) {
            return subscriptions.active();
        }
    }

    NoSidePricing pricingOf(long sid) {
        return subscription(sid).map(open -> NoSidePricing.of(open.params().useYesPrice())).orElse(NoSidePricing.NO_LEG);
    }

    /** Under the lock: keeps the registry in step with the replies. */
    private void track(Reply reply, Command command) {
        if (reply instanceof Subscribed subscribed) {
            SubscribeParams requested = command instanceof Subscribe subscribe ? subscribe.params() : null;
            subscriptions.onSubscribed(subscribed.id() == null ? 0 : subscribed.id(), requested, subscribed.msg());
        } else if (reply instanceof Unsubscribed unsubscribed) {
            subscriptions.remove(unsubscribed.sid());
        } else if (reply instanceof UpdateOk ok && command instanceof UpdateSubscription update) {
            subscriptions.onUpdated(update.params(), ok);
        } else if (reply instanceof ErrorReply && command instanceof Subscribe subscribe) {
            subscriptions.onRestoreRefused(subscribe.id());
        }
    }
}
