package dev.kalshisim.sim.engine.combo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketResult;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.MveSelectedLeg;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TickerPair;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.catalog.EventSpec;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Combo scenarios on the engine: a collection over two events, a combo created from a leg of each,
 * traded through the book like any market and settled from its legs' results. The base class
 * checks the invariants after each test.
 */
class ComboScenarioTest extends EngineTestBase {

    private static final String COLLECTION = "KXMVE-TEST";

    private Combos combos() {
        return exchange.combos();
    }

    @BeforeEach
    void twoEventsAndACollection() {
        exchange.createEvent(EventSpec.of("GAME1", "SER")).orElseThrow();
        exchange.createEvent(EventSpec.of("GAME2", "SER")).orElseThrow();
        exchange.createMarket(market("GAME1-HOME", "GAME1")).orElseThrow();
        exchange.createMarket(market("GAME1-AWAY", "GAME1")).orElseThrow();
        exchange.createMarket(market("GAME2-HOME", "GAME2")).orElseThrow();
        combos().defineCollection(new CollectionSpec(COLLECTION, "SER", "Two-game parlay", "", START.minusSeconds(60),
                START.plus(Duration.ofDays(2)), List.of(new CollectionSpec.EventRule("GAME1", false, null, 1),
                        new CollectionSpec.EventRule("GAME2", true, null, 1)), 2, 2, false)).orElseThrow();
        events.clear();
    }

    private static List<TickerPair> legs(String side1) {
        return List.of(new TickerPair("GAME1-HOME", "GAME1", OutcomeSide.fromWire(side1)),
                new TickerPair("GAME2-HOME", "GAME2", OutcomeSide.YES));
    }

    @Test
    void aComboTradesAndSettlesYesWhenEveryLegWins() {
        assertThat(combos().lookup(COLLECTION, legs("yes")).reject()).isEqualTo(RejectReason.COMBO_NOT_FOUND);
        ComboMarket combo = combos().createMarket(COLLECTION, legs("yes")).orElseThrow();
        // The same legs in another order are the same combo: the collection is unordered.
        assertThat(combos().createMarket(COLLECTION, List.of(legs("yes").get(1), legs("yes").get(0))).orElseThrow()
                .marketTicker()).isEqualTo(combo.marketTicker());
        assertThat(combos().lookup(COLLECTION, legs("yes")).orElseThrow().marketTicker()).isEqualTo(combo.marketTicker());
        Market market = exchange.market(combo.marketTicker()).orElseThrow();
        assertThat(market.mveCollectionTicker()).isEqualTo(COLLECTION);
        assertThat(market.mveSelectedLegs()).extracting(MveSelectedLeg::marketTicker)
                .containsExactly("GAME1-HOME", "GAME2-HOME");
        assertThat(market.status()).isEqualTo(MarketStatus.ACTIVE);
        assertThat(combos().comboEventTickers()).containsExactly(combo.eventTicker());
        assertThat(combos().comboEvents(COLLECTION, null, true)).singleElement()
                .satisfies(e -> assertThat(e.markets()).extracting(Market::ticker).containsExactly(combo.marketTicker()));
        assertThat(combos().lookupHistory(COLLECTION, 10).orElseThrow()).hasSize(1);

        // Alice buys 10 YES of the parlay at 0.20 from Bob (who buys NO at 0.80), on the book.
        place(PlaceOrder.ask(BOB, combo.marketTicker(), p("0.20"), c("10"))).isAccepted();
        assertThat(place(PlaceOrder.bid(ALICE, combo.marketTicker(), p("0.20"), c("10"))).fills()).hasSize(1);
        assertThat(position(ALICE, combo.marketTicker())).isEqualTo(c("10"));
        // Taker fee ceil(0.07 x 10 x 0.2 x 0.8) = 0.112, the change -2.112 floored to -2.12.
        assertThat(cash(ALICE)).isEqualTo(usd("997.88"));
        assertThat(cash(BOB)).isEqualTo(usd("992"));

        exchange.settleMarket("GAME1-HOME", MarketResult.YES).orElseThrow();
        Market halfway = exchange.market(combo.marketTicker()).orElseThrow();
        assertThat(halfway.status()).as("one leg still open").isEqualTo(MarketStatus.ACTIVE);
        assertThat(halfway.mveSelectedLegs().get(0).yesSettlementValueDollars()).isEqualTo(Price.ONE);

        exchange.settleMarket("GAME2-HOME", MarketResult.YES).orElseThrow();
        Market settled = exchange.market(combo.marketTicker()).orElseThrow();
        assertThat(settled.status()).isEqualTo(MarketStatus.FINALIZED);
        assertThat(settled.result()).isEqualTo(MarketResult.YES);
        assertThat(cash(ALICE)).isEqualTo(usd("1007.88"));
        assertThat(cash(BOB)).isEqualTo(usd("992"));
        assertThat(position(ALICE, combo.marketTicker())).isEqualTo(c("0"));
    }

    @Test
    void aComboSettlesNoAsSoonAsOneLegLoses() {
        ComboMarket combo = combos().createMarket(COLLECTION, legs("no")).orElseThrow();
        place(PlaceOrder.ask(BOB, combo.marketTicker(), p("0.30"), c("5")));
        place(PlaceOrder.bid(ALICE, combo.marketTicker(), p("0.30"), c("5")));

        // The leg selected "no" on GAME1-HOME loses when GAME1-HOME settles yes.
        exchange.settleMarket("GAME1-HOME", MarketResult.YES).orElseThrow();
        Market settled = exchange.market(combo.marketTicker()).orElseThrow();
        assertThat(settled.result()).isEqualTo(MarketResult.NO);
        assertThat(settled.status()).isEqualTo(MarketStatus.FINALIZED);
        assertThat(position(BOB, combo.marketTicker())).isEqualTo(c("0"));
        // Bob paid 5 x 0.70 for NO and gets $5 back.
        assertThat(cash(BOB)).isEqualTo(usd("1001.50"));
        assertThat(eventsOf(ExchangeEvent.SettlementPaid.class)).extracting(e -> e.settlement().ticker())
                .contains(combo.marketTicker());
    }

    @Test
    void theCollectionsRulesAreEnforced() {
        assertThat(combos().createMarket(COLLECTION, legs("yes").subList(0, 1)).reject())
                .as("size_min 2").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(combos().createMarket(COLLECTION, List.of(new TickerPair("GAME1-HOME", "GAME1", OutcomeSide.YES),
                new TickerPair("GAME2-HOME", "GAME2", OutcomeSide.NO))).reject())
                .as("GAME2 is yes-only").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(combos().createMarket(COLLECTION, List.of(new TickerPair("GAME1-HOME", "GAME1", OutcomeSide.YES),
                new TickerPair("GAME1-AWAY", "GAME1", OutcomeSide.YES))).reject())
                .as("one market per event").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(combos().createMarket(COLLECTION, List.of(new TickerPair("GAME1-HOME", "GAME2", OutcomeSide.YES),
                new TickerPair("GAME2-HOME", "GAME2", OutcomeSide.YES))).reject())
                .as("market not in the named event").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(combos().createMarket("NOPE", legs("yes")).reject()).isEqualTo(RejectReason.COLLECTION_NOT_FOUND);
        assertThat(combos().collections("open", "GAME2", null)).hasSize(1);
        assertThat(combos().collections("closed", null, null)).isEmpty();
        assertThat(exchange.markets(dev.kalshisim.sim.engine.query.MarketQuery.all())).noneMatch(
                m -> m.mveCollectionTicker() != null);
    }
}
