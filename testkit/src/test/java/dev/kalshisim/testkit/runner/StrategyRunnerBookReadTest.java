package dev.kalshisim.testkit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.BookUpdate;
import dev.kalshisim.core.strategy.BookView;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.testkit.TestVenue;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A strategy's {@code requestBook} goes to the venue's market reader, one {@code orderbook} call
 * per request, and its outcome comes back as a {@link BookReply}: the book when answered, the typed
 * rejection (a 429 with its retry-after) when refused.
 */
@Timeout(30)
class StrategyRunnerBookReadTest {

    private static final String T = "KXFED-26MAR-T4.25";

    private final RunnerHarness harness = new RunnerHarness();

    @AfterEach
    void stopRunner() throws Exception {
        harness.close();
    }

    @Test
    void anAnsweredReadDeliversTheVenuesBook() {
        harness.strategy.onStart(context -> context.requestBook(T));
        harness.start();

        Eventually.until(() -> !harness.strategy.events(BookReply.class).isEmpty(), () -> "a book reply");
        BookReply reply = harness.strategy.events(BookReply.class).get(0);
        assertThat(reply.ticker()).isEqualTo(T);
        assertThat(reply.rejection()).isNull();
        assertThat(reply.book()).isEqualTo(BookView.empty(T));
        assertThat(harness.venue.calls("orderbook")).extracting(TestVenue.Call::body).containsExactly(T);
    }

    @Test
    void aReadAfterABookChangeSeesTheNewBook() {
        BookView book = new BookView(T, List.of(BookLevel.of(Price.ofCents(44), Count.ofContracts(5))),
                List.of(BookLevel.of(Price.ofCents(53), Count.ofContracts(2))));
        harness.strategy.onStart(context -> context.subscribe(List.of(T)));
        harness.strategy.onEvent((context, event) -> {
            if (event instanceof BookUpdate) {
                context.requestBook(T);
            }
        });
        harness.start();
        harness.venue.book(book);

        Eventually.until(() -> !harness.strategy.events(BookReply.class).isEmpty(), () -> "a book reply");
        assertThat(harness.strategy.events(BookReply.class).get(0).book()).isEqualTo(book);
    }

    @Test
    void aRefusedReadReachesTheStrategyTyped() {
        harness.venue.holdAnswers(true);
        harness.strategy.onStart(context -> context.requestBook(T));
        harness.start();
        Eventually.until(() -> !harness.venue.calls("orderbook").isEmpty(), () -> "an orderbook call");
        Rejection limited = new Rejection("too_many_requests", 429, OptionalLong.of(250_000_000L), "too many requests");
        harness.venue.calls("orderbook").get(0).refuse(limited);

        Eventually.until(() -> !harness.strategy.events(BookReply.class).isEmpty(), () -> "a book reply");
        BookReply reply = harness.strategy.events(BookReply.class).get(0);
        assertThat(reply.book()).isNull();
        assertThat(reply.answered()).isFalse();
        assertThat(reply.rejection()).isEqualTo(limited);
        assertThat(reply.rejection().isRateLimited()).isTrue();
    }
}
