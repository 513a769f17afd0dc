package dev.kalshisim.data.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.RecordedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookReplayerTest {

    private final MessageNormalizer normalizer = new MessageNormalizer();

    @Test
    void aReplayedBookMatchesTheNextSnapshotExactly() throws IOException {
        BookReplayer replayer = BookReplayer.replay(frames("book-replay-fp.jsonl").iterator(), normalizer);

        assertThat(replayer.snapshotsCompared()).isEqualTo(2);
        assertThat(replayer.snapshotsMatched()).isEqualTo(2);
        assertThat(replayer.divergences()).isEmpty();
        // The ok acknowledgements share the seq series: counting them, there is no gap.
        assertThat(replayer.gaps()).isEmpty();
        assertThat(replayer.book("KXREPLAY-A").orElseThrow().size(OutcomeSide.YES, Price.parse("0.41")))
                .isEqualTo(Count.parse("8.25"));
    }

    @Test
    void aLegacyReplayMatchesToo() throws IOException {
        BookReplayer replayer = BookReplayer.replay(frames("book-replay-legacy.jsonl").iterator(), normalizer);

        assertThat(replayer.snapshotsCompared()).isEqualTo(1);
        assertThat(replayer.snapshotsMatched()).isEqualTo(1);
        assertThat(replayer.deltasApplied()).isEqualTo(4);
    }

    @Test
    void aCorruptedDeltaIsReportedWithItsPlace() throws IOException {
        List<RecordedMessage> frames = frames("book-replay-fp.jsonl");
        // seq 2 adds 3.25 at YES 0.41; make it 3.00, as a lossy recorder might.
        frames.set(2, RecordedMessage.ws(frames.get(2).recvNanos(),
                frames.get(2).rawJson().replace("\"3.25\"", "\"3.00\"")));

        BookReplayer replayer = BookReplayer.replay(frames.iterator(), normalizer);

        assertThat(replayer.snapshotsMatched()).isEqualTo(1);
        assertThat(replayer.divergences()).hasSize(1);
        BookDivergence divergence = replayer.divergences().get(0);
        assertThat(divergence.kind()).isEqualTo(BookDivergence.Kind.SNAPSHOT_MISMATCH);
        assertThat(divergence.ticker()).isEqualTo("KXREPLAY-A");
        assertThat(divergence.seq()).isEqualTo(10);
        assertThat(divergence.levels()).containsExactly(new LevelDifference(OutcomeSide.YES, Price.parse("0.41"),
                Count.parse("8.25"), Count.parse("8.00"), 2));
        assertThat(divergence.toString()).contains("KXREPLAY-A", "seq 10", "yes 0.4100: expected 8.25, got 8.00",
                "last changed by seq 2");
    }

    @Test
    void aDeltaTakingMoreThanTheLevelHoldsIsReportedAtThatDelta() throws IOException {
        List<RecordedMessage> frames = frames("book-replay-fp.jsonl");
        frames.set(5, RecordedMessage.ws(frames.get(5).recvNanos(),
                frames.get(5).rawJson().replace("\"-8.00\"", "\"-9.00\"")));

        BookReplayer replayer = BookReplayer.replay(frames.iterator(), normalizer);

        BookDivergence divergence = replayer.divergences().get(0);
        assertThat(divergence.kind()).isEqualTo(BookDivergence.Kind.NEGATIVE_LEVEL);
        assertThat(divergence.seq()).isEqualTo(5);
        assertThat(divergence.levels()).containsExactly(new LevelDifference(OutcomeSide.NO, Price.parse("0.57"),
                Count.parse("8"), Count.parseSigned("-1"), 5));
        // The untrusted book is resynced by its next snapshot, not compared with it.
        assertThat(replayer.divergenceCount()).isEqualTo(1);
        assertThat(replayer.snapshotsCompared()).isEqualTo(1);
    }

    @Test
    void aDroppedMessageIsASequenceGapAndItsBooksAreResyncedNotBlamed() throws IOException {
        List<RecordedMessage> frames = frames("book-replay-fp.jsonl");
        frames.remove(7); // seq 7: the NO 0.58 level the later snapshot has

        BookReplayer replayer = BookReplayer.replay(frames.iterator(), normalizer);

        assertThat(replayer.gaps()).containsExactly(new SequenceGap(1, 7, 8, frames.get(7).recvNanos()));
        assertThat(replayer.divergences()).isEmpty();
        assertThat(replayer.snapshotsCompared()).isZero();
        assertThat(replayer.book("KXREPLAY-A").orElseThrow().size(OutcomeSide.NO, Price.parse("0.58")))
                .isEqualTo(Count.parse("2"));
    }

    @Test
    void aResubscribeIsNeitherAGapNorADivergence() throws IOException {
        List<RecordedMessage> frames = frames("book-replay-fp.jsonl").subList(0, 3);
        List<RecordedMessage> resubscribed = new ArrayList<>(frames);
        // Reconnected: the same sid starts again at seq 1 with a snapshot that moved meanwhile.
        resubscribed.add(RecordedMessage.ws(2000, "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":1,\"msg\":"
                + "{\"market_ticker\":\"KXREPLAY-A\",\"yes_dollars_fp\":[[\"0.3000\",\"1.00\"]]}}"));
        // And later a new sid for the same market.
        resubscribed.add(RecordedMessage.ws(3000, "{\"type\":\"orderbook_snapshot\",\"sid\":7,\"seq\":1,\"msg\":"
                + "{\"market_ticker\":\"KXREPLAY-A\",\"yes_dollars_fp\":[[\"0.3100\",\"1.00\"]]}}"));

        BookReplayer replayer = BookReplayer.replay(resubscribed.iterator(), normalizer);

        assertThat(replayer.gaps()).isEmpty();
        assertThat(replayer.divergences()).isEmpty();
        assertThat(replayer.book("KXREPLAY-A").orElseThrow().size(OutcomeSide.YES, Price.parse("0.31")))
                .isEqualTo(Count.parse("1"));
    }

    /** The fixture's frames, each received at 1000 + its line index. */
    private static List<RecordedMessage> frames(String fixture) throws IOException {
        try (InputStream in = BookReplayerTest.class.getResourceAsStream("/normalize/" + fixture)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<RecordedMessage> frames = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                frames.add(RecordedMessage.ws(1000 + i, lines[i]));
            }
            return frames;
        }
    }
}
