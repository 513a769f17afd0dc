package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A market's published order book as Kalshi writes it under {@code orderbook_fp}: YES bids and NO
 * bids, each sorted ascending by price so the best bid is last (kalshi-api.md section 11).
 *
 * <p>Only bids are published: a NO bid at q is a YES ask at 1 - q. An empty side is written as
 * {@code []} (our choice; Kalshi's behaviour is unconfirmed).
 *
 * @param yesDollars YES bids, ascending ({@code yes_dollars})
 * @param noDollars NO bids priced on the NO leg, ascending ({@code no_dollars})
 */
public record Orderbook(
        @JsonProperty("yes_dollars") List<OrderbookLevel> yesDollars,
        @JsonProperty("no_dollars") List<OrderbookLevel> noDollars) {

    public static final Orderbook EMPTY = new Orderbook(List.of(), List.of());

    public Orderbook {
        // Never null, so an empty side is always written as [] rather than omitted.
        yesDollars = yesDollars == null ? List.of() : List.copyOf(yesDollars);
        noDollars = noDollars == null ? List.of() : List.copyOf(noDollars);
    }
}
