package dev.kalshisim.cli.loadtest;

import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.kalshi.client.Backoff;
import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.RateLimitedException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends one logical request under a {@link Policy}, without blocking, counting into
 * {@link LoadStats}. The Kalshi client underneath has its own throttle and retries off, so what
 * happens on a 429 is the policy's alone. One sender serves every client of a run. Thread-safe.
 *
 * <p>"Ran dry" is the first moment the policy could not send at once what the load asked: the
 * first 429 for {@code none} and {@code backoff}; for {@code bucket}, the first request that waited
 * longer than {@link #RAN_DRY_WAIT_NANOS} for tokens (by then the bucket was empty and the queue a
 * second of refill deep), or a 429 if one came. What it could not send: {@code none}'s 429ed
 * requests, {@code backoff}'s requests out of attempts or whose next retry would fall after the
 * deadline, {@code bucket}'s requests still waiting for tokens at the deadline (and any 429ed).
 * Nothing is sent after the deadline, and at most a fixed number of requests are on the wire at
 * once ({@link InFlightLimit}); the rest wait for an answer without holding a thread.
 */
final class PolicySender {

    /** Backoff: first ceiling, cap and attempts (the common advice: 100 ms doubling, a few tries). */
    static final long FIRST_WAIT_NANOS = 100_000_000L;
    static final long CAP_WAIT_NANOS = 5_000_000_000L;
    static final int MAX_ATTEMPTS = 8;
    /** Bucket: a wait for tokens longer than this is the bucket running dry. */
    static final long RAN_DRY_WAIT_NANOS = 1_000_000_000L;
    /** The client's own full-jitter backoff, with the loadtest's shorter cap. */
    private static final Backoff BACKOFF = new Backoff(FIRST_WAIT_NANOS, CAP_WAIT_NANOS);

    private final Policy policy;
    private final Pacer pacer;
    private final LoadStats stats;
    private final Random random;
    private final long deadlineNanos;
    private final ScheduledExecutorService timer;
    private final Executor senders;
    /** Requests on the wire at once, over all clients. */
    private final InFlightLimit wire;
    /** Requests waiting in the pacer, each with what gives it up at the deadline. */
    private final Map<Object, Runnable> waiting = new ConcurrentHashMap<>();

    /**
     * @param timer wakes backoff retries, which are then sent on {@code senders} (signing is CPU
     *        work that must not queue behind one timer thread)
     */
    PolicySender(Policy policy, Pacer pacer, LoadStats stats, Random random, long deadlineNanos,
            ScheduledExecutorService timer, Executor senders, int maxOnTheWire) {
        this.policy = policy;
        this.pacer = pacer;
        this.stats = stats;
        this.random = random;
        this.deadlineNanos = deadlineNanos;
        this.timer = timer;
        this.senders = senders;
        this.wire = new InFlightLimit(maxOnTheWire, senders == null ? Runnable::run : senders);
    }

    /** One request as the policy sees it: its kind, price, batch size and queue priority. */
    record Request(Mix.Kind kind, EndpointPrice price, int batchItems, PacedBucket.Priority priority) {
        long tokens() {
            return price.tokensFor(batchItems);
        }
    }

    /**
     * Sends {@code call}; completes with the answer, or empty when it was refused (429 not retried,
     * retries exhausted, still waiting at the deadline) or failed otherwise. Latency runs from
     * {@code intendedAtNanos} ({@link System#nanoTime()}), the moment the load meant to send it, so
     * a send that started late does not hide the delay (coordinated omission).
     */
    <T> CompletableFuture<Optional<T>> send(Request request, long intendedAtNanos,
            Supplier<CompletableFuture<T>> call) {
        stats.issued(request.kind());
        CompletableFuture<Optional<T>> answer = switch (policy) {
            case NONE -> once(request, call);
            case BACKOFF -> withBackoff(request, call, 1);
            case BUCKET -> paced(request, call);
        };
        return answer.whenComplete((result, failure) -> {
            if (result != null && result.isPresent()) {
                stats.latency(System.nanoTime() - intendedAtNanos);
            }
        });
    }

    private <T> CompletableFuture<Optional<T>> once(Request request, Supplier<CompletableFuture<T>> call) {
        return attempt(request, call).thenApply(outcome -> {
            if (outcome.limited() != null) {
                stats.ranDry(System.nanoTime(), request.kind());
                stats.couldNotSend(request.kind());
            }
            return outcome.answer();
        });
    }

