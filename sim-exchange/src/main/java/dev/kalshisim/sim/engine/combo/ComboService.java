package dev.kalshisim.sim.engine.combo;

import dev.kalshisim.core.model.AssociatedEvent;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.LookupPoint;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.MultivariateEventCollection;
import dev.kalshisim.core.model.MveSelectedLeg;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.WireRecords;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.CatalogService;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.catalog.EventState;
import dev.kalshisim.sim.engine.catalog.MarketSpec;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.catalog.TickGrid;
import dev.kalshisim.sim.engine.query.CatalogQueries;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.settlement.SettlementService;
import dev.kalshisim.sim.engine.time.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collections, their combo markets and the settlement of combos from their legs; runs under the
 * exchange lock. A combo's tickers derive from its collection and legs (sorted first when the
 * collection is unordered), so creating the same legs twice finds the same market.
 */
public final class ComboService implements Combos {

    /** Kalshi's combos trade on this grid (kalshi-api.md, tick grid). */
    static final String COMBO_GRID = "center_deci_edge_centi_cent";

    private final Clock clock;
    private final Catalog catalog;
    private final CatalogService catalogService;
    private final CatalogQueries queries;
    private final SettlementService settlement;
    private final Map<String, CollectionState> collections = new LinkedHashMap<>();
    /** Combos by market ticker, and the combos each leg market takes part in. */
    private final Map<String, ComboState> byMarket = new LinkedHashMap<>();
    private final Map<String, List<ComboState>> byLeg = new HashMap<>();

    private static final class CollectionState {
        final CollectionSpec spec;
        final Map<String, ComboState> combos = new LinkedHashMap<>();

        CollectionState(CollectionSpec spec) {
            this.spec = spec;
        }
    }

    private static final class ComboState {
        final String collection;
        final String eventTicker;
        final String marketTicker;
        final List<TickerPair> legs;
        final Map<String, MarketResult> legResults = new HashMap<>();
        long lastQueriedNanos;

        ComboState(String collection, String eventTicker, String marketTicker, List<TickerPair> legs) {
            this.collection = collection;
            this.eventTicker = eventTicker;
            this.marketTicker = marketTicker;
            this.legs = List.copyOf(legs);
        }

        List<MveSelectedLeg> selectedLegs() {
            List<MveSelectedLeg> out = new ArrayList<>();
            for (TickerPair leg : legs) {
                MarketResult result = legResults.get(leg.marketTicker());
                Price value = result == null ? null : result == MarketResult.YES ? Price.ONE : Price.ZERO;
                out.add(new MveSelectedLeg(leg.eventTicker(), leg.marketTicker(), leg.side().wire(), value));
            }
            return out;
        }
    }

    public ComboService(Clock clock, Catalog catalog, CatalogService catalogService, CatalogQueries queries,
            SettlementService settlement) {
        this.clock = clock;
        this.catalog = catalog;
        this.catalogService = catalogService;
        this.queries = queries;
        this.settlement = settlement;
    }

