package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.strategy.BookLevel;
import dev.kalshisim.core.strategy.BookView;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatedBookTest {

    private final AggregatedBook book = new AggregatedBook();

    @Test
    void levelsSortByPriceAndZeroRemovesThem() {
        book.set(OutcomeSide.YES, Price.ofCents(44), Count.ofContracts(5));
        book.set(OutcomeSide.YES, Price.ofCents(45), Count.ofContracts(2));
        book.set(OutcomeSide.NO, Price.ofCents(53), Count.ofContracts(7));
        book.set(OutcomeSide.NO, Price.ofCents(50), Count.ofContracts(1));

        assertThat(book.bids(OutcomeSide.YES)).containsExactly(level(45, 2), level(44, 5));
        assertThat(book.bidsAscending(OutcomeSide.YES)).containsExactly(level(44, 5), level(45, 2));
        assertThat(book.bestBid(OutcomeSide.NO)).contains(level(53, 7));
        // The asks of one side are the other side's bids from this leg: YES ask = 1 - NO bid.
        assertThat(book.bestAsk(OutcomeSide.YES)).contains(level(47, 7));
        assertThat(book.asks(OutcomeSide.YES)).containsExactly(level(47, 7), level(50, 1));
        assertThat(book.bestAsk(OutcomeSide.NO)).contains(level(55, 2));

        book.set(OutcomeSide.YES, Price.ofCents(45), Count.ZERO);
        assertThat(book.bestBid(OutcomeSide.YES)).contains(level(44, 5));
        assertThat(book.hasLevel(OutcomeSide.YES, Price.ofCents(45))).isFalse();
    }

    @Test
    void aDeltaAddsAndNeverTakesALevelBelowZero() {
        assertThat(book.add(OutcomeSide.YES, Price.ofCents(40), Count.ofContracts(3))).isEqualTo(Count.ofContracts(3));
        assertThat(book.sizeAfter(OutcomeSide.YES, Price.ofCents(40), Count.ofContracts(-4))).isEqualTo(Count.ofContracts(-1));
        assertThatThrownBy(() -> book.add(OutcomeSide.YES, Price.ofCents(40), Count.ofContracts(-4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(book.size(OutcomeSide.YES, Price.ofCents(40))).isEqualTo(Count.ofContracts(3));
        book.add(OutcomeSide.YES, Price.ofCents(40), Count.ofContracts(-3));
        assertThat(book.isEmpty()).isTrue();
    }

    @Test
    void anImmutableCopyKeepsItsLevelsAndRefusesChanges() {
        book.set(OutcomeSide.NO, Price.ofCents(60), Count.ofContracts(1));
        AggregatedBook frozen = book.immutableCopy();
        book.clear();

        assertThat(frozen.bids(OutcomeSide.NO)).containsExactly(level(60, 1));
        assertThatThrownBy(() -> frozen.set(OutcomeSide.NO, Price.ofCents(60), Count.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
        AggregatedBook other = new AggregatedBook();
        other.replaceWith(frozen);
        assertThat(other).isEqualTo(frozen);
    }

    @Test
    void theStrategysViewIsTakenFromTheSameBook() {
        book.set(OutcomeSide.YES, Price.ofCents(44), Count.ofContracts(5));
        book.set(OutcomeSide.NO, Price.ofCents(54), Count.ofContracts(3));

        BookView view = BookView.of("T", book);
        assertThat(view.yesBids()).containsExactly(BookLevel.of(Price.ofCents(44), Count.ofContracts(5)));
        assertThat(view.bestYesAsk().orElseThrow().price()).isEqualTo(book.bestAsk(OutcomeSide.YES).orElseThrow().price());
        assertThat(BookView.of("T", new AggregatedBook()).isEmpty()).isTrue();
        assertThat(List.of(view.midYes().orElseThrow())).containsExactly(Price.ofCents(45));
    }

    private static OrderbookLevel level(long cents, long contracts) {
        return OrderbookLevel.of(Price.ofCents(cents), Count.ofContracts(contracts));
    }
}
