package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionTest {

    /** kalshi-api.md section 8: buy yes @p = bid @p; sell no @q = bid @1-q; buy no @q = ask @1-q; sell yes @p = ask @p. */
    @ParameterizedTest(name = "{1} {0} @{2} = {3} @{4}")
    @CsvSource({
            "yes, buy,  0.5600, bid, 0.5600, yes, 0.5600",
            "no,  sell, 0.4400, bid, 0.5600, yes, 0.5600",
            "no,  buy,  0.4400, ask, 0.5600, no,  0.4400",
            "yes, sell, 0.5600, ask, 0.5600, no,  0.4400",
            "yes, buy,  0.0001, bid, 0.0001, yes, 0.0001",
            "no,  buy,  0.0001, ask, 0.9999, no,  0.0001",
    })
    void legacyToV2(String side, String action, String sidePrice, String bookSide, String yesPrice,
            String outcomeSide, String outcomePrice) {
        Direction direction = Direction.fromLegacy(
                OutcomeSide.fromWire(side), Action.fromWire(action), Price.parse(sidePrice));
        assertThat(direction.bookSide()).isEqualTo(BookSide.fromWire(bookSide));
        assertThat(direction.yesPrice()).isEqualTo(Price.parse(yesPrice));
        assertThat(direction.outcomeSide()).isEqualTo(OutcomeSide.fromWire(outcomeSide));
        assertThat(direction.outcomePrice()).isEqualTo(Price.parse(outcomePrice));
        assertThat(direction.noPrice()).isEqualTo(Price.parse(yesPrice).complement());
    }

    @Test
    void v2ReportsLegacyAsBuyOfTheOutcomeSide() {
        Direction bid = new Direction(BookSide.BID, Price.parse("0.56"));
        Direction ask = new Direction(BookSide.ASK, Price.parse("0.56"));
        assertThat(bid.legacySide()).isEqualTo(OutcomeSide.YES);
        assertThat(bid.legacyAction()).isEqualTo(Action.BUY);
        assertThat(ask.legacySide()).isEqualTo(OutcomeSide.NO);
        assertThat(ask.legacyAction()).isEqualTo(Action.BUY);
        // Round trip: the reported legacy form converts back to the same V2 order.
        assertThat(Direction.fromLegacy(ask.legacySide(), ask.legacyAction(), ask.outcomePrice())).isEqualTo(ask);
        assertThat(Direction.fromLegacy(bid.legacySide(), bid.legacyAction(), bid.outcomePrice())).isEqualTo(bid);
    }

    @Test
    void needsBothParts() {
        assertThatThrownBy(() -> new Direction(null, Price.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Direction(BookSide.BID, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSideConversionsLiveOnTheEnumsAndInvertEachOther() {
        for (OutcomeSide side : OutcomeSide.values()) {
            assertThat(side.bookSideWhenBuying().outcomeBought()).isEqualTo(side);
            assertThat(side.opposite().opposite()).isEqualTo(side);
            assertThat(side.fromYesPrice(side.toYesPrice(Price.ofCents(37)))).isEqualTo(Price.ofCents(37));
        }
        assertThat(OutcomeSide.YES.bookSideWhenBuying()).isEqualTo(BookSide.BID);
        assertThat(OutcomeSide.NO.bookSideWhenBuying()).isEqualTo(BookSide.ASK);
        assertThat(BookSide.BID.opposite()).isEqualTo(BookSide.ASK);
        assertThat(OutcomeSide.NO.toYesPrice(Price.ofCents(37))).isEqualTo(Price.ofCents(63));
        assertThat(OutcomeSide.YES.toYesPrice(Price.ofCents(37))).isEqualTo(Price.ofCents(37));
    }
}
