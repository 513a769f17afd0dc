package dev.kalshisim.sim.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestJournalTest {

    private static JournalEntry entry(long ts, String key) {
        return new JournalEntry(ts, key, "GET", "/trade-api/v2/markets", 200, 10, "read");
    }

    @Test
    void keepsTheNewestEntriesNewestLast() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 1; i <= 5; i++) {
            journal.record(entry(i, i % 2 == 0 ? "even" : "odd"));
        }

        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.newest(null, 10)).extracting(JournalEntry::tsMs).containsExactly(3L, 4L, 5L);
        assertThat(journal.newest("odd", 10)).extracting(JournalEntry::tsMs).containsExactly(3L, 5L);
        assertThat(journal.newest(null, 1)).extracting(JournalEntry::tsMs).containsExactly(5L);
    }

    @Test
    void longPathsAndMethodsAreCutSoEveryEntryStaysSmall() {
        RequestJournal journal = new RequestJournal(2);
        String longPath = "/trade-api/v2/markets/" + "X".repeat(8_000);
        journal.record(new JournalEntry(1, null, "M".repeat(100), longPath, 404, 0, null));
        JournalEntry kept = journal.newest(null, 1).get(0);
        assertThat(kept.path()).hasSize(RequestJournal.MAX_PATH_CHARS).startsWith("/trade-api/v2/markets/X")
                .endsWith("...");
        assertThat(kept.method()).hasSize(16);
        assertThat(kept.status()).isEqualTo(404);
        journal.record(entry(2, "k"));
        assertThat(journal.newest(null, 1).get(0).path()).isEqualTo("/trade-api/v2/markets");
    }

    @Test
    void theDefaultCapacityBoundsTheJournal() {
        RequestJournal journal = new RequestJournal(RequestJournal.DEFAULT_CAPACITY);
        for (int i = 0; i < RequestJournal.DEFAULT_CAPACITY + 500; i++) {
            journal.record(entry(i, "k"));
        }
        assertThat(journal.size()).isEqualTo(RequestJournal.DEFAULT_CAPACITY);
        assertThat(journal.newest(null, 1).get(0).tsMs()).isEqualTo(RequestJournal.DEFAULT_CAPACITY + 499L);
    }
}
