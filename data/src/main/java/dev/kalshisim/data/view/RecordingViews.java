package dev.kalshisim.data.view;

import dev.kalshisim.data.book.BookReplayer;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.TradePrint;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.normalize.NormalizeException;
import dev.kalshisim.data.normalize.NormalizedMessage;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.RecordingException;
import dev.kalshisim.data.recording.RecordingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Writes a recording's tables as CSV files, in one streaming pass: {@code trades.csv},
 * {@code top_of_book.csv} and {@code spread_depth.csv} (each market's rebuilt book sampled every
 * interval, on the receive clock, at whole multiples of the interval since the epoch), and
 * {@code ohlc.csv} (bars of the same interval); and summarizes the recording in the same pass.
 */
public final class RecordingViews {

    /** The CSV files written, in the order they are listed. */
    public static final List<String> FILES = List.of(TradesView.FILE, BookSamplesView.TOP_FILE,
            BookSamplesView.DEPTH_FILE, OhlcView.FILE);

    private static final long PROGRESS_EVERY = 100_000;

    private RecordingViews() {
    }

    /**
     * What was written: rows per table, and the recording's summary from the same pass.
     *
     * @param bookSamples rows of {@code top_of_book.csv}, and of {@code spread_depth.csv}
     */
    public record Written(RecordingSummary summary, long trades, long bookSamples, long bars) {

        /** Messages read. */
        public long messages() {
            return summary.messages();
        }
    }

    /**
     * Reads the recording in {@code recording} and writes the tables into {@code out} (created if
     * needed; existing files of the same names are replaced).
     *
     * @param progress told the number of messages read every so often
     * @throws RecordingException for an unreadable recording or a message that cannot be
     *         normalized, naming where
     */
    public static Written write(Path recording, Path out, Duration interval, LongConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        long intervalNanos = interval.toNanos();
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        MessageNormalizer normalizer = new MessageNormalizer();
        BookReplayer books = new BookReplayer();
        TreeSet<String> marketsWithBooks = new TreeSet<>();
        RecordingSummary.Tally tally = new RecordingSummary.Tally();
        long messages = 0;
        try (RecordingReader reader = RecordingReader.open(recording);
                TradesView trades = new TradesView(out);
                BookSamplesView samples = new BookSamplesView(out);
                OhlcView bars = new OhlcView(out, intervalNanos)) {
            long nextSample = Long.MIN_VALUE;
            long lastRecv = Long.MIN_VALUE;
            while (reader.hasNext()) {
                RecordedMessage message = reader.next();
                tally.add(message);
                messages++;
                if (messages % PROGRESS_EVERY == 0) {
                    progress.accept(messages);
                }
                if (nextSample == Long.MIN_VALUE) {
                    nextSample = ceil(message.recvNanos(), intervalNanos);
                }
                // Every sample time passed by now sees the books as of just before this message.
                while (message.recvNanos() > nextSample) {
                    sampleAll(samples, books, marketsWithBooks, nextSample);
                    nextSample += intervalNanos;
                }
                lastRecv = message.recvNanos();
                NormalizedMessage normalized;
                try {
                    normalized = normalizer.read(message);
                } catch (NormalizeException e) {
                    throw new RecordingException(recording + " message " + messages + ": " + e.getMessage());
                }
                books.accept(message.recvNanos(), normalized);
                for (MarketEvent event : normalized.events()) {
                    if (event instanceof TradePrint trade) {
                        trades.add(trade);
                        bars.add(trade);
                    } else if (event instanceof BookSnapshot snapshot) {
                        marketsWithBooks.add(snapshot.ticker());
                    }
                }
            }
            if (lastRecv != Long.MIN_VALUE && nextSample <= lastRecv) {
                sampleAll(samples, books, marketsWithBooks, nextSample);
            }
            progress.accept(messages);
            // Rows as they stand: the views are closed (and their last rows written) on leaving.
            return new Written(tally.summary(recording, reader), trades.rows(), samples.rows(), bars.rows());
        }
    }

    private static void sampleAll(BookSamplesView samples, BookReplayer books, TreeSet<String> markets, long time) {
        for (String ticker : markets) {
            books.book(ticker).ifPresent(book -> samples.sample(time, ticker, book));
        }
    }

    private static long ceil(long value, long step) {
        return Math.floorDiv(value + step - 1, step) * step;
    }
}
