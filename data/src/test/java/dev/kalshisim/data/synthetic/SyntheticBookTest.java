package dev.kalshisim.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyntheticBookTest {

    @Test
    void aLevelNeverGoesNegative() {
        SyntheticBook book = new SyntheticBook();
        book.apply(true, 40, 500);
        assertThatThrownBy(() -> book.apply(true, 40, -501)).isInstanceOf(IllegalStateException.class);
        book.apply(true, 40, -500);
        assertThat(book.best(true)).isZero();
    }

    @Test
    void aBidThatWouldCrossIsRefused() {
        SyntheticBook book = new SyntheticBook();
        book.apply(false, 55, 100);
        // The best NO bid at 55 is a YES ask at 45: a YES bid at 45 would cross.
        assertThat(book.highestNonCrossing(true)).isEqualTo(44);
        assertThatThrownBy(() -> book.apply(true, 45, 100)).isInstanceOf(IllegalStateException.class);
        book.apply(true, 44, 100);
        assertThat(book.depthNearTouch(true, 5)).isEqualTo(100);
    }
}
