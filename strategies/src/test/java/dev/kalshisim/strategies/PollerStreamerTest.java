package dev.kalshisim.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.CancelOrder;
import dev.kalshisim.core.strategy.OpenOrder;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.core.strategy.RequestBook;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.StrategyParameters;
import dev.kalshisim.core.strategy.SubmitOrder;
import dev.kalshisim.core.strategy.SubscribeMarkets;
import dev.kalshisim.testkit.StrategyTestKit;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The poller and the streamer make the same decisions from the same books: the poller learns
 * them by reading each market over REST every poll, the streamer from the stream. Both quote
 * around the mid and cancel and replace when it moves.
 */
class PollerStreamerTest {

    private static final String A = "KXFED-26MAR-T4.25";
    private static final String B = "KXFED-26MAR-T4.50";
    private static final long POLL = 200_000_000L;

    private static StrategyTestKit kit(StrategyDescriptor descriptor) {
        // A fixed-rate poller (every market every poll), so each step shows both strategies the same book.
        StrategyParameters parameters = StrategyParameters.parse(
                List.of("markets=" + A + "," + B, "spread=0.04", "idle-poll=200ms"));
        return new StrategyTestKit(descriptor.create(parameters), parameters).start();
    }

    /** The quotes a kit's strategy holds: side and price of each open order, in order. */
    private static List<String> quotes(StrategyTestKit kit) {
        return kit.openOrders(null).stream().filter(OpenOrder::isWorking)
                .map(order -> order.ticker() + " " + order.side() + " " + order.yesPrice()).toList();
    }

    /** Both kits see {@code yesBid}/{@code yesAsk} in A, then the poller polls once. */
    private static void showBoth(StrategyTestKit poller, StrategyTestKit streamer, int yesBid, int yesAsk) {
        streamer.quote(A, Price.ofCents(yesBid), Price.ofCents(yesAsk), Count.ofContracts(10));
        poller.quote(A, Price.ofCents(yesBid), Price.ofCents(yesAsk), Count.ofContracts(10));
        poller.advanceBy(POLL);
    }

    @Test
    void theSameBooksGiveTheSameQuotesAndTheSameReplacements() {
        StrategyTestKit poller = kit(Poller.descriptor());
        StrategyTestKit streamer = kit(Streamer.descriptor());

        assertThat(streamer.commands(SubscribeMarkets.class)).singleElement()
                .satisfies(subscribe -> assertThat(subscribe.tickers()).containsExactly(A, B));
        assertThat(poller.commands(SubscribeMarkets.class)).isEmpty();

        showBoth(poller, streamer, 40, 50);
        assertThat(poller.commands(RequestBook.class)).extracting(RequestBook::ticker).containsExactly(A, B);
        assertThat(quotes(streamer)).containsExactly(A + " BID 0.4300", A + " ASK 0.4700");
        assertThat(quotes(poller)).isEqualTo(quotes(streamer));

        // The mid moves 5 cents: both cancel both quotes and place new ones.
        showBoth(poller, streamer, 45, 55);
        assertThat(quotes(streamer)).containsExactly(A + " BID 0.4800", A + " ASK 0.5200");
        assertThat(quotes(poller)).isEqualTo(quotes(streamer));
        assertThat(poller.commands(CancelOrder.class)).hasSize(2);
        assertThat(streamer.commands(CancelOrder.class)).hasSize(2);
        assertThat(poller.commands(SubmitOrder.class)).hasSameSizeAs(streamer.commands(SubmitOrder.class)).hasSize(4);

        // Unchanged: nothing new from either (the poller keeps reading, every poll, each market).
        showBoth(poller, streamer, 45, 55);
        assertThat(poller.commands(SubmitOrder.class)).hasSize(4);
        assertThat(streamer.commands(SubmitOrder.class)).hasSize(4);
        assertThat(poller.commands(RequestBook.class)).hasSize(6);
        assertThat(streamer.commands(RequestBook.class)).isEmpty();
    }

    @Test
    void aRefusedReadChangesNothingAndTheNextPollAsksAgain() {
        StrategyTestKit poller = kit(Poller.descriptor());
        poller.deliver(new BookReply(poller.clock().nowNanos(), A, null,
                new Rejection("too_many_requests", 429, OptionalLong.of(50_000_000L), "too many requests")));
        assertThat(poller.commands(SubmitOrder.class)).isEmpty();
        poller.advanceBy(POLL);
        assertThat(poller.commands(RequestBook.class)).hasSize(2);
    }

    @Test
    void aMovingMarketIsReadEveryPollAndAQuietOneEveryIdlePoll() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=" + A + "," + B));
        StrategyTestKit poller = new StrategyTestKit(Poller.descriptor().create(parameters), parameters).start();
        poller.quote(A, Price.ofCents(40), Price.ofCents(50), Count.ofContracts(10));
        poller.quote(B, Price.ofCents(60), Price.ofCents(70), Count.ofContracts(10));
        poller.advanceBy(POLL);
        assertThat(poller.commands(RequestBook.class)).extracting(RequestBook::ticker).containsExactly(A, B);

        // A's mid moves every 200 ms from 0.4 s to 2.2 s; B's never does. A first sight is no move, so
        // the poller learns that A moves at its idle read (1.2 s), then reads it every poll.
        for (int i = 0; i < 10; i++) {
            poller.quote(A, Price.ofCents(41 + i), Price.ofCents(51 + i), Count.ofContracts(10));
            poller.advanceBy(POLL);
        }
        // 0.2 s, 1.2 s, then every poll to 2.2 s; B at 0.2, 1.2 and 2.2 s (the default idle poll, 1 s).
        assertThat(reads(poller, A)).isEqualTo(7);
        assertThat(reads(poller, B)).isEqualTo(3);

        // A goes quiet: read every poll while its last move (seen at 2.2 s) is under 2 s old, to
        // 4.0 s (9 reads), then once a second (5.0 s, 6.0 s).
        poller.advanceBy(20 * POLL);
        assertThat(reads(poller, A) - 7).isEqualTo(11);
    }

    private static long reads(StrategyTestKit kit, String ticker) {
        return kit.commands(RequestBook.class).stream().filter(read -> read.ticker().equals(ticker)).count();
    }

    @Test
    void aFixedRatePollerIsTheIdlePollEqualToThePoll() {
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=" + A + "," + B, "idle-poll=200ms"));
        StrategyTestKit poller = new StrategyTestKit(Poller.descriptor().create(parameters), parameters).start();
        poller.advanceBy(5 * POLL);
        assertThat(poller.commands(RequestBook.class)).hasSize(10);
    }
}
