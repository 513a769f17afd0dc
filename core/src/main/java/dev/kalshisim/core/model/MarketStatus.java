package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A market's lifecycle status as {@code Market.status} reports it (kalshi-api.md section 10), with
 * the coarser {@link StatusFilter} that {@code GET /markets?status=} selects by.
 */
public enum MarketStatus implements WireValue {
    /** Before {@code open_time}. */
    INITIALIZED("initialized", StatusFilter.UNOPENED),
    /** Trading. */
    ACTIVE("active", StatusFilter.OPEN),
    /** Paused by the exchange. */
    INACTIVE("inactive", StatusFilter.PAUSED),
    /** Past {@code close_time}. */
    CLOSED("closed", StatusFilter.CLOSED),
    /** Result set; settlement timer running. */
    DETERMINED("determined", StatusFilter.CLOSED),
    /** Result challenged. */
    DISPUTED("disputed", StatusFilter.CLOSED),
    /** Re-determined. */
    AMENDED("amended", StatusFilter.CLOSED),
    /** Paid out; terminal. */
    FINALIZED("finalized", StatusFilter.SETTLED);

    private final String wire;
    private final StatusFilter filter;

    MarketStatus(String wire, StatusFilter filter) {
        this.wire = wire;
        this.filter = filter;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /** The {@code status} query value that selects markets in this status. */
    public StatusFilter filter() {
        return filter;
    }

    /** Whether orders may be placed, amended or matched. */
    public boolean isTrading() {
        return this == ACTIVE;
    }

    /** Whether the market has a result and takes no more order operations. */
    public boolean isDetermined() {
        return this == DETERMINED || this == DISPUTED || this == AMENDED || this == FINALIZED;
    }

    @JsonCreator
    public static MarketStatus fromWire(String text) {
        for (MarketStatus value : values()) {
            if (value.wire.equals(text)) {
                return value;
            }
        }
        // Recordings from before 2026 used "settled" for the terminal state.
        if ("settled".equals(text)) {
            return FINALIZED;
        }
        throw new IllegalArgumentException(WireNames.unknown("market status", text, values()));
    }

    /** The values of {@code GET /markets?status=}. */
    public enum StatusFilter implements WireValue {
        UNOPENED("unopened"), OPEN("open"), PAUSED("paused"), CLOSED("closed"), SETTLED("settled");

        private final String wire;

        StatusFilter(String wire) {
            this.wire = wire;
        }

        @JsonValue
        @Override
        public String wire() {
            return wire;
        }

        @JsonCreator
        public static StatusFilter fromWire(String text) {
            for (StatusFilter value : values()) {
                if (value.wire.equals(text)) {
                    return value;
                }
            }
            throw new IllegalArgumentException(WireNames.unknown("status filter", text, values()));
        }
    }
}
