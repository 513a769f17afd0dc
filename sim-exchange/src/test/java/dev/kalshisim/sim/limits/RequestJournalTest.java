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
}
