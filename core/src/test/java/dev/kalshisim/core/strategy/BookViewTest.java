package dev.kalshisim.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookViewTest {

    private static BookLevel level(long cents, long contracts) {
        return BookLevel.of(Price.ofCents(cents), Count.ofContracts(contracts));
    }

    private final BookView book = new BookView("T",
            List.of(level(45, 10), level(44, 5)),
            List.of(level(53, 7), level(50, 2)));

    @Test
    void derivesAsksFromTheOtherLegsBids() {
        assertThat(book.bestYesBid()).contains(level(45, 10));
        assertThat(book.bestNoBid()).contains(level(53, 7));
        // A NO bid at 0.53 is a YES ask at 0.47.
        assertThat(book.bestYesAsk()).contains(level(47, 7));
        assertThat(book.bestNoAsk()).contains(level(55, 10));
        assertThat(book.yesAsks()).containsExactly(level(47, 7), level(50, 2));
    }

    @Test
    void midIsHalfwayRoundedDownToAUnit() {
        assertThat(book.midYes()).contains(Price.ofCents(46));
        BookView halfCent = new BookView("T", List.of(level(45, 1)), List.of(level(54, 1)));
        assertThat(halfCent.midYes()).contains(Price.ofUnits(4550));
        BookView odd = new BookView("T", List.of(BookLevel.of(Price.ofUnits(4501), Count.ofContracts(1))),
                List.of(level(54, 1)));
        assertThat(odd.midYes()).contains(Price.ofUnits(4550));
    }

    @Test
    void oneSidedOrEmptyBookHasNoMid() {
        assertThat(BookView.empty("T").midYes()).isEmpty();
        assertThat(BookView.empty("T").isEmpty()).isTrue();
        assertThat(new BookView("T", List.of(level(45, 1)), List.of()).midYes()).isEmpty();
        assertThat(new BookView("T", List.of(level(45, 1)), List.of()).bestYesAsk()).isEmpty();
    }

    @Test
    void refusesLevelsThatAreNotBestFirst() {
        assertThatThrownBy(() -> new BookView("T", List.of(level(44, 1), level(45, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("descending");
        assertThatThrownBy(() -> new BookView("T", List.of(level(45, 1), level(45, 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("descending");
    }

    @Test
    void refusesEmptyLevelsAndUntradablePrices() {
        assertThatThrownBy(() -> BookLevel.of(Price.ofCents(45), Count.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookView("T", List.of(level(100, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly between");
    }

    @Test
    void excludingOwnOrdersTakesTheirSizeOffTheirLevels() {
        OpenOrder ownBid = open(BookSide.BID, 45, 4);
        // An ask at YES 0.47 rests as a NO bid at 0.53.
        OpenOrder ownAsk = open(BookSide.ASK, 47, 7);
        OpenOrder otherMarket = new OpenOrder("o-9", "c-9", "OTHER", BookSide.BID, Price.ofCents(44),
                Count.ZERO, Count.ofContracts(5), OrderState.RESTING, false);

        BookView market = book.excluding(List.of(ownBid, ownAsk, otherMarket));

        assertThat(market.yesBids()).containsExactly(level(45, 6), level(44, 5));
        assertThat(market.noBids()).containsExactly(level(50, 2));
        assertThat(market.bestYesAsk()).contains(level(50, 2));
    }

    @Test
    void excludingNeverGoesBelowZero() {
        BookView market = book.excluding(List.of(open(BookSide.BID, 45, 50)));

        assertThat(market.yesBids()).containsExactly(level(44, 5));
    }

    private static OpenOrder open(BookSide side, long cents, long contracts) {
        return new OpenOrder("o-" + cents, "c-" + cents, "T", side, Price.ofCents(cents), Count.ZERO,
                Count.ofContracts(contracts), OrderState.RESTING, false);
    }
}
