package dev.kalshisim.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.auth.Credentials;
import dev.kalshisim.core.auth.TestKeys;
import dev.kalshisim.core.limits.Tier;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.WallClock;
import dev.kalshisim.data.book.BookReplayer;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingReader;
import dev.kalshisim.data.recording.Source;
import dev.kalshisim.data.recording.WriterSettings;
import dev.kalshisim.kalshi.client.Backoff;
import dev.kalshisim.sim.control.client.OpenedAccount;
import dev.kalshisim.sim.embedded.EmbeddedSimulator;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder against a real simulator on a socket: a normal recording whose replayed books are
 * the simulator's, a forced disconnect and a dropped message, each a gap followed by fresh
 * snapshots.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecordCommandIT {

    private static final String A = "KXREC-26JAN01-A";
    private static final String B = "KXREC-26JAN01-B";

    @TempDir
    Path dir;

    private EmbeddedSimulator sim;
    private OpenedAccount buyer;
    private OpenedAccount seller;
    private Thread recording;
    private Recorder recorder;
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sim = EmbeddedSimulator.start();
        sim.createMarket(A);
        sim.createMarket(B);
        buyer = sim.createAccount(Money.ofDollars(10_000), Tier.BASIC, TestKeys.firstPublicKeyPem());
        seller = sim.createAccount(Money.ofDollars(10_000), Tier.BASIC, TestKeys.firstPublicKeyPem());
        bid(A, 30, 5);
        bid(A, 31, 2);
        ask(A, 60, 4);
        bid(B, 45, 3);
    }

    @AfterEach
    void stop() throws Exception {
        if (recorder != null) {
            recorder.stop();
            recording.join(10_000);
        }
        sim.close();
    }

    @Test
    void aRecordingReplaysToTheBooksTheSimulatorServed() throws Exception {
        Path out = dir.resolve("rec");
        startRecording(out, List.of(A, B), new WriterSettings(4096, Long.MAX_VALUE));

        for (int i = 0; i < 20; i++) {
            bid(i % 2 == 0 ? A : B, 20 + i, 1 + i % 3);
        }
        ask(A, 31, 3); // crosses the 31c bid: a trade, and the level goes
        ask(B, 55, 2);
        List<RecordedMessage> lines = finish(out);

        ReplayedBooks books = replay(lines);
        assertThat(books.book(A)).isEqualTo(restBook(A));
        assertThat(books.book(B)).isEqualTo(restBook(B));
        assertThat(books.deltas()).isGreaterThanOrEqualTo(22);
        assertThat(types(lines)).contains("subscribed", "orderbook_snapshot", "orderbook_delta", "trade", "ticker");
        assertThat(restPaths(lines)).contains("/trade-api/v2/markets/" + A + "/orderbook",
                "/trade-api/v2/markets/" + B + "/orderbook");
        Manifest manifest = RecordingReader.readManifest(out);
        assertThat(manifest.origin().kind()).isEqualTo("record");
        assertThat(manifest.markets()).extracting(Manifest.MarketMetadata::ticker).containsExactly(A, B);
        Manifest.MarketMetadata first = manifest.markets().get(0);
        assertThat(first.market().path("ticker").asText()).isEqualTo(A);
        assertThat(first.event().path("event_ticker").asText()).isEqualTo("KXREC-26JAN01");
        assertThat(first.series().path("ticker").asText()).isEqualTo("KXREC");
        assertThat(manifest.gaps()).isEmpty();
        assertThat(manifest.segments()).as("rotated at 4 KiB").hasSizeGreaterThan(1);
        assertThat(manifest.lineCount()).isEqualTo(lines.size());
        BookReplayer replayer = BookReplayer.replay(lines.iterator(), new MessageNormalizer());
        assertThat(replayer.divergences()).as("the data module's replayer agrees: no snapshot contradicts the deltas")
                .isEmpty();
        assertThat(replayer.gaps()).isEmpty();
        assertThat(replayer.snapshotsMatched()).as("the REST books at start match the WebSocket's").isPositive();
        assertThat(failures).isEmpty();
    }

    @Test
    void aForcedDisconnectIsAGapFollowedByFreshSnapshots() throws Exception {
        Path out = dir.resolve("rec");
        startRecording(out, List.of(A, B));
        long before = recorder.messagesWritten();
        bid(A, 22, 1);
        awaitTrue("the delta before the drop is recorded", () -> recorder.messagesWritten() > before);

        JsonNode dropped = sim.control().post("/faults/websocket/drop_connections", null, 200);
        assertThat(dropped.path("dropped_connections").asInt()).isEqualTo(1);
        // At least one: on a busy machine the first reconnect may itself be cut, a second gap of the same cause.
        // The gap is written once the resync is done: the restored subscriptions (up to the recorder's
        // 15 s startup timeout) and fresh REST books, so on a busy machine it can take longer than the
        // other waits here; the recorder's state says where it stood if it never came.
        awaitTrue("a disconnect gap", () -> recorder.gapsWritten() >= 1, () -> "recorder " + recorder.state(),
                60_000_000_000L);
        bid(A, 23, 2);
        bid(B, 24, 1);
        List<RecordedMessage> lines = finish(out);

        Manifest.Gap gap = RecordingReader.readManifest(out).gaps().get(0);
        assertThat(gap.reason()).isEqualTo("disconnect");
        assertThat(gap.markets()).containsExactly(A, B);
        assertThat(gap.toNs()).isGreaterThanOrEqualTo(gap.fromNs());
        List<RecordedMessage> after = lines.stream().filter(line -> line.recvNanos() > gap.fromNs()).toList();
        assertThat(restPaths(after)).as("REST snapshots after the drop")
                .contains("/trade-api/v2/markets/" + A + "/orderbook", "/trade-api/v2/markets/" + B + "/orderbook");
        assertThat(types(after)).as("the restored subscription's snapshots").contains("subscribed", "orderbook_snapshot");
        assertThat(replay(lines).book(A)).isEqualTo(restBook(A));
        assertThat(replay(lines).book(B)).isEqualTo(restBook(B));
    }

    @Test
    void aDroppedMessageIsASequenceBreakFollowedByFreshSnapshots() throws Exception {
        Path out = dir.resolve("rec");
        startRecording(out, List.of(A, B));
        JsonNode rule = sim.control().newObject().put("channel", "orderbook_delta").put("count", 1);
        sim.control().post("/faults/websocket/drop_messages", rule, 200);

        bid(A, 25, 1); // dropped
        bid(A, 26, 1); // shows the loss
        awaitTrue("a sequence break gap", () -> recorder.gapsWritten() == 1);
        bid(B, 27, 1);
        List<RecordedMessage> lines = finish(out);

        Manifest.Gap gap = RecordingReader.readManifest(out).gaps().get(0);
        assertThat(gap.reason()).isEqualTo("sequence_break");
        assertThat(gap.markets()).containsExactly(A, B);
        List<RecordedMessage> after = lines.stream().filter(line -> line.recvNanos() >= gap.toNs()).toList();
        assertThat(restPaths(after)).as("REST snapshots after the break")
                .contains("/trade-api/v2/markets/" + A + "/orderbook", "/trade-api/v2/markets/" + B + "/orderbook");
        assertThat(types(after)).as("get_snapshot's snapshots").contains("orderbook_snapshot");
        ReplayedBooks books = replay(lines);
        assertThat(books.book(A)).as("the resync repaired the book the lost delta broke").isEqualTo(restBook(A));
        assertThat(BookReplayer.replay(lines.iterator(), new MessageNormalizer()).gapCount())
                .as("the data module's replayer sees the same loss").isEqualTo(1);
        assertThat(books.book(B)).isEqualTo(restBook(B));
    }

    private void startRecording(Path out, List<String> tickers) {
        startRecording(out, tickers, WriterSettings.DEFAULTS);
    }

    private void startRecording(Path out, List<String> tickers, WriterSettings segments) {
        Credentials credentials = TestKeys.credentials(buyer.apiKeyId());
        RecordSettings settings = new RecordSettings(sim.restBaseUrl(), credentials, Selection.tickers(tickers), out,
                null, RecordSettings.DEFAULT_CHANNELS, segments,
                new Backoff(20_000_000L, 500_000_000L), Duration.ofMillis(200));
        recorder = new Recorder(settings, WallClock.instance(), new PrintWriter(new StringWriter(), true), false);
        recording = new Thread(() -> {
            try {
                recorder.run();
            } catch (Throwable failure) {
                failures.add(failure);
            }
        }, "test-recorder");
        recording.start();
        awaitTrue("the recorder is live", () -> recorder.state().equals("connected") || !recording.isAlive());
        assertThat(failures).isEmpty();
    }

    /** Waits until the recording has been quiet for half a second (the last frames are in), stops it, reads it all. */
    private List<RecordedMessage> finish(Path out) throws Exception {
        long[] seen = {-1, System.nanoTime()};
        awaitTrue("the recording goes quiet", () -> {
            long now = recorder.messagesWritten();
            if (now != seen[0]) {
                seen[0] = now;
                seen[1] = System.nanoTime();
            }
            return System.nanoTime() - seen[1] > 500_000_000L && recorder.state().equals("connected");
        });
        recorder.stop();
        recording.join(10_000);
        assertThat(recording.isAlive()).isFalse();
        assertThat(failures).isEmpty();
        List<RecordedMessage> lines = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(out)) {
            reader.forEachRemaining(lines::add);
            assertThat(reader.warnings()).as("a cleanly closed recording").isEmpty();
        }
        return lines;
    }

    private static ReplayedBooks replay(List<RecordedMessage> lines) {
        ReplayedBooks books = new ReplayedBooks();
        lines.forEach(books::apply);
        return books;
    }

    /** The simulator's book as its REST API serves it now. */
    private ReplayedBooks.Book restBook(String ticker) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(sim.restBaseUrl() + "/markets/" + ticker + "/orderbook")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return ReplayedBooks.fromRest(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> types(List<RecordedMessage> lines) {
        return lines.stream().filter(line -> line.source() == Source.WS)
                .map(line -> ReplayedBooks.parse(line.rawJson()).path("type").asText()).distinct().toList();
    }

    private static List<String> restPaths(List<RecordedMessage> lines) {
        return lines.stream().filter(line -> line.source() == Source.REST).map(RecordedMessage::path).toList();
    }

    private void bid(String ticker, int cents, int count) {
        sim.server().state().exchange().placeOrder(PlaceOrder.bid(buyer.memberId(), ticker, Price.ofCents(cents),
                Count.ofContracts(count)));
    }

    private void ask(String ticker, int cents, int count) {
        sim.server().state().exchange().placeOrder(PlaceOrder.ask(seller.memberId(), ticker, Price.ofCents(cents),
                Count.ofContracts(count)));
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        awaitTrue(what, condition, () -> "", 20_000_000_000L);
    }

    private static void awaitTrue(String what, BooleanSupplier condition, java.util.function.Supplier<String> where,
            long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            boolean met;
            try {
                met = condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                met = false;
            }
            if (met) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " " + where.get());
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }
}
