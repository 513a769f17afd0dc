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
        StrategyParameters parameters = StrategyParameters.parse(List.of("markets=" + A + "," + B, "spread=0.04"));
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
}
