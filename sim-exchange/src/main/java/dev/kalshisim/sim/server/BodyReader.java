package dev.kalshisim.sim.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads one request body without holding a thread while its bytes are on their way: it reads
 * what has arrived and asks Jetty to call it back when more does ({@code demand}), so a client that
 * sends headers and a few body bytes costs a connection, not a pool thread.
 *
 * <p>It ends in exactly one of: {@code onBody} with the whole body; {@code onTooLarge} when the
 * body would pass the cap (no more is read); or {@code onFailed} with an {@link HttpException}
 * (408 for a body slower than {@link ClientTimeouts} allows, 400 for bad framing or chunking) or
 * the I/O failure of a client that went away. The callbacks run on a pool thread, so they may
 * block.
 */
final class BodyReader implements Runnable {

    private static final long CHECK_MILLIS = 500;

    private final Request request;
    private final int maxBytes;
    private final ClientTimeouts timeouts;
    private final Scheduler scheduler;
    private final Consumer<byte[]> onBody;
    private final Runnable onTooLarge;
    private final Consumer<Throwable> onFailed;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicBoolean done = new AtomicBoolean();
    private final long startNanos = System.nanoTime();
    private volatile long received;

    private BodyReader(Request request, int maxBytes, ClientTimeouts timeouts, Scheduler scheduler,
                       Consumer<byte[]> onBody, Runnable onTooLarge, Consumer<Throwable> onFailed) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.timeouts = timeouts;
        this.scheduler = scheduler;
        this.onBody = onBody;
        this.onTooLarge = onTooLarge;
        this.onFailed = onFailed;
    }

    /** Starts reading the body of {@code request}; see the class for the outcomes. */
    static void read(Request request, int maxBytes, ClientTimeouts timeouts, Scheduler scheduler,
                     Consumer<byte[]> onBody, Runnable onTooLarge, Consumer<Throwable> onFailed) {
        BodyReader reader = new BodyReader(request, maxBytes, timeouts, scheduler, onBody, onTooLarge, onFailed);
        if (request.getLength() > maxBytes) {
            // The announced length already says no: refuse before reading a byte.
            reader.finish(onTooLarge);
            return;
        }
        reader.run();
        if (!reader.done.get()) {
            reader.scheduleCheck();
        }
    }

    /** Reads what has arrived; runs again, through {@code demand}, when more has. */
    @Override
    public void run() {
        while (!done.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (done.get()) {
                // Timed out while this chunk was being read: the answer is already on its way.
                chunk.release();
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = describe(chunk.getFailure());
                finish(() -> onFailed.accept(failure));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            int length = buffer.remaining();
            if (received + length > maxBytes) {
                chunk.release();
                finish(onTooLarge);
                return;
            }
            byte[] piece = new byte[length];
            buffer.get(piece);
            bytes.write(piece, 0, length);
            received += length;
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                finish(() -> onBody.accept(bytes.toByteArray()));
                return;
            }
        }
    }

    private void scheduleCheck() {
        scheduler.schedule(this::check, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Gives up on a body that is late or too slow; otherwise looks again later. */
    private void check() {
        if (done.get()) {
            return;
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        if (elapsedMillis >= timeouts.bodyTimeout().toMillis()) {
            finish(() -> onFailed.accept(timedOut("the request body did not arrive within "
                    + timeouts.bodyTimeout().toMillis() + " ms")));
            return;
        }
        if (tooSlow(elapsedMillis)) {
            finish(() -> onFailed.accept(timedOut("the request body arrived slower than "
                    + timeouts.minBodyBytesPerSecond() + " bytes per second")));
            return;
        }
        scheduleCheck();
    }

    private boolean tooSlow(long elapsedMillis) {
        long rate = timeouts.minBodyBytesPerSecond();
        long graceMillis = ClientTimeouts.BODY_RATE_GRACE.toMillis();
        if (rate == 0 || elapsedMillis < graceMillis) {
            return false;
        }
        // The whole announced body is all a client can owe; without a length, the rate alone counts.
        long owed = rate * elapsedMillis / 1_000;
        long announced = request.getLength();
        return received < (announced >= 0 ? Math.min(owed, announced) : owed);
    }

    private void finish(Runnable outcome) {
        if (done.compareAndSet(false, true)) {
            outcome.run();
        }
    }

    /** Jetty's read failure, reworded where Jetty's own words would not tell the client what it did. */
    private static Throwable describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return timedOut("no byte of the request body arrived before the connection's idle timeout");
        }
        if (failure instanceof EofException && failure instanceof HttpException) {
            // Jetty's "Early EOF": the parser gave up on the body, for a broken chunk as for a short one.
            return new HttpException.RuntimeException(400,
                    "the request body ended before its announced length, or its chunked framing is broken");
        }
        return failure;
    }

    private static HttpException.RuntimeException timedOut(String message) {
        return new HttpException.RuntimeException(408, message);
    }
}
