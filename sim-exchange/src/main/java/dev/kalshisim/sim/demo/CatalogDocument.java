package dev.kalshisim.sim.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The demo catalog as written in {@code catalog.json}: series, their events and the events' markets.
 *
 * <p>Tickers, titles and rules may hold date tokens ({@link DateTokens}) that are filled in from each
 * event's close time when the catalog is installed, so the catalog is always live. Prices are
 * strings and parsed exactly; nothing here is a floating-point number.
 *
 * @param series the series, installed in this order
 */
record CatalogDocument(@JsonProperty("series") List<SeriesEntry> series) {

    CatalogDocument {
        series = List.copyOf(series);
    }

    /**
     * One series.
     *
     * @param feeType Kalshi's {@code fee_type} wire name, e.g. {@code quadratic_with_maker_fees}
     * @param feeMultiplier an exact decimal, e.g. {@code "1"}
     */
    record SeriesEntry(
            @JsonProperty("ticker") String ticker,
            @JsonProperty("title") String title,
            @JsonProperty("category") String category,
            @JsonProperty("frequency") String frequency,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("fee_type") String feeType,
            @JsonProperty("fee_multiplier") String feeMultiplier,
            @JsonProperty("events") List<EventEntry> events) {

        SeriesEntry {
            tags = tags == null ? List.of() : List.copyOf(tags);
            events = List.copyOf(events);
        }
    }

    /**
     * One event.
     *
     * @param ticker a template such as {@code KXFED-{date}}
     * @param dateFormat the {@link java.time.format.DateTimeFormatter} pattern of {@code {date}}, e.g. {@code yyMMM}
     * @param mutuallyExclusive whether exactly one market resolves YES; its fair values must sum to $1
     * @param closeAfter ISO-8601 duration from install time to close time, e.g. {@code P30D}
     */
    record EventEntry(
            @JsonProperty("ticker") String ticker,
            @JsonProperty("date_format") String dateFormat,
            @JsonProperty("title") String title,
            @JsonProperty("sub_title") String subTitle,
            @JsonProperty("mutually_exclusive") boolean mutuallyExclusive,
            @JsonProperty("close_after") String closeAfter,
            @JsonProperty("markets") List<MarketEntry> markets,
            @JsonProperty("milestone") MilestoneEntry milestone) {

        EventEntry {
            markets = List.copyOf(markets);
        }
    }

    /**
     * The real-world thing an event resolves on, served as a milestone (optional).
     *
     * @param startsBeforeClose ISO-8601 duration from the milestone's start to the event's close, e.g. {@code PT3H}
     * @param details free-form; {@code sport}, {@code competition} and {@code scope} feed search and metadata
     */
    record MilestoneEntry(
            @JsonProperty("category") String category,
            @JsonProperty("type") String type,
            @JsonProperty("title") String title,
            @JsonProperty("starts_before_close") String startsBeforeClose,
            @JsonProperty("details") java.util.Map<String, Object> details) {
    }

    /**
     * One market; its ticker is the event ticker, a dash and {@code suffix}.
     *
     * @param noSubTitle defaults to {@code yesSubTitle}, as Kalshi's outcome markets do
     * @param priceLevelStructure a named tick grid, e.g. {@code linear_cent} or {@code deci_cent}
     * @param fairValueDollars where the synthetic flow starts quoting, e.g. {@code "0.6200"}
     */
    record MarketEntry(
            @JsonProperty("suffix") String suffix,
            @JsonProperty("title") String title,
            @JsonProperty("yes_sub_title") String yesSubTitle,
            @JsonProperty("no_sub_title") String noSubTitle,
            @JsonProperty("price_level_structure") String priceLevelStructure,
            @JsonProperty("fair_value_dollars") String fairValueDollars,
            @JsonProperty("rules_primary") String rulesPrimary) {
    }
}
