package dev.kalshisim.data.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.event.BookDelta;
import dev.kalshisim.data.event.MarketEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayLogRoundTripTest {

    private static final byte[] KEY = new byte[32];

    @TempDir
    Path temp;

    @Test
    void everyKindComesBackAsTheSameEvents() {
        List<MarketEvent> events = ReplayFixtures.everyKind();
        Path file = write(events);

        ReplayLog log = ReplayLog.open(file);
        assertThat(readAll(log)).containsExactlyElementsOf(events);
        assertThat(log.eventCount()).isEqualTo(events.size());
        // Three snapshots: begin + end each, plus 3 + 0 + 2 levels.
        assertThat(log.recordCount()).isEqualTo(events.size() - 3 + 6 + 5);
        assertThat(log.tickers()).containsExactly(ReplayFixtures.A, ReplayFixtures.B);
        assertThat(log.header().firstRecvNs()).isEqualTo(events.get(0).recvNanos());
        assertThat(log.header().lastRecvNs()).isEqualTo(events.get(events.size() - 1).recvNanos());
        assertThat(log.header().messageCount()).isEqualTo(events.size());
    }

    @Test
    void theCursorReadsEachFieldInPlace() {
        Path file = write(ReplayFixtures.everyKind());
        ReplayLog log = ReplayLog.open(file);
        ReplayCursor cursor = log.cursor();

        assertThat(cursor.next()).isTrue();
        assertThat(cursor.kind()).isEqualTo(ReplayKind.SNAPSHOT_BEGIN);
        assertThat(cursor.quantity()).isEqualTo(2); // YES levels
        assertThat(cursor.quantity2()).isEqualTo(1); // NO levels
        assertThat(cursor.sid()).isZero();
        assertThat(cursor.next()).isTrue();
        assertThat(cursor.kind()).isEqualTo(ReplayKind.SNAPSHOT_LEVEL);
        assertThat(cursor.side()).isEqualTo(ReplayLogFormat.SIDE_YES);
        assertThat(cursor.priceUnits()).isEqualTo(4500);
        assertThat(cursor.quantity()).isEqualTo(1000);
        cursor.seek(7); // past both snapshots: 1 + 3 + 1, then 1 + 0 + 1
        assertThat(cursor.next()).isTrue();
        BookDelta delta = (BookDelta) ReplayFixtures.everyKind().get(2);
        assertThat(cursor.kind()).isEqualTo(ReplayKind.DELTA);
        assertThat(cursor.recvNanos()).isEqualTo(delta.recvNanos());
        assertThat(cursor.exchangeNanos()).isEqualTo(delta.exchangeNanos());
        assertThat(log.ticker(cursor.marketIndex())).isEqualTo(delta.ticker());
        assertThat(cursor.side()).isEqualTo(ReplayLogFormat.SIDE_YES);
        assertThat(cursor.priceUnits()).isEqualTo(delta.price().units());
        assertThat(cursor.quantity()).isEqualTo(-550);
        assertThat(cursor.sid()).isEqualTo(1);
        assertThat(cursor.seq()).isEqualTo(2);
        assertThat(cursor.index()).isEqualTo(7);

        cursor.seek(log.recordCount());
        assertThat(cursor.next()).isFalse();
        assertThat(cursor.next()).isFalse();
        cursor.seek(0);
        assertThat(cursor.next()).isTrue();
        assertThat(cursor.kind()).isEqualTo(ReplayKind.SNAPSHOT_BEGIN);
    }

    @Test
    void manyEventsAcrossManySmallMapsReadTheSameAsOneMap() {
        List<MarketEvent> events = ReplayFixtures.random(42, 20_000, 30);
        Path file = write(events);
        // 256-byte maps: four records each, so the cursor changes map every fourth record.
        ReplayLog small = ReplayLog.open(file, ReplayLog.Verify.FULL, 8);
        assertThat(readAll(small)).containsExactlyElementsOf(events);

        ReplayLog whole = ReplayLog.open(file);
        ReplayCursor a = small.cursor();
        ReplayCursor b = whole.cursor();
        long count = 0;
        while (a.next()) {
            assertThat(b.next()).isTrue();
            assertThat(a.recvNanos()).isEqualTo(b.recvNanos());
            assertThat(a.priceUnits()).isEqualTo(b.priceUnits());
            count++;
        }
        assertThat(b.next()).isFalse();
        assertThat(count).isEqualTo(whole.recordCount());
        assertThat(whole.marketCount()).isEqualTo(30);
        assertThat(whole.marketIndex("KXM-999")).isEqualTo(-1);
    }

    @Test
    void anEmptyLogHasNoRecords() {
        Path file = write(List.of());
        ReplayLog log = ReplayLog.open(file);
        assertThat(log.recordCount()).isZero();
        assertThat(log.cursor().next()).isFalse();
        assertThat(log.events().hasNext()).isFalse();
    }

    @Test
    void eventsOutOfReceiveOrderAreRefused() {
        try (ReplayLogWriter writer = ReplayLogWriter.create(temp.resolve("bad.replay"), KEY)) {
            writer.append(new BookDelta(10, 0, "X", 1, 1, OutcomeSide.YES, Price.ofUnits(10),
                    dev.kalshisim.core.model.Count.ofContracts(1)));
            assertThatThrownBy(() -> writer.append(new BookDelta(9, 0, "X", 1, 2, OutcomeSide.YES, Price.ofUnits(10),
                    dev.kalshisim.core.model.Count.ofContracts(1)))).hasMessageContaining("receive order");
        }
        // Abandoned, not finished: nothing is left behind.
        assertThat(temp.resolve("bad.replay")).doesNotExist();
    }

    private Path write(List<MarketEvent> events) {
        Path file = temp.resolve("events.replay");
        try (ReplayLogWriter writer = ReplayLogWriter.create(file, KEY)) {
            for (MarketEvent event : events) {
                writer.messageRead();
                writer.append(event);
            }
            writer.finish();
        }
        return file;
    }

    static List<MarketEvent> readAll(ReplayLog log) {
        List<MarketEvent> read = new ArrayList<>();
        log.events().forEachRemaining(read::add);
        return read;
    }
}
