package dev.kalshisim.sim.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The accounts the synthetic flow trades from: makers that quote and one taker that crosses, each
 * opened and kept funded by {@link Funding}. Member ids start with {@code demo-} so they are easy to
 * tell apart from a user's members.
 *
 * @param makers maker member ids, tightest quoter first
 * @param taker the taker's member id
 * @param funding opens and tops up these accounts
 */
record BackgroundMembers(List<String> makers, String taker, Funding funding) {

    /** Makers quoting every market; two give the book depth from more than one member. */
    static final int MAKER_COUNT = 2;

    BackgroundMembers {
        makers = List.copyOf(makers);
    }

    /** Opens the makers and the taker on the exchange behind {@code funding}. */
    static BackgroundMembers open(Funding funding) {
        List<String> makers = new ArrayList<>();
        for (int i = 1; i <= MAKER_COUNT; i++) {
            makers.add("demo-maker-" + i);
        }
        BackgroundMembers members = new BackgroundMembers(makers, "demo-taker", funding);
        members.all().forEach(funding::open);
        return members;
    }

    /** Every member id, makers first. */
    List<String> all() {
        List<String> all = new ArrayList<>(makers);
        all.add(taker);
        return all;
    }
}