    @Override
    public EngineResult<MultivariateEventCollection> defineCollection(CollectionSpec spec) {
        if (collections.containsKey(spec.collectionTicker())) {
            return EngineResult.rejected(RejectReason.ALREADY_EXISTS, "collection " + spec.collectionTicker()
                    + " exists");
        }
        if (catalog.series(spec.seriesTicker()) == null) {
            return EngineResult.rejected(RejectReason.SERIES_NOT_FOUND, "series " + spec.seriesTicker() + " not found");
        }
        if (spec.events().isEmpty() || spec.sizeMin() < 1 || spec.sizeMax() < spec.sizeMin()) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "a collection needs events and 1 <= size_min <= size_max");
        }
        if (!spec.closeTime().isAfter(spec.openTime())) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "close time must follow open time");
        }
        for (CollectionSpec.EventRule rule : spec.events()) {
            if (catalog.event(rule.eventTicker()) == null) {
                return EngineResult.rejected(RejectReason.EVENT_NOT_FOUND, "event " + rule.eventTicker()
                        + " not found");
            }
        }
        CollectionState state = new CollectionState(spec);
        collections.put(spec.collectionTicker(), state);
        return EngineResult.ok(record(state));
    }

    @Override
    public List<MultivariateEventCollection> collections(String status, String associatedEventTicker,
            String seriesTicker) {
        List<MultivariateEventCollection> out = new ArrayList<>();
        for (CollectionState state : collections.values()) {
            CollectionSpec spec = state.spec;
            boolean associated = associatedEventTicker == null
                    || spec.events().stream().anyMatch(e -> e.eventTicker().equals(associatedEventTicker));
            if (associated && (seriesTicker == null || seriesTicker.equals(spec.seriesTicker()))
                    && (status == null || status.equals(status(spec)))) {
                out.add(record(state));
            }
        }
        return out;
    }

    @Override
    public EngineResult<MultivariateEventCollection> collection(String collectionTicker) {
        CollectionState state = collections.get(collectionTicker);
        return state == null ? notFound(collectionTicker) : EngineResult.ok(record(state));
    }

    @Override
    public EngineResult<ComboMarket> createMarket(String collectionTicker, List<TickerPair> legs) {
        CollectionState state = collections.get(collectionTicker);
        if (state == null) {
            return notFound(collectionTicker);
        }
        String problem = problem(state.spec, legs);
        if (problem != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        List<TickerPair> canonical = canonical(state.spec, legs);
        String key = key(canonical);
        ComboState combo = state.combos.get(key);
        if (combo == null) {
            EngineResult<ComboState> created = create(state, canonical, key);
            if (!created.isOk()) {
                return created.map(c -> null);
            }
            combo = created.value();
        }
        combo.lastQueriedNanos = clock.nowNanos();
        return EngineResult.ok(answer(combo));
    }

    @Override
    public EngineResult<ComboMarket> lookup(String collectionTicker, List<TickerPair> legs) {
        CollectionState state = collections.get(collectionTicker);
        if (state == null) {
            return notFound(collectionTicker);
        }
        String problem = problem(state.spec, legs);
        if (problem != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, problem);
        }
        ComboState combo = state.combos.get(key(canonical(state.spec, legs)));
        if (combo == null) {
            return EngineResult.rejected(RejectReason.COMBO_NOT_FOUND,
                    "no market was created for these legs in " + collectionTicker + "; create it first");
        }
        combo.lastQueriedNanos = clock.nowNanos();
        return EngineResult.ok(answer(combo));
    }

    @Override
    public EngineResult<List<LookupPoint>> lookupHistory(String collectionTicker, long lookbackSeconds) {
        CollectionState state = collections.get(collectionTicker);
        if (state == null) {
            return notFound(collectionTicker);
        }
        long since = clock.nowNanos() - lookbackSeconds * 1_000_000_000L;
        List<ComboState> recent = state.combos.values().stream().filter(c -> c.lastQueriedNanos >= since)
                .sorted(Comparator.comparingLong((ComboState c) -> c.lastQueriedNanos).reversed()).toList();
        List<LookupPoint> out = new ArrayList<>();
        for (ComboState combo : recent) {
            out.add(new LookupPoint(combo.eventTicker, combo.marketTicker, combo.legs,
                    Times.instant(combo.lastQueriedNanos)));
        }
        return EngineResult.ok(out);
    }

    @Override
    public List<Event> comboEvents(String collectionTicker, String seriesTicker, boolean withNestedMarkets) {
        List<Event> out = new ArrayList<>();
        for (ComboState combo : byMarket.values()) {
            CollectionSpec spec = collections.get(combo.collection).spec;
            if ((collectionTicker == null || collectionTicker.equals(combo.collection))
                    && (seriesTicker == null || seriesTicker.equals(spec.seriesTicker()))) {
                queries.event(combo.eventTicker, withNestedMarkets).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    public Set<String> comboEventTickers() {
        Set<String> out = new LinkedHashSet<>();
        byMarket.values().forEach(combo -> out.add(combo.eventTicker));
        return out;
    }

    /**
     * Called after any market settles: each combo with it as a leg records the leg's result and
     * settles as soon as its own result is known.
     */
    public void onSettled(MarketState market) {
        List<ComboState> combos = byLeg.get(market.ticker());
        if (combos == null) {
            return;
        }
        for (ComboState combo : List.copyOf(combos)) {
            combo.legResults.put(market.ticker(), market.result());
            MarketState comboMarket = catalog.market(combo.marketTicker);
            if (comboMarket == null) {
                continue;
            }
            comboMarket.markCombo(combo.collection, combo.selectedLegs());
            MarketResult result = comboResult(combo);
            if (result != MarketResult.NONE && comboMarket.status() != MarketStatus.FINALIZED) {
                settlement.settle(comboMarket, result);
            }
        }
    }

    /** NO once a leg settled against its side, YES once every leg settled on its side, else not yet. */
    private static MarketResult comboResult(ComboState combo) {
        boolean allWon = true;
        for (TickerPair leg : combo.legs) {
            MarketResult result = combo.legResults.get(leg.marketTicker());
            if (result == null) {
                allWon = false;
                continue;
            }
            boolean won = (result == MarketResult.YES) == (leg.side() == OutcomeSide.YES);
            if (!won) {
                return MarketResult.NO;
            }
        }
        return allWon ? MarketResult.YES : MarketResult.NONE;
    }

    private EngineResult<ComboState> create(CollectionState state, List<TickerPair> legs, String key) {
        CollectionSpec spec = state.spec;
        long now = clock.nowNanos();
        if (now < Times.nanos(spec.openTime()) || now >= Times.nanos(spec.closeTime())) {
            return EngineResult.rejected(RejectReason.MARKET_INACTIVE, "collection " + spec.collectionTicker()
                    + " is " + status(spec));
        }
        long close = Times.nanos(spec.closeTime());
        for (TickerPair leg : legs) {
            MarketState market = catalog.market(leg.marketTicker());
            if (market.isClosedOrLater()) {
                return EngineResult.rejected(RejectReason.MARKET_ALREADY_CLOSED, "leg " + leg.marketTicker()
                        + " is " + market.status().wire());
            }
            close = Math.min(close, market.closeNanos());
        }
        String hash = hash(spec.collectionTicker() + "|" + key);
        String eventTicker = spec.collectionTicker() + "-" + hash;
        String marketTicker = eventTicker + "-C";
        EngineResult<EventState> event = catalogService.createEvent(new EventSpec(eventTicker, spec.seriesTicker(),
                spec.title(), describe(legs), false, null, null));
        if (!event.isOk()) {
            return event.map(e -> null);
        }
        ComboState combo = new ComboState(spec.collectionTicker(), eventTicker, marketTicker, legs);
        MarketSpec marketSpec = new MarketSpec(marketTicker, eventTicker, spec.title() + ": " + describe(legs),
                "Yes", "No", Times.instant(now), Times.instant(close), TickGrid.named(COMBO_GRID), true,
                "Resolves Yes if every selected leg resolves on its selected side.");
        EngineResult<MarketState> market = catalogService.createMarket(marketSpec,
                created -> created.markCombo(spec.collectionTicker(), combo.selectedLegs()));
        if (!market.isOk()) {
            return market.map(m -> null);
        }
        state.combos.put(key, combo);
        byMarket.put(marketTicker, combo);
        for (TickerPair leg : legs) {
            byLeg.computeIfAbsent(leg.marketTicker(), t -> new ArrayList<>()).add(combo);
        }
        return EngineResult.ok(combo);
    }

    /** Why these legs do not make a combo of the collection, or null. */
    private String problem(CollectionSpec spec, List<TickerPair> legs) {
        if (legs == null || legs.size() < spec.sizeMin() || legs.size() > spec.sizeMax()) {
            return "a combo in " + spec.collectionTicker() + " takes " + spec.sizeMin() + " to " + spec.sizeMax()
                    + " legs, got " + (legs == null ? 0 : legs.size());
        }
        Map<String, Integer> perEvent = new HashMap<>();
        Set<String> markets = new LinkedHashSet<>();
        for (TickerPair leg : legs) {
            if (leg == null || leg.marketTicker() == null || leg.eventTicker() == null || leg.side() == null) {
                return "each leg needs market_ticker, event_ticker and side";
            }
            CollectionSpec.EventRule rule = rule(spec, leg.eventTicker());
            if (rule == null) {
                return "event " + leg.eventTicker() + " is not in collection " + spec.collectionTicker();
            }
            MarketState market = catalog.market(leg.marketTicker());
            if (market == null || !market.event().ticker().equals(leg.eventTicker())) {
                return "market " + leg.marketTicker() + " is not in event " + leg.eventTicker();
            }
            if (rule.yesOnly() && leg.side() != OutcomeSide.YES) {
                return "legs from " + leg.eventTicker() + " may only select yes";
            }
            if (!markets.add(leg.marketTicker())) {
                return "market " + leg.marketTicker() + " is selected twice";
            }
            perEvent.merge(leg.eventTicker(), 1, Integer::sum);
        }
        for (CollectionSpec.EventRule rule : spec.events()) {
            int n = perEvent.getOrDefault(rule.eventTicker(), 0);
            if ((rule.sizeMax() != null && n > rule.sizeMax()) || (n > 0 && rule.sizeMin() != null && n < rule.sizeMin())) {
                return "event " + rule.eventTicker() + " takes " + (rule.sizeMin() == null ? 0 : rule.sizeMin())
                        + " to " + (rule.sizeMax() == null ? "any number of" : rule.sizeMax()) + " legs, got " + n;
            }
        }
        return null;
    }

    private static CollectionSpec.EventRule rule(CollectionSpec spec, String eventTicker) {
        for (CollectionSpec.EventRule rule : spec.events()) {
            if (rule.eventTicker().equals(eventTicker)) {
                return rule;
            }
        }
        return null;
    }

    private static List<TickerPair> canonical(CollectionSpec spec, List<TickerPair> legs) {
        if (spec.isOrdered()) {
            return List.copyOf(legs);
        }
        return legs.stream().sorted(Comparator.comparing(TickerPair::eventTicker)
                .thenComparing(TickerPair::marketTicker).thenComparing(l -> l.side().wire())).toList();
    }

    private static String key(List<TickerPair> legs) {
        StringBuilder key = new StringBuilder();
        for (TickerPair leg : legs) {
            key.append(leg.eventTicker()).append('/').append(leg.marketTicker()).append('/').append(leg.side().wire())
                    .append(';');
        }
        return key.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String describe(List<TickerPair> legs) {
        StringBuilder text = new StringBuilder();
        for (TickerPair leg : legs) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(leg.side().wire()).append(' ').append(leg.marketTicker());
        }
        return text.toString();
    }

    private ComboMarket answer(ComboState combo) {
        return new ComboMarket(combo.eventTicker, combo.marketTicker, queries.market(combo.marketTicker).orElse(null));
    }

    private String status(CollectionSpec spec) {
        Instant now = Times.instant(clock.nowNanos());
        return now.isBefore(spec.openTime()) ? "unopened" : now.isBefore(spec.closeTime()) ? "open" : "closed";
    }

    private static MultivariateEventCollection record(CollectionState state) {
        CollectionSpec spec = state.spec;
        List<AssociatedEvent> events = new ArrayList<>();
        List<String> tickers = new ArrayList<>();
        boolean allYes = true;
        boolean single = true;
        for (CollectionSpec.EventRule rule : spec.events()) {
            events.add(new AssociatedEvent(rule.eventTicker(), rule.yesOnly(), rule.sizeMax(), rule.sizeMin(),
                    List.of()));
            tickers.add(rule.eventTicker());
            allYes &= rule.yesOnly();
            single &= rule.sizeMax() != null && rule.sizeMax() == 1;
        }
        return new MultivariateEventCollection(spec.collectionTicker(), spec.seriesTicker(), WireRecords.EXCHANGE_INDEX,
                spec.title(), spec.description(), spec.openTime(), spec.closeTime(), events, tickers, spec.isOrdered(),
                single, allYes, spec.sizeMin(), spec.sizeMax(),
                "A combo of " + spec.sizeMin() + " to " + spec.sizeMax() + " legs resolves Yes when every leg "
                        + "resolves on its selected side, and No as soon as one does not.");
    }

    private static <T> EngineResult<T> notFound(String collectionTicker) {
        return EngineResult.rejected(RejectReason.COLLECTION_NOT_FOUND, "collection " + collectionTicker
                + " not found");
    }
}
