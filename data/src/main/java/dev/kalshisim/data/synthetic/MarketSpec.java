package dev.kalshisim.data.synthetic;

import java.util.Objects;

/**
 * One synthetic market: its ticker and titles, the contract it pays on over factor {@code factor},
 * and how liquid its book is.
 *
 * @param liquidity scales the market's order arrival rates: 1 for an ordinary book, 0.2 for a thin one
 * @param halfSpreadCents how far from fair value makers quote their best level: 1 for a tight book, 4+ for a wide one
 * @param strikeText the strike as Kalshi writes it in the market's metadata ({@code floor_strike}), or null
 */
public record MarketSpec(String ticker, String title, String yesSubTitle, int factor, Contract contract,
        double liquidity, int halfSpreadCents, String strikeType, Double floorStrike, Double capStrike) {

    public MarketSpec {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(contract, "contract");
        if (!(liquidity > 0) || halfSpreadCents < 1) {
            throw new IllegalArgumentException(ticker + ": liquidity > 0 and half spread >= 1 cent");
        }
    }
}
