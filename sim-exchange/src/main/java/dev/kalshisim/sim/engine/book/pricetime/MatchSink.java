package dev.kalshisim.sim.engine.book.pricetime;

/**
 * What the match loop of {@link PriceTimeBook#match} tells its caller: each fill, and each time the
 * next resting entry belongs to the incoming order's own owner. The engine books money, records and
 * events here; a benchmark only counts.
 */
public interface MatchSink<T> {

    /**
     * {@code count} traded with {@code maker} at the maker's price {@code priceUnits}. The maker's
     * size and its level's total ({@code levelTotalAfter}) already show the fill; a maker with nothing
     * left has already left the book, and its entry is reused once this call returns.
     *
     * @return whether matching goes on; false stops it with the incoming order's size left unmatched
     *     (the engine cancels an incoming order in place when its order group reaches its limit)
     */
    boolean filled(Resting<T> maker, long count, long priceUnits, long levelTotalAfter);

    /**
     * The next entry to trade with is the incoming order's owner's own. Return true to stop matching
     * there; return false after taking {@code maker} off the book ({@link PriceTimeBook#remove}), and
     * matching goes on with the entry behind it.
     */
    boolean selfMatch(Resting<T> maker);

    /**
     * Whether {@code maker}, an entry of the incoming order's own owner, is a self-match at all; when
     * not, the two trade. The engine's owner is the member, and a member's subaccounts may be set to
     * trade with each other.
     */
    default boolean isSelfMatch(Resting<T> maker) {
        return true;
    }
}
