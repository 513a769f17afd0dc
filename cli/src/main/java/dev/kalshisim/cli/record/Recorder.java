package dev.kalshisim.cli.record;

import dev.kalshisim.core.time.Clock;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.data.recording.Manifest;
import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.recording.RecordingWriter;
import dev.kalshisim.data.recording.Source;
import dev.kalshisim.kalshi.stream.ActiveSubscription;
import dev.kalshisim.kalshi.stream.ConnectionListener;
import dev.kalshisim.kalshi.stream.ConnectionState;
import dev.kalshisim.kalshi.stream.KalshiWebSocketClient;
import dev.kalshisim.kalshi.stream.StreamConfig;
import dev.kalshisim.kalshi.stream.transport.JdkWebSocketTransport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Records markets live: metadata and REST book snapshots first, then every WebSocket frame
 * verbatim with its receive time, until stopped or its duration is over.
 *
 * <p>Where it could not see, it says so: a dropped connection (the client reconnects with backoff
 * and jitter and restores the subscriptions) becomes a {@code disconnect} gap from the last frame
 * before the drop until the resynchronisation is done; a {@code seq} that skips on a sid becomes a
 * {@code sequence_break} gap from the last good frame to the one that showed the loss. Either way
 * fresh snapshots follow: REST {@code /markets/T/orderbook} for each affected market, and on the
 * WebSocket the restored subscription's own snapshots (after a reconnect) or a {@code get_snapshot}
 * (after a break). A reader resets its books at a gap and rebuilds them from those snapshots.
 *
 * <p>Threads: frames come on the socket's thread and are written there; resynchronisations run on
 * one worker thread, so REST round trips never hold up the socket; the caller's thread shows the
 * status line and waits for the end.
 */
public final class Recorder {

    private static final long SECOND = 1_000_000_000L;
    private static final long STARTUP_TIMEOUT_NANOS = 15 * SECOND;
    private static final String ORDERBOOK = Channel.ORDERBOOK_DELTA.wire();

    /** What a finished recording holds. */
    public record Summary(Path dir, long messages, int markets, long gaps) {
        public String line() {
            return "recorded " + messages + " messages of " + markets + " markets, " + gaps + " gaps, into " + dir;
        }
    }

    private final RecordSettings settings;
    private final Clock clock;
    private final StatusLine status;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final SequenceWatch sequences = new SequenceWatch();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "recorder-resync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong restFailures = new AtomicLong();
    private final AtomicBoolean breakResyncPending = new AtomicBoolean();
    private final Object blindLock = new Object();
    private RawRest rest;
    private volatile RecordingSink sink;
    private KalshiWebSocketClient client;
    private List<String> tickers = List.of();
    private int expectedSubscriptions;
    private volatile long lastFrameNs = -1;
    private volatile String state = "starting";
    /** Since when the recorder has been blind (a dropped connection), or -1. Guarded by blindLock. */
    private long blindSinceNs = -1;

    public Recorder(RecordSettings settings, Clock clock, PrintWriter out, boolean terminal) {
        this.settings = settings;
        this.clock = clock;
        this.status = new StatusLine(out, terminal);
    }

    /** Asks a running recording to stop; it closes cleanly and {@link #run()} returns. Any thread. */
    public void stop() {
        stopRequested.countDown();
    }

    /** Where the recording stands: starting, connected, reconnecting, resynchronising or stopped. */
    public String state() {
        return state;
    }

    /** Messages written so far. */
    public long messagesWritten() {
        RecordingSink current = sink;
        return current == null ? 0 : current.messages();
    }

    /** Gaps marked so far. */
    public long gapsWritten() {
        RecordingSink current = sink;
        return current == null ? 0 : current.gaps();
    }

    /**
     * Records until {@link #stop()} or the duration; returns what was recorded.
     *
     * @throws RecordException for anything the user must fix (unknown market, unreachable server,
     *     refused key, a folder that is not empty); nothing is left behind then but what they had
     */
    public Summary run() {
        Random jitter = new Random(new SecureRandom().nextLong());
        rest = new RawRest(settings.restBase(), settings.credentials(), clock, settings.reconnect(), jitter);
        if (settings.credentials() != null) {
            // Market data is public; ask for something private so a refused key is said now, clearly.
            MarketCatalog.requireOk(rest.get("/portfolio/balance"));
        }
        List<Manifest.MarketMetadata> markets = new MarketCatalog(rest).resolve(settings.selection());
        tickers = markets.stream().map(Manifest.MarketMetadata::ticker).toList();
        boolean folderExisted = Files.exists(settings.out());
        sink = new RecordingSink(RecordingWriter.create(settings.out(),
                new Manifest.Origin("record", settings.restBase(), environment(settings.restBase()),
                        settings.selection().describe() + "; channels " + String.join(",", settings.channels())),
                settings.writer()), clock);
        try {
            markets.forEach(sink::putMarket);
            connectAndSubscribe();
            snapshots(tickers, true);
        } catch (RuntimeException startFailed) {
            abandon(folderExisted);
            throw startFailed;
        }
        try {
            state = "connected";
            waitForTheEnd();
        } finally {
            client.close();
            worker.shutdownNow();
            awaitWorker();
            closeOpenGap();
            status.end();
            sink.close();
            state = "stopped";
        }
        return new Summary(settings.out(), sink.messages(), tickers.size(), sink.gaps());
    }

