package dev.kalshisim.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.TimerEvent;
import dev.kalshisim.data.replay.ReplayLog;
import dev.kalshisim.testkit.RecordingStrategy;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy's REST book read in a backtest is a {@code GET /markets/{ticker}/orderbook}: charged
 * to the read bucket at the cost table's price, answered with the replayed book of that moment,
 * and, without pacing, refused 429 with the wait once the bucket is empty.
 */
class BacktestBookReadTest {

    private static final String MARKET = "KXTEST-26JAN02-T50";
    private static final String ENDPOINT = "GET /trade-api/v2/markets/{ticker}/orderbook";

    @TempDir
    Path dir;

    private ReplayLog quietBook(String name) throws Exception {
        return Recordings.of(MARKET)
                .snapshot(0, new long[] {40, 10}, new long[] {55, 7})
                .delta(30_000, OutcomeSide.YES, 39, 1)
                .write(dir.resolve(name));
    }

    /** Asks for {@code count} books of {@code ticker} at once, 1 s into the recording. */
    private static RecordingStrategy readAt(String ticker, int count) {
        RecordingStrategy strategy = new RecordingStrategy();
        strategy.onStart(context -> context.scheduleTimer("go", Recordings.at(1_000)));
        strategy.onEvent((context, event) -> {
            if (event instanceof TimerEvent) {
                for (int i = 0; i < count; i++) {
                    context.requestBook(ticker);
                }
            }
        });
        return strategy;
    }

    private BacktestResult run(ReplayLog log, RecordingStrategy strategy, BacktestTest.Entries entries,
            boolean pacing) {
        BacktestConfig config = BacktestConfig.defaults(log, strategy, "test")
                .withLatency(BacktestConfig.Latency.none()).withQueueModel("conservative").withPacing(pacing);
        return Backtest.run(config, entries, BacktestProgress.NONE);
    }

    private List<BacktestEntry.Tokens> reads(BacktestTest.Entries entries) {
        return entries.of(BacktestEntry.Tokens.class).stream().filter(t -> t.endpoint().equals(ENDPOINT)).toList();
    }

    @Test
    void aReadCostsReadTokensAndAnswersTheReplayedBook() throws Exception {
        RecordingStrategy strategy = readAt(MARKET, 1);
        BacktestTest.Entries entries = new BacktestTest.Entries();
        BacktestResult result = run(quietBook("one"), strategy, entries, false);

        List<BookReply> replies = strategy.events(BookReply.class);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).rejection()).isNull();
        assertThat(replies.get(0).book().yesBids()).containsExactly(BookLevel.of(Price.ofCents(40), Count.ofContracts(10)));
        assertThat(replies.get(0).book().noBids()).containsExactly(BookLevel.of(Price.ofCents(55), Count.ofContracts(7)));
        assertThat(reads(entries)).singleElement().satisfies(tokens -> {
            assertThat(tokens.bucket()).isEqualTo("read");
            assertThat(tokens.tokens()).isEqualTo(10);
        });
        assertThat(result.tokensByEndpoint()).containsEntry(ENDPOINT, 10L);
    }

    @Test
    void anUnknownMarketIsRefused404() throws Exception {
        RecordingStrategy strategy = readAt("KXNOPE-26JAN02-T1", 1);
        run(quietBook("unknown"), strategy, new BacktestTest.Entries(), false);

        assertThat(strategy.events(BookReply.class)).singleElement().satisfies(reply -> {
            assertThat(reply.book()).isNull();
            assertThat(reply.rejection().httpStatus()).isEqualTo(404);
            assertThat(reply.rejection().code()).isEqualTo("not_found");
        });
    }

    @Test
    void withPacingOffTooManyReadsAreAnswered429WithTheWait() throws Exception {
        // Basic tier: 400 read tokens, refilled at 200 a second; a read costs 10, so 40 go at once.
        RecordingStrategy strategy = readAt(MARKET, 45);
        BacktestTest.Entries entries = new BacktestTest.Entries();
        BacktestResult result = run(quietBook("unpaced"), strategy, entries, false);

        List<BookReply> replies = strategy.events(BookReply.class);
        assertThat(replies).hasSize(45);
        assertThat(replies).filteredOn(BookReply::answered).hasSize(40);
        assertThat(replies).filteredOn(reply -> !reply.answered()).hasSize(5).allSatisfy(reply -> {
            assertThat(reply.rejection().isRateLimited()).isTrue();
            // The bucket is empty; 10 tokens refill in 50 ms.
            assertThat(reply.rejection().retryAfterNanos()).isEqualTo(OptionalLong.of(50 * Recordings.MS));
        });
        assertThat(result.rejections429()).isEqualTo(5);
        assertThat(result.waitNanos()).isZero();
    }

    @Test
    void withPacingOnTheSameReadsWaitInstead() throws Exception {
        RecordingStrategy strategy = readAt(MARKET, 45);
        BacktestTest.Entries entries = new BacktestTest.Entries();
        BacktestResult result = run(quietBook("paced"), strategy, entries, true);

        assertThat(strategy.events(BookReply.class)).hasSize(45).allSatisfy(reply -> assertThat(reply.answered()).isTrue());
        assertThat(result.rejections429()).isZero();
        // Forty at once, then one every 50 ms: the last waits 250 ms.
        assertThat(reads(entries).get(44).waitNanos()).isEqualTo(250 * Recordings.MS);
    }
}