    private <T> CompletableFuture<Optional<T>> withBackoff(Request request, Supplier<CompletableFuture<T>> call,
            int attempt) {
        return attempt(request, call).thenCompose(outcome -> {
            if (outcome.limited() == null) {
                return CompletableFuture.completedFuture(outcome.answer());
            }
            long now = System.nanoTime();
            stats.ranDry(now, request.kind());
            long wait = backoffNanos(attempt, outcome.limited().retryAfterNanos());
            if (attempt >= MAX_ATTEMPTS || now + wait >= deadlineNanos) {
                stats.couldNotSend(request.kind());
                return CompletableFuture.completedFuture(Optional.<T>empty());
            }
            stats.retried(wait);
            CompletableFuture<Optional<T>> retried = new CompletableFuture<>();
            Runnable retry = () -> withBackoff(request, call, attempt + 1).whenComplete((result, failure) -> {
                if (failure != null) {
                    retried.completeExceptionally(failure);
                } else {
                    retried.complete(result);
                }
            });
            timer.schedule(() -> senders.execute(retry), wait, TimeUnit.NANOSECONDS);
            return retried;
        });
    }

    /** Full jitter: uniform in [0, min(cap, first * 2^(attempt-1))]; a Retry-After is a floor. */
    long backoffNanos(int attempt, OptionalLong retryAfterNanos) {
        long jittered = BACKOFF.waitNanos(attempt - 1, random);
        return retryAfterNanos.isPresent() ? Math.max(retryAfterNanos.getAsLong(), jittered) : jittered;
    }

    private <T> CompletableFuture<Optional<T>> paced(Request request, Supplier<CompletableFuture<T>> call) {
        long asked = System.nanoTime();
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        Object ticket = new Object();
        waiting.put(ticket, () -> {
            if (System.nanoTime() - asked > RAN_DRY_WAIT_NANOS) {
                stats.ranDry(asked + RAN_DRY_WAIT_NANOS, request.kind());
            }
            stats.couldNotSend(request.kind());
            answer.complete(Optional.empty());
        });
        pacer.acquire(request.price(), request.batchItems(), request.priority()).whenComplete((permit, refused) -> {
            if (waiting.remove(ticket) == null) {
                // Given up at the deadline: the tokens go back unused.
                if (permit != null) {
                    permit.settled();
                }
                return;
            }
            if (refused != null) {
                stats.otherError();
                stats.couldNotSend(request.kind());
                answer.complete(Optional.empty());
                return;
            }
            long granted = System.nanoTime();
            stats.waited(granted - asked);
            if (granted - asked > RAN_DRY_WAIT_NANOS) {
                stats.ranDry(asked + RAN_DRY_WAIT_NANOS, request.kind());
            }
            if (granted >= deadlineNanos) {
                // Granted only after the run ended: as good as still waiting at the deadline.
                permit.settled();
                stats.couldNotSend(request.kind());
                answer.complete(Optional.empty());
                return;
            }
            attempt(request, call).whenComplete((outcome, failure) -> {
                permit.settled();
                if (failure != null) {
                    answer.completeExceptionally(failure);
                    return;
                }
                if (outcome.limited() != null) {
                    // Another user of the key: the server's balance is lower than ours.
                    permit.rateLimited();
                    stats.ranDry(System.nanoTime(), request.kind());
                    stats.couldNotSend(request.kind());
                }
                answer.complete(outcome.answer());
            });
        });
        return answer;
    }

    /**
     * The deadline has come: every request still waiting for tokens is given up (counted as could
     * not send, its future completed empty). Returns how many.
     */
    int abandonWaiting() {
        int count = 0;
        for (Object ticket : waiting.keySet()) {
            Runnable giveUp = waiting.remove(ticket);
            if (giveUp != null) {
                giveUp.run();
                count++;
            }
        }
        return count;
    }

    /** The answer of one attempt: an answer, a 429, or another failure (counted, answer empty). */
    private record Outcome<T>(Optional<T> answer, RateLimitedException limited) {
    }

    /** One attempt on the wire: counted, and its tokens counted as accepted unless the server said 429. */
    private <T> CompletableFuture<Outcome<T>> attempt(Request request, Supplier<CompletableFuture<T>> call) {
        return wire.acquire().thenCompose(slot -> {
            if (System.nanoTime() >= deadlineNanos) {
                // Its turn came only after the run ended (a backlog of sends or a late retry): not sent.
                wire.release();
                stats.couldNotSend(request.kind());
                return CompletableFuture.completedFuture(new Outcome<T>(Optional.empty(), null));
            }
            stats.attempt(request.price().bucket(), request.tokens());
            CompletableFuture<T> sent;
            try {
                sent = call.get();
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            return sent.handle((answer, failure) -> {
                wire.release();
                return outcome(request, answer, failure);
            });
        });
    }

    private <T> Outcome<T> outcome(Request request, T answer, Throwable failure) {
        if (failure == null) {
            stats.accepted(request.price().bucket(), request.tokens());
            return new Outcome<>(Optional.ofNullable(answer), null);
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RateLimitedException limited) {
            stats.rateLimited();
            return new Outcome<>(Optional.empty(), limited);
        }
        if (cause instanceof KalshiApiException refusal && refusal.status() >= 400 && refusal.status() < 500
                && refusal.status() != 401) {
            // Another refusal past the signature check (a 404 cancel of a filled order, say)
            // was charged by the server all the same.
            stats.accepted(request.price().bucket(), request.tokens());
        }
        stats.otherError();
        return new Outcome<>(Optional.empty(), null);
    }
}