    private void connectAndSubscribe() {
        StreamConfig config = StreamConfig.forRestBase(settings.restBase(), settings.credentials())
                .withBackoff(settings.reconnect(), 60 * SECOND);
        client = KalshiWebSocketClient.create(config, JdkWebSocketTransport.create(), clock,
                new Random(new SecureRandom().nextLong()));
        client.onFrame(this::onFrame);
        client.onConnection(new ConnectionListener() {
            @Override
            public void onConnected(boolean reconnected) {
                if (reconnected) {
                    state = "resynchronising";
                    later(Recorder.this::resyncAfterReconnect);
                }
            }

            @Override
            public void onDisconnected(String reason, long reconnectInNanos) {
                disconnected();
            }
        });
        try {
            await(client.connect());
        } catch (RecordException failed) {
            throw new RecordException("cannot open the WebSocket at " + config.url() + ": " + failed.getMessage()
                    + (settings.credentials() == null
                    ? " (Kalshi needs an API key on every WebSocket connection: pass --key-id and --key-file)" : ""));
        }
        List<CompletableFuture<?>> subscribing = new ArrayList<>();
        List<String> filtered = settings.channels().stream().filter(c -> !c.equals(Channel.MARKET_LIFECYCLE_V2.wire()))
                .toList();
        if (!filtered.isEmpty()) {
            Channel[] channels = filtered.stream().map(name -> Channel.fromWire(name).orElseThrow())
                    .toArray(Channel[]::new);
            subscribing.add(client.subscribe(SubscribeParams.markets(tickers, channels)));
            expectedSubscriptions += channels.length;
        }
        if (settings.channels().contains(Channel.MARKET_LIFECYCLE_V2.wire())) {
            // Kalshi's lifecycle channel takes no market filter: it streams every market's, all recorded.
            subscribing.add(client.subscribe(SubscribeParams.allMarkets(Channel.MARKET_LIFECYCLE_V2)));
            expectedSubscriptions++;
        }
        for (CompletableFuture<?> subscription : subscribing) {
            try {
                await(subscription);
            } catch (RecordException refused) {
                throw new RecordException("the server refused the subscription: " + refused.getMessage());
            }
        }
    }

