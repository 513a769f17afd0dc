package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.io.EOFException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, finding 6: a client that stops reading its socket altogether, under a flow far too
 * small to overflow its queue, was reset only at the 60 s idle timeout, silently. Its
 * frame in flight now times out: the feed sends error 25 and close 1008 behind it, within
 * seconds, and the client gets both once it reads again.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StalledReaderIT {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(1);
    private static final int BURST = 40;
    private static final long GIVE_UP_SECONDS = 20;
    private static final int MAX_CHANGES = 400_000;

    private FeedHarness sim;

    @BeforeEach
    void start() {
        sim = new FeedHarness();
        sim.market("STALL");
        // A queue far larger than the flow of the test can fill: only the write timeout can close the reader.
        sim.feed().configure(sim.feed().config().withWriteTimeout(WRITE_TIMEOUT).withQueueCapacity(MAX_CHANGES));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aReaderThatStopsGetsError25AndClose1008WithinSeconds() throws Exception {
        try (RawWebSocket stalled = subscribedReader()) {
            Stall stall = flowUntilClosed();

            List<RawWebSocket.Frame> frames = stalled.readToClose();
            RawWebSocket.Frame close = frames.get(frames.size() - 1);
            assertThat(close.closeCode()).isEqualTo(1008);
            // Not the overflow's "client too slow": the queue had room; the frame in flight timed out.
            assertThat(close.closeReason()).isEqualTo("subscription buffer overflow (error 25): client stopped reading");
            assertThat(frames.get(frames.size() - 2).text())
                    .isEqualTo("{\"type\":\"error\",\"msg\":{\"code\":25,\"msg\":\"Subscription buffer overflow\"}}");
            // Every book change is one delta, in order: the last delta read is the frame that got stuck.
            int delivered = frames.size() - 2;
            assertThat(delivered).as("the backlog behind the stuck frame was discarded").isLessThan(stall.changes());
            long stuckMillis = TimeUnit.NANOSECONDS.toMillis(stall.closedAtNanos() - stall.changedAtNanos()[delivered - 1]);
            System.out.printf("StalledReaderIT: %d book changes, %d delivered, closed %d ms after the last delivered"
                    + " one%n", stall.changes(), delivered, stuckMillis);
            assertThat(stuckMillis).as("ms from the stuck frame to the close")
                    .isBetween(WRITE_TIMEOUT.toMillis() - 100, WRITE_TIMEOUT.toMillis() + 3_000);
        }
    }

    @Test
    void aReaderThatNeverReadsAgainIsDisconnectedAWriteTimeoutLater() throws Exception {
        try (RawWebSocket stalled = subscribedReader()) {
            flowUntilClosed();
            Thread.sleep(WRITE_TIMEOUT.toMillis() + 1_000);

            // What the kernel had buffered still arrives, then the end of the stream: no close frame got out.
            int frames = 0;
            try {
                while (true) {
                    assertThat(stalled.readFrame().opcode()).isEqualTo(RawWebSocket.Frame.TEXT);
                    frames++;
                }
            } catch (EOFException disconnected) {
                assertThat(frames).isPositive();
            }
        }
    }

    /** A client subscribed to the book of STALL that has read its snapshot and now reads no more. */
    private RawWebSocket subscribedReader() throws Exception {
        RawWebSocket socket = RawWebSocket.connect(sim.server.port(), 2_048);
        assertThat(socket.upgrade(FeedHarness.WS_PATH,
                sim.signedHeaders(sim.member(), sim.clock.nowMillis(), "GET", FeedHarness.WS_PATH)).status()).isEqualTo(101);
        socket.sendText("{\"id\":1,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"orderbook_delta\"],"
                + "\"market_ticker\":\"STALL\"}}");
        assertThat(socket.readFrame().text()).contains("subscribed");
        assertThat(socket.readFrame().text()).contains("orderbook_snapshot");
        return socket;
    }

    /** The book changes made while the reader was stalled, when each was made, and when the feed closed it. */
    private record Stall(int changes, long[] changedAtNanos, long closedAtNanos) {
    }

    /** Changes the book of STALL in bursts until the feed closes the stalled reader. */
    private Stall flowUntilClosed() throws InterruptedException {
        FeedHarness.Member trader = sim.member();
        long[] changedAtNanos = new long[MAX_CHANGES];
        int changes = 0;
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (sim.feed().connectionCount() > 0 && changes + BURST <= MAX_CHANGES && System.nanoTime() < giveUpAt) {
            changes = placeAndCancel(trader, changedAtNanos, changes);
            Thread.sleep(5);
        }
        long closedAtNanos = System.nanoTime();
        assertThat(sim.feed().connectionCount()).as("the stalled connection is closed after %d book changes", changes)
                .isZero();
        return new Stall(changes, changedAtNanos, closedAtNanos);
    }

    /**
     * Rests and cancels {@value #BURST} / 2 one-lot bids, noting when each book change was made;
     * returns the number of changes made so far.
     */
    private int placeAndCancel(FeedHarness.Member trader, long[] changedAtNanos, int changes) {
        int made = changes;
        for (int i = 0; i < BURST / 2; i++) {
            String orderId = sim.exchange().placeOrder(PlaceOrder.bid(trader.memberId(), "STALL",
                    Price.ofCents(1 + made % 98), Count.ofContracts(1))).orderId();
            changedAtNanos[made++] = System.nanoTime();
            sim.exchange().cancelOrder(trader.memberId(), orderId);
            changedAtNanos[made++] = System.nanoTime();
        }
        return made;
    }
}
