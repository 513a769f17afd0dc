package dev.kalshisim.cli.gateway;

import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.time.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The waiting room in front of one key's bucket: cancels first (in arrival order), then the other
 * requests round robin across clients, so a client that floods the gateway does not starve the
 * others sharing its key.
 *
 * <p>Cancels go straight to the {@link PacedBucket}, whose own queue puts them ahead of everything
 * else. Of the other requests only one at a time is handed to the bucket (which does the token
 * accounting, including tokens in flight); who goes next is chosen here, when the bucket can take
 * another, so a client's turn comes whatever it queued before. A request whose deadline passes
 * while it waits here (its signed timestamp would be too old by the time it reached the exchange)
 * leaves the queue and its future fails with {@link Expired}, without spending a token; one
 * granted after its deadline fails the same way and gives its tokens back to the capacity.
 * Thread-safe.
 */
final class FairQueue {

    /** The request's deadline passed before it could be sent. */
    static final class Expired extends RuntimeException {
        Expired(long waitedNanos) {
            super("waited " + waitedNanos / 1_000_000 + " ms", null, false, false);
        }
    }

    private final PacedBucket bucket;
    private final Clock clock;
    private final Map<String, ArrayDeque<Ticket>> byClient = new HashMap<>();
    /** Clients with waiting requests, the next to be served first. */
    private final ArrayDeque<String> turns = new ArrayDeque<>();
    private Ticket current;
    private int waiting;

    FairQueue(PacedBucket bucket, Clock clock) {
        this.bucket = bucket;
        this.clock = clock;
    }

    /**
     * Completes once {@code costTokens} have been taken for a request of {@code client}; fails with
     * {@link Expired} if it is still waiting at {@code deadlineNanos} ({@link Long#MAX_VALUE}: no
     * deadline), or with {@link IllegalArgumentException} if the cost exceeds the bucket's capacity.
     */
    CompletableFuture<Void> submit(String client, long costTokens, PacedBucket.Priority priority, long deadlineNanos) {
        Ticket ticket = new Ticket(client, costTokens, priority, deadlineNanos, clock.nowNanos());
        if (priority == PacedBucket.Priority.CANCEL) {
            CompletableFuture<Void> atBucket = bucket.acquire(costTokens, priority);
            atBucket.whenComplete((ignored, failure) -> settle(ticket, atBucket));
            return ticket.granted;
        }
        synchronized (this) {
            ArrayDeque<Ticket> own = byClient.computeIfAbsent(client, c -> new ArrayDeque<>());
            if (own.isEmpty()) {
                turns.addLast(client);
            }
            own.addLast(ticket);
            waiting++;
        }
        if (deadlineNanos != Long.MAX_VALUE) {
            ticket.deadlineTimer = clock.schedule(deadlineNanos, () -> expire(ticket));
        }
        pump();
        return ticket.granted;
    }

    /** Requests waiting here (not counting those at the bucket). */
    synchronized int waiting() {
        return waiting;
    }

    /** Hands the next request to the bucket whenever it has none. */
    private void pump() {
        while (true) {
            Ticket next;
            synchronized (this) {
                if (current != null) {
                    return;
                }
                next = pollNext();
                if (next == null) {
                    return;
                }
                current = next;
            }
            CompletableFuture<Void> atBucket = bucket.acquire(next.costTokens, next.priority);
            if (atBucket.isDone()) {
                finish(next, atBucket);
                continue;
            }
            atBucket.whenComplete((ignored, failure) -> {
                finish(next, atBucket);
                pump();
            });
            return;
        }
    }

    private void finish(Ticket ticket, CompletableFuture<Void> atBucket) {
        synchronized (this) {
            if (current != ticket) {
                return;
            }
            current = null;
        }
        settle(ticket, atBucket);
    }

    /** Completes the ticket with the bucket's answer. */
    private void settle(Ticket ticket, CompletableFuture<Void> atBucket) {
        if (ticket.deadlineTimer != null) {
            ticket.deadlineTimer.cancel();
        }
        if (atBucket.isCompletedExceptionally()) {
            atBucket.whenComplete((ignored, failure) -> ticket.granted.completeExceptionally(failure));
        } else if (clock.nowNanos() > ticket.deadlineNanos) {
            // Granted too late (the bucket's own wait for this request ran past its deadline): the
            // tokens are spent locally, which only makes the pacing a little more careful.
            bucket.settled(ticket.costTokens);
            ticket.granted.completeExceptionally(new Expired(clock.nowNanos() - ticket.enqueuedNanos));
        } else {
            ticket.granted.complete(null);
        }
    }

    private void expire(Ticket ticket) {
        boolean removed;
        synchronized (this) {
            removed = remove(ticket);
        }
        if (removed) {
            ticket.granted.completeExceptionally(new Expired(clock.nowNanos() - ticket.enqueuedNanos));
        }
    }

    /** Takes {@code ticket} out of the waiting room if it is still there. Called holding the lock. */
    private boolean remove(Ticket ticket) {
        ArrayDeque<Ticket> own = byClient.get(ticket.client);
        boolean removed = own != null && own.remove(ticket);
        if (removed && own.isEmpty()) {
            byClient.remove(ticket.client);
            turns.remove(ticket.client);
        }
        if (removed) {
            waiting--;
        }
        return removed;
    }

    /** The head request of the client whose turn it is. Called holding the lock. */
    private Ticket pollNext() {
        String client = turns.pollFirst();
        if (client == null) {
            return null;
        }
        ArrayDeque<Ticket> own = byClient.get(client);
        Ticket next = own.pollFirst();
        if (own.isEmpty()) {
            byClient.remove(client);
        } else {
            turns.addLast(client);
        }
        waiting--;
        return next;
    }

    private static final class Ticket {
        final String client;
        final long costTokens;
        final PacedBucket.Priority priority;
        final long deadlineNanos;
        final long enqueuedNanos;
        final CompletableFuture<Void> granted = new CompletableFuture<>();
        volatile Clock.Timer deadlineTimer;

        Ticket(String client, long costTokens, PacedBucket.Priority priority, long deadlineNanos, long enqueuedNanos) {
            this.client = client;
            this.costTokens = costTokens;
            this.priority = priority;
            this.deadlineNanos = deadlineNanos;
            this.enqueuedNanos = enqueuedNanos;
        }
    }
}
