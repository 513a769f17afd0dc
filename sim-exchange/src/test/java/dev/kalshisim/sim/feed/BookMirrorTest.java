package dev.kalshisim.sim.feed;

import dev.kalshisim.sim.wire.MarketIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.wire.stream.OrderbookSnapshot;
import dev.kalshisim.core.wire.stream.PriceLevel;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mirror's seeding is exact whatever happened between the listener's start and the engine
 * snapshot: a level an event touched keeps the event's size, an untouched one takes the snapshot's.
 */
class BookMirrorTest {

    private final BookMirror mirror = new BookMirror();
    private long sequence;

    @Test
    void seedKeepsLevelsTouchedSinceListeningAndTakesTheRestFromTheSnapshot() {
        // Before the snapshot: 0.40 grew to 7, 0.41 emptied. After it: 0.42 appeared (not in the snapshot).
        change(OutcomeSide.YES, 40, 2, 7);
        change(OutcomeSide.YES, 41, -3, 0);
        Orderbook snapshot = new Orderbook(List.of(level(39, 5), level(40, 7), level(41, 3)), List.of(level(55, 4)));
        change(OutcomeSide.YES, 42, 1, 1);

        mirror.seed("M", snapshot);

        assertThat(mirror.snapshot("M", false)).isEqualTo(OrderbookSnapshot.of("M", MarketIds.of("M"),
                List.of(wire(39, 5), wire(40, 7), wire(42, 1)), List.of(wire(55, 4))));
    }

    @Test
    void seedingTwiceChangesNothingAndDeltasApplyOnTop() {
        mirror.seed("M", new Orderbook(List.of(level(30, 2)), List.of()));
        mirror.seed("M", new Orderbook(List.of(level(31, 9)), List.of()));

        change(OutcomeSide.NO, 70, 5, 5);
        change(OutcomeSide.YES, 30, -2, 0);

        assertThat(mirror.snapshot("M", false)).isEqualTo(OrderbookSnapshot.of("M", MarketIds.of("M"), List.of(),
                List.of(wire(70, 5))));
    }

    @Test
    void yesPricedSnapshotShowsNoBidsOnTheYesLegAscending() {
        mirror.seed("M", new Orderbook(List.of(), List.of(level(55, 4), level(60, 1))));

        assertThat(mirror.snapshot("M", true).noLevels()).containsExactly(wire(40, 1), wire(45, 4));
    }

    @Test
    void unseededBookHasNoSnapshot() {
        change(OutcomeSide.YES, 40, 1, 1);

        assertThat(mirror.isSeeded("M")).isFalse();
        assertThatThrownBy(() -> mirror.snapshot("M", false)).isInstanceOf(IllegalStateException.class);
    }

    private void change(OutcomeSide side, int cents, int delta, int newSize) {
        mirror.apply(new ExchangeEvent.BookChanged(++sequence, 0L, "M", side, Price.ofCents(cents),
                Count.ofContracts(delta), Count.ofContracts(newSize), "member", null));
    }

    private static OrderbookLevel level(int cents, int contracts) {
        return OrderbookLevel.of(Price.ofCents(cents), Count.ofContracts(contracts));
    }

    private static PriceLevel wire(int cents, int contracts) {
        return new PriceLevel(Price.ofCents(cents), Count.ofContracts(contracts));
    }
}