    /** Every text frame, on the socket's thread: written first, then checked for a lost message. */
    private void onFrame(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.charAt(0) != '{') {
            // Not a JSON object, so not a Kalshi message: a recording line could not hold it verbatim.
            return;
        }
        long recvNs = sink.append(Source.WS, null, trimmed);
        lastFrameNs = recvNs;
        FrameHead head = FrameHead.of(trimmed);
        if (!head.sequenced()) {
            return;
        }
        if (head.isReply()) {
            sequences.onReply(head.sid(), head.seq(), recvNs);
            return;
        }
        SequenceWatch.Break loss = sequences.onMessage(head.sid(), head.seq(), recvNs);
        if (loss != null) {
            sequenceBreak(loss, recvNs);
        }
    }

    private void sequenceBreak(SequenceWatch.Break loss, long recvNs) {
        ActiveSubscription subscription = client.subscriptions().stream().filter(s -> s.sid() == loss.sid())
                .findFirst().orElse(null);
        List<String> affected = subscription == null || subscription.params().tickerFilter().isEmpty()
                ? tickers : subscription.params().tickerFilter();
        sink.gap(new Manifest.Gap(loss.lastSeenNs(), recvNs, affected, "sequence_break"));
        if (subscription != null && ORDERBOOK.equals(subscription.channel())) {
            client.requestSnapshot(loss.sid(), affected);
        }
        // A burst of breaks needs one round of REST books, not one per break.
        if (breakResyncPending.compareAndSet(false, true)) {
            later(() -> {
                breakResyncPending.set(false);
                snapshots(tickers, false);
            });
        }
    }

    /** The connection dropped (or another reconnect failed): blind from the last frame seen. */
    private void disconnected() {
        sequences.reset();
        state = "reconnecting";
        synchronized (blindLock) {
            if (blindSinceNs < 0) {
                long last = lastFrameNs;
                blindSinceNs = last >= 0 ? last : sink.now();
            }
        }
    }

    /** On the worker: once the subscriptions are back, fresh REST books, then the gap is closed. */
    private void resyncAfterReconnect() {
        long deadline = clock.nowNanos() + STARTUP_TIMEOUT_NANOS;
        while (client.subscriptions().size() < expectedSubscriptions && clock.nowNanos() < deadline
                && client.state() == ConnectionState.OPEN) {
            LockSupport.parkNanos(10_000_000L);
        }
        snapshots(tickers, false);
        synchronized (blindLock) {
            // Dropped again meanwhile: stay blind; the next reconnect closes one gap over both.
            if (blindSinceNs >= 0 && client.state() == ConnectionState.OPEN) {
                sink.gap(new Manifest.Gap(blindSinceNs, sink.now(), tickers, "disconnect"));
                blindSinceNs = -1;
                state = "connected";
            }
        }
    }

    /** Ended while blind: the interval since the drop is a gap too, up to the end. */
    private void closeOpenGap() {
        synchronized (blindLock) {
            if (blindSinceNs >= 0) {
                sink.gap(new Manifest.Gap(blindSinceNs, sink.now(), tickers, "disconnect"));
                blindSinceNs = -1;
            }
        }
    }

    /** Runs {@code task} on the worker; once the recording is closing, there is nothing left to resync. */
    private void later(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closing) {
            // Shut down: the recording ends here, and a gap still open is closed by closeOpenGap.
        }
    }

    /** REST book snapshots of {@code markets}, each one REST line; at start a failure ends the recording. */
    private void snapshots(List<String> markets, boolean atStart) {
        for (String ticker : markets) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                RawRest.Answer answer = rest.get("/markets/" + URLEncoder.encode(ticker, StandardCharsets.UTF_8)
                        + "/orderbook");
                MarketCatalog.requireOk(answer);
                sink.append(Source.REST, answer.path(), answer.body());
            } catch (RecordException failed) {
                if (atStart) {
                    throw failed;
                }
                restFailures.incrementAndGet();
            }
        }
    }

    private void waitForTheEnd() {
        long deadline = settings.duration() == null ? Long.MAX_VALUE
                : clock.nowNanos() + settings.duration().toNanos();
        long interval = settings.statusInterval().toNanos();
        showStatus();
        while (true) {
            long left = deadline - clock.nowNanos();
            if (left <= 0) {
                return;
            }
            try {
                if (stopRequested.await(Math.min(interval, left), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            showStatus();
        }
    }

    private void showStatus() {
        String shown = restFailures.get() == 0 ? state : state + ", " + restFailures.get() + " REST snapshots failed";
        status.show(clock.nowNanos(), sink.messages(), tickers.size(), sink.gaps(), bytesOnDisk(), shown);
    }

    private long bytesOnDisk() {
        try (Stream<Path> files = Files.list(settings.out())) {
            return files.filter(file -> RecordingFormat.SEGMENT_NAME.matcher(file.getFileName().toString()).matches())
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException gone) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private void awaitWorker() {
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A start that failed leaves no half recording: the files it wrote go, and the folder if it made it. */
    private void abandon(boolean folderExisted) {
        if (client != null) {
            client.close();
        }
        worker.shutdownNow();
        sink.close();
        try (Stream<Path> files = Files.list(settings.out())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            if (!folderExisted) {
                Files.deleteIfExists(settings.out());
            }
        } catch (IOException ignored) {
            // Best effort: the error the user sees is the one that stopped the start.
        }
    }

    private static void await(CompletableFuture<?> future) {
        try {
            future.get(STARTUP_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new RecordException(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
                    cause);
        } catch (TimeoutException slow) {
            throw new RecordException("no answer within " + STARTUP_TIMEOUT_NANOS / SECOND + " s", slow);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordException("interrupted", e);
        }
    }

    /** The origin's environment word, from the base URL's host. */
    static String environment(String restBase) {
        String host = URI.create(restBase).getHost();
        if (host == null) {
            return "other";
        }
        if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]")) {
            return "simulator";
        }
        if (host.endsWith(".kalshi.co") || host.contains("demo")) {
            return "demo";
        }
        return host.endsWith(".kalshi.com") ? "production" : "other";
    }
}
