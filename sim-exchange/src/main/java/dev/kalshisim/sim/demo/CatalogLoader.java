package dev.kalshisim.sim.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.FeeType;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.demo.CatalogDocument.EventEntry;
import dev.kalshisim.sim.demo.CatalogDocument.MarketEntry;
import dev.kalshisim.sim.demo.CatalogDocument.SeriesEntry;
import dev.kalshisim.sim.engine.ExchangeAdmin;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.SeriesSpec;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.reference.Milestone;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a {@link CatalogDocument}'s series, events and markets through the exchange facade, the
 * same calls the control plane makes, with open times at install and close times relative to it.
 */
final class CatalogLoader {

    private static final String EMBEDDED = "catalog.json";

    private final ExchangeAdmin exchange;

    CatalogLoader(ExchangeAdmin exchange) {
        this.exchange = exchange;
    }

    /** Reads the catalog embedded next to this class. */
    static CatalogDocument readEmbedded() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException("resource " + EMBEDDED + " is missing next to " + CatalogLoader.class);
            }
            return new ObjectMapper().readValue(in, CatalogDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo catalog " + EMBEDDED, e);
        }
    }

    /**
     * Creates everything in {@code document}, opening at {@code now}, and returns its events.
     *
     * @throws IllegalArgumentException if the document is malformed (checked before anything is created)
     * @throws IllegalStateException if the exchange refuses a creation, e.g. a ticker that exists already
     */
    List<DemoEvent> install(CatalogDocument document, Instant now) {
        document.series().forEach(CatalogLoader::validate);
        List<DemoEvent> events = new ArrayList<>();
        for (SeriesEntry series : document.series()) {
            required(exchange.createSeries(new SeriesSpec(series.ticker(), series.title(), series.category(),
                    series.frequency(), series.tags(), FeeType.fromWire(series.feeType()),
                    new BigDecimal(series.feeMultiplier()))), "series " + series.ticker());
            for (EventEntry event : series.events()) {
                events.add(installEvent(series.ticker(), event, now));
            }
        }
        return events;
    }

    private DemoEvent installEvent(String seriesTicker, EventEntry entry, Instant now) {
        Instant close = now.plus(Duration.parse(entry.closeAfter()));
        DateTokens tokens = new DateTokens(close, entry.dateFormat());
        String eventTicker = tokens.fill(entry.ticker());
        required(exchange.createEvent(new EventSpec(eventTicker, seriesTicker, tokens.fill(entry.title()),
                tokens.fill(entry.subTitle()), entry.mutuallyExclusive(), null, null)), "event " + eventTicker);
        List<DemoMarket> markets = new ArrayList<>();
        for (MarketEntry market : entry.markets()) {
            String ticker = eventTicker + "-" + market.suffix();
            TickGrid grid = TickGrid.named(market.priceLevelStructure());
            String yes = tokens.fill(market.yesSubTitle());
            String no = market.noSubTitle() == null ? yes : tokens.fill(market.noSubTitle());
            String rules = market.rulesPrimary() == null ? "" : tokens.fill(market.rulesPrimary());
            required(exchange.createMarket(new MarketSpec(ticker, eventTicker, tokens.fill(market.title()), yes, no,
                    now, close, grid, false, rules)), "market " + ticker);
            markets.add(new DemoMarket(ticker, eventTicker, grid, Price.parse(market.fairValueDollars())));
        }
        return new DemoEvent(eventTicker, seriesTicker, entry.mutuallyExclusive(), markets);
    }

    /**
     * The milestones of {@code document}'s events as installed at {@code now}: each event with a
     * {@code milestone} entry gets one, id {@code demo-EVENT}, about that event.
     */
    static List<Milestone> milestones(CatalogDocument document, Instant installed) {
        // Milestone times in whole seconds, as Kalshi writes them; the events' tickers still follow the install time.
        Instant now = installed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Milestone> out = new ArrayList<>();
        for (SeriesEntry series : document.series()) {
            for (EventEntry event : series.events()) {
                CatalogDocument.MilestoneEntry entry = event.milestone();
                if (entry == null) {
                    continue;
                }
                DateTokens tokens = new DateTokens(installed.plus(Duration.parse(event.closeAfter())), event.dateFormat());
                String eventTicker = tokens.fill(event.ticker());
                Instant close = now.plus(Duration.parse(event.closeAfter()));
                Instant start = close.minus(Duration.parse(entry.startsBeforeClose()));
                out.add(new Milestone("demo-" + eventTicker, entry.category(), entry.type(), start, close,
                        List.of(eventTicker), tokens.fill(entry.title()), tokens.fill(entry.title()) + " starts soon",
                        null, null, entry.details(), List.of(eventTicker), now));
            }
        }
        return out;
    }

    /** Checks what the engine would not: parseable values, and exclusive outcomes summing to $1. */
    private static void validate(SeriesEntry series) {
        FeeType.fromWire(series.feeType());
        new BigDecimal(series.feeMultiplier());
        for (EventEntry event : series.events()) {
            Duration.parse(event.closeAfter());
            if (event.markets().isEmpty()) {
                throw new IllegalArgumentException("event " + event.ticker() + " has no markets");
            }
            long total = 0;
            for (MarketEntry market : event.markets()) {
                TickGrid.named(market.priceLevelStructure());
                total += Price.parse(market.fairValueDollars()).units();
            }
            if (event.mutuallyExclusive() && total != Price.SCALE) {
                throw new IllegalArgumentException("the fair values of exclusive event " + event.ticker()
                        + " sum to " + total + "/" + Price.SCALE + " dollars, not $1");
            }
        }
    }

    private static <T> T required(EngineResult<T> outcome, String what) {
        if (!outcome.isOk()) {
            throw new IllegalStateException("cannot create " + what + ": " + outcome.reject() + " " + outcome.message());
        }
        return outcome.value();
    }
}
