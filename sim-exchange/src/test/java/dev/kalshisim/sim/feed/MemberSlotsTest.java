package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-member cap counts admitted upgrades until they open, and gives back slots that never do. */
class MemberSlotsTest {

    private final MemberSlots slots = new MemberSlots();

    @Test
    void admittedUpgradesCountUntilTheyOpenOrClose() {
        assertThat(slots.admit("m", 2, 0)).isTrue();
        assertThat(slots.admit("m", 2, 0)).isTrue();
        assertThat(slots.admit("m", 2, 0)).as("two admitted, none open yet").isFalse();
        assertThat(slots.admit("other", 2, 0)).as("another member").isTrue();

        assertThat(slots.open("m", 2, 1)).isTrue();
        assertThat(slots.open("m", 2, 1)).isTrue();
        assertThat(slots.admit("m", 2, 2)).isFalse();
        slots.closed("m");
        assertThat(slots.admit("m", 2, 3)).as("a closed connection frees its slot").isTrue();
    }

    @Test
    void anUpgradeThatNeverOpensGivesItsSlotBack() {
        assertThat(slots.admit("m", 1, 0)).isTrue();
        assertThat(slots.admit("m", 1, MemberSlots.PENDING_NANOS - 1)).isFalse();
        assertThat(slots.admit("m", 1, MemberSlots.PENDING_NANOS)).isTrue();
    }

    @Test
    void anOpenPastTheCapIsRefusedAndNotCounted() {
        assertThat(slots.open("m", 1, 0)).isTrue();
        assertThat(slots.open("m", 1, 0)).isFalse();
        slots.closed("m");
        assertThat(slots.admit("m", 1, 0)).isTrue();
    }
}
