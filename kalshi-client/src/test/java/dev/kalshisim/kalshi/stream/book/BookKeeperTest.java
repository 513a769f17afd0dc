package dev.kalshisim.kalshi.stream.book;

import static dev.kalshisim.kalshi.stream.book.BookMessages.deltaMessage;
import static dev.kalshisim.kalshi.stream.book.BookMessages.level;
import static dev.kalshisim.kalshi.stream.book.BookMessages.snapshot;
import static dev.kalshisim.kalshi.stream.book.BookMessages.snapshotMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.time.VirtualClock;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.MalformedMessage;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.core.wire.stream.Unsubscribed;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdatedMarkets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BookKeeperTest {

    private static final long SNAPSHOT_TIMEOUT_NANOS = 5_000_000_000L;

    private final VirtualClock clock = VirtualClock.atMillis(1_700_000_000_000L);
    private final FakeFeed feed = new FakeFeed();
    private final BookKeeper keeper = new BookKeeper(feed, clock, SNAPSHOT_TIMEOUT_NANOS);

    @Test
    void snapshotThenDeltasMakeALiveBook() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of("0.55", "3"))));
        keeper.accept(deltaMessage(1, 2, "A", "0.40", "-4", OutcomeSide.YES));
        keeper.accept(deltaMessage(1, 3, "A", "0.41", "2", OutcomeSide.YES));

        BookSnapshot view = keeper.book("A").orElseThrow().snapshot();
        assertThat(view.isLive()).isTrue();
        assertThat(view.yesBids()).containsExactly(level("0.41", "2"), level("0.40", "6"));
        assertThat(view.bestYesAsk()).contains(level("0.45", "3"));
        assertThat(feed.requests).isEmpty();
    }

    @Test
    void aGapInvalidatesTheBookAndAsksForOneSnapshot() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(deltaMessage(1, 2, "A", "0.40", "1", OutcomeSide.YES));

        keeper.accept(deltaMessage(1, 4, "A", "0.40", "1", OutcomeSide.YES));
        keeper.accept(deltaMessage(1, 5, "A", "0.40", "1", OutcomeSide.YES));
        keeper.accept(deltaMessage(1, 7, "A", "0.40", "1", OutcomeSide.YES));

        BookSnapshot view = keeper.book("A").orElseThrow().snapshot();
        assertThat(view.state()).isEqualTo(BookState.INVALID);
        assertThat(view.invalidReason()).contains("seq 4 after 2");
        assertThat(view.yesBids()).isEmpty();
        assertThat(feed.requests).containsExactly(new Request(1, List.of("A")));
    }

    @Test
    void theBookIsRebuiltFromTheFreshSnapshotAndFollowsLaterDeltas() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));

        keeper.accept(snapshotMessage(1, 4, snapshot("A", List.of("0.40", "11", "0.35", "1"), List.of())));
        keeper.accept(deltaMessage(1, 5, "A", "0.35", "-1", OutcomeSide.YES));

        BookSnapshot view = keeper.book("A").orElseThrow().snapshot();
        assertThat(view.isLive()).isTrue();
        assertThat(view.yesBids()).containsExactly(level("0.40", "11"));
        clock.advanceBy(SNAPSHOT_TIMEOUT_NANOS * 2);
        assertThat(feed.resubscribes).isEmpty();
    }

    @Test
    void aGapInvalidatesEveryMarketOfTheSubscription() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(1, 2, snapshot("B", List.of("0.20", "10"), List.of())));
        keeper.accept(snapshotMessage(2, 1, snapshot("C", List.of("0.30", "10"), List.of())));

        keeper.accept(deltaMessage(1, 4, "B", "0.20", "1", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(keeper.book("B").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(keeper.book("C").orElseThrow().state()).isEqualTo(BookState.LIVE);
        assertThat(feed.requests).containsExactly(new Request(1, List.of("A", "B")));
    }

    @Test
    void aSnapshotAfterAGapIsAppliedButTheOtherMarketsAreRepaired() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(1, 2, snapshot("B", List.of("0.20", "10"), List.of())));

        keeper.accept(snapshotMessage(1, 5, snapshot("B", List.of("0.21", "1"), List.of())));

        assertThat(keeper.book("B").orElseThrow().snapshot().yesBids()).containsExactly(level("0.21", "1"));
        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(feed.requests).containsExactly(new Request(1, List.of("A")));
    }

    @Test
    void aRefusedSnapshotRequestReopensTheSubscription() {
        feed.nextRequest = CompletableFuture.failedFuture(new IllegalStateException("error 13"));
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));

        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));

        assertThat(feed.resubscribes).containsExactly(1L);
    }

    @Test
    void anOverdueSnapshotReopensTheSubscriptionOnce() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));

        clock.advanceBy(SNAPSHOT_TIMEOUT_NANOS - 1);
        assertThat(feed.resubscribes).isEmpty();
        clock.advanceBy(1);
        assertThat(feed.resubscribes).containsExactly(1L);

        keeper.accept(deltaMessage(1, 9, "A", "0.40", "1", OutcomeSide.YES));
        clock.advanceBy(SNAPSHOT_TIMEOUT_NANOS);
        assertThat(feed.resubscribes).containsExactly(1L);
    }

    @Test
    void theReopenedSubscriptionRebuildsTheBookUnderItsNewSid() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));
        clock.advanceBy(SNAPSHOT_TIMEOUT_NANOS);

        keeper.accept(new Unsubscribed(9L, 1, 4));
        keeper.accept(snapshotMessage(7, 1, snapshot("A", List.of("0.42", "1"), List.of())));
        keeper.accept(deltaMessage(7, 2, "A", "0.42", "1", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().snapshot().yesBids()).containsExactly(level("0.42", "2"));
        assertThat(keeper.book("A").orElseThrow().snapshot().sid()).isEqualTo(7);
    }

    @Test
    void aNegativeLevelRepairsOnlyThatMarket() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(1, 2, snapshot("B", List.of("0.20", "10"), List.of())));

        keeper.accept(deltaMessage(1, 3, "B", "0.20", "-11", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.LIVE);
        assertThat(keeper.book("B").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(feed.requests).containsExactly(new Request(1, List.of("B")));
    }

    @Test
    void deltasBeforeTheFirstSnapshotAreIgnored() {
        keeper.accept(deltaMessage(1, 1, "A", "0.40", "5", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.AWAITING_SNAPSHOT);

        keeper.accept(snapshotMessage(1, 2, snapshot("A", List.of("0.40", "5"), List.of())));
        assertThat(keeper.book("A").orElseThrow().snapshot().yesBids()).containsExactly(level("0.40", "5"));
        assertThat(feed.requests).isEmpty();
    }

    @Test
    void replySequenceNumbersAreAcceptedWhetherOrNotTheyUseANumber() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));

        keeper.accept(new UpdateOk(5L, 1L, 2L, new UpdatedMarkets(List.of("A"), null)));
        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));
        keeper.accept(new UpdateOk(6L, 1L, 3L, null));
        keeper.accept(deltaMessage(1, 4, "A", "0.40", "1", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().snapshot().yesBids()).containsExactly(level("0.40", "12"));
        assertThat(feed.requests).isEmpty();
    }

    @Test
    void aReplyThatSkipsANumberIsAGap() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));

        keeper.accept(new UpdateOk(5L, 1L, 3L, null));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(feed.requests).containsExactly(new Request(1, List.of("A")));
    }

    @Test
    void aMarketRemovedFromTheSubscriptionIsNoLongerLive() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(1, 2, snapshot("B", List.of("0.20", "10"), List.of())));

        keeper.accept(new UpdateOk(5L, 1L, 3L, new UpdatedMarkets(List.of("A"), null)));

        assertThat(keeper.book("A").orElseThrow().state()).isEqualTo(BookState.LIVE);
        assertThat(keeper.book("B").orElseThrow().snapshot().invalidReason()).contains("removed");
        assertThat(feed.requests).isEmpty();
    }

    @Test
    void aLostConnectionInvalidatesEveryBookUntilNewSnapshotsArrive() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(2, 1, snapshot("B", List.of("0.20", "10"), List.of())));

        keeper.connectionLost("reset by peer");

        assertThat(keeper.books().values()).allMatch(book -> book.state() == BookState.INVALID);
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.41", "1"), List.of())));
        keeper.accept(deltaMessage(1, 2, "A", "0.41", "1", OutcomeSide.YES));
        assertThat(keeper.book("A").orElseThrow().snapshot().yesBids()).containsExactly(level("0.41", "2"));
        assertThat(keeper.book("B").orElseThrow().state()).isEqualTo(BookState.INVALID);
        assertThat(feed.requests).isEmpty();
    }

    @Test
    void anUnreadableOrderBookMessageReopensTheSubscription() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));

        keeper.accept(new MalformedMessage("{...}", "orderbook_delta", 1L, 2L, "bad price"));

        assertThat(keeper.book("A").orElseThrow().snapshot().invalidReason()).contains("bad price");
        assertThat(feed.resubscribes).containsExactly(1L);
    }

    @Test
    void aMarketOnTwoSubscriptionsIsBuiltFromOneOfThemOnly() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(2, 1, snapshot("A", List.of("0.40", "10"), List.of())));

        keeper.accept(deltaMessage(1, 2, "A", "0.40", "1", OutcomeSide.YES));
        keeper.accept(deltaMessage(2, 2, "A", "0.40", "1", OutcomeSide.YES));

        assertThat(keeper.book("A").orElseThrow().snapshot().yesBids()).containsExactly(level("0.40", "11"));
        assertThat(keeper.book("A").orElseThrow().snapshot().sid()).isEqualTo(2);
    }

    @Test
    void aTerminalChannelErrorRepairsEveryBook() {
        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(snapshotMessage(2, 1, snapshot("B", List.of("0.20", "10"), List.of())));

        keeper.accept(ErrorReply.of(0, StreamErrorCode.BUFFER_OVERFLOW));
        keeper.accept(ErrorReply.of(0, StreamErrorCode.ALREADY_SUBSCRIBED));

        assertThat(keeper.books().values()).allMatch(book -> book.state() == BookState.INVALID);
        assertThat(feed.requests).containsExactlyInAnyOrder(new Request(1, List.of("A")), new Request(2, List.of("B")));
    }

    @Test
    void yesLegSubscriptionsAreReadWithTheirPricing() {
        feed.pricing.put(3L, NoSidePricing.YES_LEG);

        keeper.accept(snapshotMessage(3, 1, snapshot("A", List.of("0.40", "10"), List.of("0.45", "2"))));
        keeper.accept(deltaMessage(3, 2, "A", "0.45", "1", OutcomeSide.NO));

        assertThat(keeper.book("A").orElseThrow().snapshot().bestYesAsk()).contains(level("0.45", "3"));
        assertThat(keeper.book("A").orElseThrow().snapshot().bestNoBid()).contains(level("0.55", "3"));
    }

    @Test
    void listenersHearOfChangesEvenWhenAnotherListenerThrows() {
        List<String> heard = new ArrayList<>();
        keeper.addListener(book -> {
            throw new IllegalStateException("broken listener");
        });
        keeper.addListener(book -> heard.add(book.marketTicker() + ":" + book.state()));

        keeper.accept(snapshotMessage(1, 1, snapshot("A", List.of("0.40", "10"), List.of())));
        keeper.accept(deltaMessage(1, 3, "A", "0.40", "1", OutcomeSide.YES));

        assertThat(heard).containsExactly("A:LIVE", "A:INVALID");
    }

    record Request(long sid, List<String> tickers) {
    }

    static final class FakeFeed implements BookFeed {
        final List<Request> requests = new ArrayList<>();
        final List<Long> resubscribes = new ArrayList<>();
        final Map<Long, NoSidePricing> pricing = new HashMap<>();
        CompletableFuture<?> nextRequest = new CompletableFuture<>();

        @Override
        public NoSidePricing pricingOf(long sid) {
            return pricing.getOrDefault(sid, NoSidePricing.NO_LEG);
        }

        @Override
        public CompletableFuture<?> requestSnapshot(long sid, List<String> marketTickers) {
            requests.add(new Request(sid, List.copyOf(marketTickers)));
            return nextRequest;
        }

        @Override
        public CompletableFuture<?> resubscribe(long sid) {
            resubscribes.add(sid);
            return new CompletableFuture<>();
        }
    }
}
