package dev.kalshisim.data.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.*;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.BookSnapshot;
import dev.kalshisim.data.event.Level;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.event.MarketStatusChange;
import dev.kalshisim.data.event.TickerQuote;
import dev.kalshisim.data.event.TradePrint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes one replay log from events in receive order, streaming: records go to the file through
 * a fixed buffer, strings (trade ids, status words) to a spill file beside it, and only the
 * market table stays in memory. {@link #finish()} appends the tables and writes the header last,
 * so a file without a valid header was never finished.
 */
public final class ReplayLogWriter implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;
    /** Status words repeat (a handful of event types); trade ids never do, so only these are shared. */
    private static final int MAX_SHARED_WORDS = 4096;

    private final Path file;
    private final Path spillFile;
    private final byte[] contentKey;
    private final FileChannel out;
    private final FileChannel spill;
    private final ByteBuffer records = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer strings = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C recordsCrc = new CRC32C();
    private final Map<String, Integer> marketIndex = new LinkedHashMap<>();
    private final Map<String, Long> sharedWords = new HashMap<>();
    private long stringBytes;
    private long recordCount;
    private long eventCount;
    private long messageCount;
    private long firstRecvNs;
    private long lastRecvNs;
    private boolean done;

    private ReplayLogWriter(Path file, byte[] contentKey) throws IOException {
        this.file = file;
        this.spillFile = file.resolveSibling(file.getFileName() + ".strings");
        this.contentKey = contentKey.clone();
        this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.spill = FileChannel.open(spillFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        out.position(HEADER_BYTES);
    }

    /** A writer into {@code file} (replaced), for a recording whose content key is {@code contentKey}. */
    public static ReplayLogWriter create(Path file, byte[] contentKey) {
        if (contentKey.length != CONTENT_KEY_BYTES) {
            throw new IllegalArgumentException("a content key is " + CONTENT_KEY_BYTES + " bytes");
        }
        try {
            return new ReplayLogWriter(file, contentKey);
        } catch (IOException e) {
            throw new ReplayLogException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Counts one source message read (whether or not it yielded events), for the header. */
    public void messageRead() {
        messageCount++;
    }

    /** Appends one event; events must come in receive order. */
    public void append(MarketEvent event) {
        ensureOpen();
        if (recordCount > 0 && event.recvNanos() < lastRecvNs) {
            throw new IllegalArgumentException("events come in receive order: " + event.recvNanos() + " after "
                    + lastRecvNs);
        }
        int market = market(event.ticker());
        // Java 17: no pattern switch yet, so the sealed cases are tested in turn.
        if (event instanceof BookSnapshot s) {
            snapshot(s, market);
        } else if (event instanceof BookDelta d) {
            record(d.recvNanos(), d.exchangeNanos(), d.seq(), d.delta().hundredths(), 0, (int) d.price().units(),
                    NO_PRICE, NO_PRICE, market, sid(d.sid()), ReplayKind.DELTA, side(d.side()));
        } else if (event instanceof TradePrint t) {
            record(t.recvNanos(), t.exchangeNanos(), 0, t.count().hundredths(),
                    t.tradeId() == null ? NO_STRING : newString(t.tradeId()), (int) t.yesPrice().units(), NO_PRICE,
                    NO_PRICE, market, 0, ReplayKind.TRADE, side(t.takerSide()));
        } else if (event instanceof TickerQuote q) {
            record(q.recvNanos(), q.exchangeNanos(), 0, quantity(q.volume()), quantity(q.openInterest()),
                    price(q.yesBid()), price(q.yesAsk()), price(q.lastPrice()), market, 0, ReplayKind.TICKER, SIDE_NONE);
        } else if (event instanceof MarketStatusChange c) {
            record(c.recvNanos(), c.exchangeNanos(), 0, sharedWord(c.eventType()),
                    c.result() == null ? NO_STRING : sharedWord(c.result()), NO_PRICE, NO_PRICE, NO_PRICE, market, 0,
                    ReplayKind.STATUS, SIDE_NONE);
        } else {
            throw new IllegalArgumentException("an event kind the replay log does not know: " + event);
        }
        if (eventCount == 0) {
            firstRecvNs = event.recvNanos();
        }
        lastRecvNs = event.recvNanos();
        eventCount++;
    }

    /**
     * Appends the tables, writes the header and closes the file; returns the header written.
     */
    public ReplayLogHeader finish() {
        ensureOpen();
        try {
            flushRecords();
            flushStrings();
            long tablesOffset = HEADER_BYTES + recordCount * RECORD_BYTES;
            out.position(tablesOffset);
            CRC32C tablesCrc = new CRC32C();
            writeTables(tablesCrc);
            long fileBytes = out.position();
            ReplayLogHeader header = new ReplayLogHeader(VERSION, RECORD_BYTES, marketIndex.size(), recordCount,
                    eventCount, messageCount, firstRecvNs, lastRecvNs, tablesOffset, fileBytes,
                    (int) recordsCrc.getValue(), (int) tablesCrc.getValue(), contentKey);
            ByteBuffer head = header.encode();
            while (head.hasRemaining()) {
                out.write(head, HEADER_BYTES - head.remaining());
            }
            out.force(false);
            done = true;
            return header;
        } catch (IOException e) {
            throw new ReplayLogException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            closeChannels();
        }
    }

    /** Abandons an unfinished log (its file is deleted); after {@link #finish()} it only tidies up. */
    @Override
    public void close() {
        closeChannels();
        try {
            Files.deleteIfExists(spillFile);
            if (!done) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover temporary file is harmless: it fails every header check.
        }
    }

    private void snapshot(BookSnapshot s, int market) {
        int sid = sid(s.sid());
        record(s.recvNanos(), s.exchangeNanos(), s.seq(), s.yesBids().size(), s.noBids().size(), NO_PRICE, NO_PRICE,
                NO_PRICE, market, sid, ReplayKind.SNAPSHOT_BEGIN, SIDE_NONE);
        levels(s, market, sid, s.yesBids(), SIDE_YES);
        levels(s, market, sid, s.noBids(), SIDE_NO);
        record(s.recvNanos(), s.exchangeNanos(), s.seq(), 0, 0, NO_PRICE, NO_PRICE, NO_PRICE, market, sid,
                ReplayKind.SNAPSHOT_END, SIDE_NONE);
    }

    private void levels(BookSnapshot s, int market, int sid, List<Level> levels, int side) {
        for (Level level : levels) {
            record(s.recvNanos(), s.exchangeNanos(), s.seq(), level.size().hundredths(), 0, (int) level.price().units(),
                    NO_PRICE, NO_PRICE, market, sid, ReplayKind.SNAPSHOT_LEVEL, side);
        }
    }

    private void record(long recvNs, long exchangeNs, long seq, long quantity, long quantity2, int price, int price2,
            int price3, int market, int sid, int kind, int side) {
        if (records.remaining() < RECORD_BYTES) {
            flushRecords();
        }
        int at = records.position();
        records.putLong(at + R_RECV_NS, recvNs)
                .putLong(at + R_EXCHANGE_NS, exchangeNs)
                .putLong(at + R_SEQ, seq)
                .putLong(at + R_QUANTITY, quantity)
                .putLong(at + R_QUANTITY2, quantity2)
                .putInt(at + R_PRICE, price)
                .putInt(at + R_PRICE2, price2)
                .putInt(at + R_PRICE3, price3)
                .putInt(at + R_MARKET, market)
                .putInt(at + R_SID, sid)
                .put(at + R_KIND, (byte) kind)
                .put(at + R_SIDE, (byte) side)
                .put(at + R_FLAGS, (byte) 0)
                .put(at + R_FLAGS + 1, (byte) 0);
        records.position(at + RECORD_BYTES);
        recordCount++;
    }

    private int market(String ticker) {
        Integer index = marketIndex.get(ticker);
        if (index == null) {
            index = marketIndex.size();
            marketIndex.put(ticker, index);
        }
        return index;
    }

    private long sharedWord(String word) {
        Long ref = sharedWords.get(word);
        if (ref != null) {
            return ref;
        }
        long fresh = newString(word);
        if (sharedWords.size() < MAX_SHARED_WORDS) {
            sharedWords.put(word, fresh);
        }
        return fresh;
    }

    /** Appends {@code text} to the strings as its UTF-8 length (i32) and bytes; returns where it starts. */
    private long newString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long ref = stringBytes;
        if (strings.remaining() < 4) {
            flushStrings();
        }
        strings.putInt(bytes.length);
        int written = 0;
        while (written < bytes.length) {
            if (!strings.hasRemaining()) {
                flushStrings();
            }
            int n = Math.min(strings.remaining(), bytes.length - written);
            strings.put(bytes, written, n);
            written += n;
        }
        stringBytes += 4L + bytes.length;
        return ref;
    }

    private void flushRecords() {
        records.flip();
        recordsCrc.update(records.duplicate());
        try {
            while (records.hasRemaining()) {
                out.write(records);
            }
        } catch (IOException e) {
            throw new ReplayLogException("cannot write " + file + ": " + e.getMessage(), e);
        }
        records.clear();
    }

    private void flushStrings() {
        strings.flip();
        try {
            while (strings.hasRemaining()) {
                spill.write(strings);
            }
        } catch (IOException e) {
            throw new ReplayLogException("cannot write " + spillFile + ": " + e.getMessage(), e);
        }
        strings.clear();
    }

    /** Markets (i32 count, then per ticker i32 length + UTF-8), then strings (i64 length, then the bytes). */
    private void writeTables(CRC32C crc) throws IOException {
        List<byte[]> tickers = new ArrayList<>();
        long marketBytes = 4;
        for (String ticker : marketIndex.keySet()) {
            byte[] bytes = ticker.getBytes(StandardCharsets.UTF_8);
            tickers.add(bytes);
            marketBytes += 4 + bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(marketBytes + 8, BUFFER_BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(tickers.size());
        for (byte[] ticker : tickers) {
            buffer.putInt(ticker.length).put(ticker);
        }
        buffer.putLong(stringBytes);
        writeCounted(buffer, crc);
        spill.position(0);
        while (true) {
            buffer.clear();
            if (spill.read(buffer) < 0) {
                break;
            }
            writeCounted(buffer, crc);
        }
    }

    private void writeCounted(ByteBuffer buffer, CRC32C crc) throws IOException {
        buffer.flip();
        crc.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static int sid(long sid) {
        if (sid < Integer.MIN_VALUE || sid > Integer.MAX_VALUE) {
            // Kalshi numbers subscriptions from 1 per connection: an int holds every real one.
            throw new IllegalArgumentException("a subscription id out of range: " + sid);
        }
        return (int) sid;
    }

    private static int side(OutcomeSide side) {
        if (side == null) {
            return SIDE_NONE;
        }
        return side == OutcomeSide.YES ? SIDE_YES : SIDE_NO;
    }

    private static int price(Price price) {
        return price == null ? NO_PRICE : (int) price.units();
    }

    private static long quantity(Count count) {
        return count == null ? NO_QUANTITY : count.hundredths();
    }

    private void ensureOpen() {
        if (done || !out.isOpen()) {
            throw new IllegalStateException(file + " is finished or abandoned");
        }
    }

    private void closeChannels() {
        try {
            out.close();
        } catch (IOException ignored) {
            // Nothing more is written.
        }
        try {
            spill.close();
        } catch (IOException ignored) {
            // The spill is deleted next.
        }
    }
}
