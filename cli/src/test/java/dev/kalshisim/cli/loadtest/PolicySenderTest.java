package dev.kalshisim.cli.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.limits.EndpointCosts;
import dev.kalshisim.core.limits.EndpointPrice;
import dev.kalshisim.core.limits.PacedBucket;
import dev.kalshisim.core.limits.Pacer;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.kalshi.client.RateLimitedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The policies' bookkeeping on answers made up here: no network, no wall-clock waits. */
class PolicySenderTest {

    private static final Endpoints ENDPOINTS = Endpoints.of(EndpointCosts.defaults(), "T");
    private static final PolicySender.Request CREATE = new PolicySender.Request(Mix.Kind.WRITE, ENDPOINTS.create(),
            EndpointPrice.SINGLE, PacedBucket.Priority.NORMAL);
    private static final PolicySender.Request CANCEL = new PolicySender.Request(Mix.Kind.CANCEL, ENDPOINTS.cancel(),
            EndpointPrice.SINGLE, PacedBucket.Priority.CANCEL);

    private final LoadStats stats = new LoadStats();

    @Test
    void fireAndForgetCannotSendWhatWas429edAndRanDryAtTheFirst() {
        PolicySender sender = new PolicySender(Policy.NONE, null, stats, new Random(1), Long.MAX_VALUE, null, null, 64);

        assertThat(sender.send(CREATE, 0, () -> CompletableFuture.completedFuture("ok")).join()).contains("ok");
        assertThat(stats.firstRanDryNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(sender.send(CANCEL, 0, limited()).join()).isEmpty();

        assertThat(stats.rejections429()).isEqualTo(1);
        assertThat(stats.couldNotSendCount(Mix.Kind.CANCEL)).isEqualTo(1);
        assertThat(stats.couldNotSendCount(Mix.Kind.WRITE)).isZero();
        assertThat(stats.firstRanDryKind()).isEqualTo(Mix.Kind.CANCEL);
        assertThat(stats.firstRanDryNanos()).isLessThan(Long.MAX_VALUE);
        assertThat(stats.acceptedTokens(CREATE.price().bucket())).isEqualTo(10);
        assertThat(stats.offeredTokens(CREATE.price().bucket())).isEqualTo(12);
    }

    @Test
    void backoffGivesUpWhenItsNextRetryWouldFallAfterTheDeadline() {
        PolicySender sender = new PolicySender(Policy.BACKOFF, null, stats, new Random(1),
                System.nanoTime() + 5_000_000_000L, null, null, 64);
        // The server asks for 10 s; the run ends in 5: the 429 is final, with no retry.
        Supplier<CompletableFuture<String>> waitTenSeconds = () -> CompletableFuture.failedFuture(
                new RateLimitedException("too_many_requests", "slow down", null, "POST", "/x", 10_000_000_000L));

        assertThat(sender.send(CREATE, 0, waitTenSeconds).join()).isEmpty();

        assertThat(stats.requests()).isEqualTo(1);
        assertThat(stats.retries()).isZero();
        assertThat(stats.couldNotSendCount(Mix.Kind.WRITE)).isEqualTo(1);
    }

    @Test
    void nothingIsSentAfterTheDeadline() {
        PolicySender sender = new PolicySender(Policy.NONE, null, stats, new Random(1), System.nanoTime(), null, null, 64);

        assertThat(sender.send(CREATE, 0, () -> CompletableFuture.completedFuture("late")).join()).isEmpty();

        assertThat(stats.requests()).isZero();
        assertThat(stats.couldNotSendCount(Mix.Kind.WRITE)).isEqualTo(1);
    }

    @Test
    void theBucketCannotSendWhatStillWaitsForTokensAtTheDeadline() {
        VirtualClock clock = new VirtualClock(0);
        Pacer pacer = new Pacer(TierTable.defaults().limits(Tier.BASIC), clock, Runnable::run);
        PolicySender sender = new PolicySender(Policy.BUCKET, pacer, stats, new Random(1), Long.MAX_VALUE, null, null, 64);
        List<CompletableFuture<Optional<String>>> answers = new ArrayList<>();
        // Basic's write bucket holds 100 tokens: ten creates; the clock never moves, so two wait.
        for (int i = 0; i < 12; i++) {
            answers.add(sender.send(CREATE, 0, () -> CompletableFuture.completedFuture("ok")));
        }
        assertThat(answers.stream().filter(CompletableFuture::isDone).count()).isEqualTo(10);

        assertThat(sender.abandonWaiting()).isEqualTo(2);

        assertThat(answers).allMatch(CompletableFuture::isDone);
        assertThat(answers.stream().filter(a -> a.join().isEmpty()).count()).isEqualTo(2);
        assertThat(stats.couldNotSendCount(Mix.Kind.WRITE)).isEqualTo(2);
        assertThat(stats.requests()).isEqualTo(10);
        assertThat(stats.issuedCount(Mix.Kind.WRITE)).isEqualTo(12);
        // A grant that comes after the deadline sends nothing.
        clock.advanceBy(1_000_000_000L);
        assertThat(stats.requests()).isEqualTo(10);
    }

    private static Supplier<CompletableFuture<String>> limited() {
        return () -> CompletableFuture.failedFuture(
                new RateLimitedException("too_many_requests", "slow down", null, "DELETE", "/x", -1));
    }
}
