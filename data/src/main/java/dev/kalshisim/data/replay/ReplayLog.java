package dev.kalshisim.data.replay;

import static dev.kalshisim.data.replay.ReplayLogFormat.HEADER_BYTES;
import static dev.kalshisim.data.replay.ReplayLogFormat.NO_STRING;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An opened replay log: its header, market table and strings, and its records mapped read-only.
 * Immutable and safe to share; each reader takes its own {@link #cursor()}.
 *
 * <p>Opening checks the header (magic, version, checksum), that the file's size is what the header
 * says (a cut file fails here) and the tables' checksum; {@link Verify#FULL} also checks the
 * records' checksum, one sequential pass at memory speed.
 */
public final class ReplayLog {

    /** How much to check when opening. */
    public enum Verify {
        /** Header, size and tables. */
        STRUCTURE,
        /** Also every record's bytes against the header's checksum. */
        FULL
    }

    private final Path file;
    private final ReplayLogHeader header;
    private final MappedRegion records;
    private final MappedRegion tables;
    private final String[] tickers;
    private final long stringsBase;

    private ReplayLog(Path file, ReplayLogHeader header, MappedRegion records, MappedRegion tables, String[] tickers,
            long stringsBase) {
        this.file = file;
        this.header = header;
        this.records = records;
        this.tables = tables;
        this.tickers = tickers;
        this.stringsBase = stringsBase;
    }

    /** Opens {@code file}, checking everything ({@link Verify#FULL}). */
    public static ReplayLog open(Path file) {
        return open(file, Verify.FULL);
    }

    public static ReplayLog open(Path file, Verify verify) {
        return open(file, verify, MappedRegion.DEFAULT_CHUNK_SHIFT);
    }

    /** With a chosen map size, so tests can cross chunk boundaries without a 2 GiB file. */
    static ReplayLog open(Path file, Verify verify, int chunkShift) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read until the header is complete or the file ends
            }
            // decode checks the size first, so a file shorter than a header never has its bytes read.
            ReplayLogHeader header = ReplayLogHeader.decode(head.clear(), size, file.toString());
            MappedRegion tables = MappedRegion.map(channel, header.tablesOffset(), size - header.tablesOffset(),
                    MappedRegion.DEFAULT_CHUNK_SHIFT);
            if (tables.crc() != header.tablesCrc()) {
                throw new ReplayLogException(file + ": corrupt: the market and string tables' checksum does not match");
            }
            String[] tickers = readTickers(tables, header, file);
            long at = tickerTableBytes(tables, tickers.length);
            long stringBytes = tables.getLong(at);
            long stringsBase = at + 8;
            if (stringsBase + stringBytes != tables.length()) {
                throw new ReplayLogException(file + ": corrupt: the string table's length does not match the file");
            }
            MappedRegion records = MappedRegion.map(channel, HEADER_BYTES,
                    header.recordCount() * ReplayLogFormat.RECORD_BYTES, chunkShift);
            if (verify == Verify.FULL && records.crc() != header.recordsCrc()) {
                throw new ReplayLogException(file + ": corrupt: the records' checksum does not match");
            }
            return new ReplayLog(file, header, records, tables, tickers, stringsBase);
        } catch (NoSuchFileException e) {
            throw new ReplayLogException(file + ": no such replay log");
        } catch (IOException e) {
            throw new ReplayLogException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String[] readTickers(MappedRegion tables, ReplayLogHeader header, Path file) {
        int count = tables.getInt(0);
        if (count != header.marketCount() || count < 0) {
            throw new ReplayLogException(file + ": corrupt: the market table does not match the header");
        }
        String[] tickers = new String[count];
        long at = 4;
        for (int i = 0; i < count; i++) {
            int length = tables.getInt(at);
            tickers[i] = new String(tables.bytes(at + 4, length), StandardCharsets.UTF_8);
            at += 4 + length;
        }
        return tickers;
    }

    private static long tickerTableBytes(MappedRegion tables, int count) {
        long at = 4;
        for (int i = 0; i < count; i++) {
            at += 4 + tables.getInt(at);
        }
        return at;
    }

    public Path file() {
        return file;
    }

    public ReplayLogHeader header() {
        return header;
    }

    /** Fixed-width records, a snapshot counting one per level plus its begin and end. */
    public long recordCount() {
        return header.recordCount();
    }

    /** Market events written (a snapshot counts once). */
    public long eventCount() {
        return header.eventCount();
    }

    /** The market table: index to ticker, in order of first appearance. */
    public List<String> tickers() {
        return List.of(tickers);
    }

    public int marketCount() {
        return tickers.length;
    }

    /** The ticker of market {@code index}. */
    public String ticker(int index) {
        return tickers[index];
    }

    /** The market index of {@code ticker}, or -1 when the log has none. */
    public int marketIndex(String ticker) {
        for (int i = 0; i < tickers.length; i++) {
            if (tickers[i].equals(ticker)) {
                return i;
            }
        }
        return -1;
    }

    /** The string a record refers to (a trade id, a status word), or {@code null} for {@code NO_STRING}. */
    public String string(long ref) {
        if (ref == NO_STRING) {
            return null;
        }
        int length = tables.getInt(stringsBase + ref);
        return new String(tables.bytes(stringsBase + ref + 4, length), StandardCharsets.UTF_8);
    }

    /** A new cursor before the first record. */
    public ReplayCursor cursor() {
        return new ReplayCursor(records, header.recordCount());
    }

    /** The records, decoded back into market events (allocating: for tools and tests, not hot loops). */
    public ReplayEventReader events() {
        return new ReplayEventReader(this);
    }

    @Override
    public String toString() {
        return file + " " + header;
    }
}
