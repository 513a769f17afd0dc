package dev.kalshisim.sim.engine.rfq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.core.model.Trade;
import dev.kalshisim.sim.engine.EngineTestBase;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.fee.BlockTradeFees;
import dev.kalshisim.sim.engine.query.FillQuery;
import dev.kalshisim.sim.engine.query.TradeQuery;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFQ scenarios on the engine: an RFQ quoted, accepted, confirmed and executed as a block trade
 * with exact balances, positions and fees for both members; expiries on the virtual clock; refusals
 * that change nothing. The base class checks the invariants (money conserved, fees included) after
 * each test.
 */
class RfqScenarioTest extends EngineTestBase {

    private Communications desk() {
        return exchange.communications();
    }

    private Rfq rfq(String member, String contracts) {
        return desk().createRfq(new CreateRfq(member, MKT, c(contracts), null, false, false, 0)).orElseThrow();
    }

    private Quote quote(String member, Rfq rfq, String yesBid, String noBid) {
        return desk().createQuote(new CreateQuote(member, rfq.id(), p(yesBid), p(noBid), false, false, 0))
                .orElseThrow();
    }

    @Test
    void rfqToConfirmedBlockTradeWithFees() {
        // Alice asks for 10; Bob bids 0.40 for YES and 0.55 for NO.
        Rfq rfq = rfq(ALICE, "10");
        Quote quote = quote(BOB, rfq, "0.40", "0.55");
        assertThat(quote.status()).isEqualTo(Quote.OPEN);
        assertThat(quote.yesContractsFp()).isEqualTo(c("10"));

        // Alice buys YES: from Bob's NO bid, at 1 - 0.55 = 0.45.
        assertThat(desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES).orElseThrow().status())
                .isEqualTo(Quote.ACCEPTED);
        Quote executed = desk().confirmQuote(BOB, rfq.id(), quote.id()).orElseThrow();
        assertThat(executed.status()).isEqualTo(Quote.EXECUTED);
        assertThat(desk().rfq(ALICE, rfq.id()).orElseThrow().status()).isEqualTo(Rfq.CLOSED);

        assertThat(position(ALICE, MKT)).isEqualTo(c("10"));
        assertThat(position(BOB, MKT)).isEqualTo(c("-10"));
        // Alice takes: 4.50 plus the taker fee ceil(0.07 x 10 x 0.45 x 0.55) = 0.1733, the balance change
        // floored to the cent (-4.68, a 0.0067 rounding fee). Bob makes on a quadratic (taker-only) series: no fee.
        assertThat(cash(ALICE)).isEqualTo(usd("995.32"));
        assertThat(cash(BOB)).isEqualTo(usd("994.50"));
        assertThat(cash(CAROL)).isEqualTo(usd("1000"));

        Fill aliceFill = exchange.fills(ALICE, FillQuery.all()).get(0);
        Fill bobFill = exchange.fills(BOB, FillQuery.all()).get(0);
        assertThat(aliceFill.isTaker()).isTrue();
        assertThat(aliceFill.feeCost()).isEqualTo(usd("0.18"));
        assertThat(aliceFill.yesPriceDollars()).isEqualTo(p("0.45"));
        assertThat(bobFill.isTaker()).isFalse();
        assertThat(bobFill.feeCost()).isEqualTo(usd("0"));
        assertThat(bobFill.tradeId()).isEqualTo(aliceFill.tradeId());
        Quote aliceView = desk().quote(ALICE, null, quote.id()).orElseThrow();
        assertThat(aliceView.rfqCreatorOrderId()).isEqualTo(aliceFill.orderId());
        assertThat(aliceView.creatorOrderId()).isNull();

        Trade trade = exchange.trades(TradeQuery.forTicker(MKT)).get(0);
        assertThat(trade.isBlockTrade()).isTrue();
        assertThat(trade.countFp()).isEqualTo(c("10"));
        // The book never held either order.
        assertThat(book()).isEqualTo("yes | no");

        List<String> types = eventsOf(ExchangeEvent.CommunicationsChanged.class).stream()
                .map(e -> e.type() + (e.memberId() == null ? "" : ":" + e.memberId())).toList();
        assertThat(types).containsExactly("rfq_created", "quote_created:alice", "quote_created:bob",
                "quote_accepted:alice", "quote_accepted:bob", "quote_executed:alice", "quote_executed:bob");
    }

    @Test
    void bothTakerFeeRuleChargesTheQuoterToo() {
        desk().configure(desk().config().withFees(BlockTradeFees.BOTH_TAKER));
        Rfq rfq = rfq(ALICE, "10");
        Quote quote = quote(BOB, rfq, "0.40", "0.55");
        desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.NO).orElseThrow();
        desk().confirmQuote(BOB, rfq.id(), quote.id()).orElseThrow();
        // Alice buys NO at 1 - 0.40 = 0.60, Bob YES at 0.40; each pays ceil(0.07 x 10 x 0.4 x 0.6) = 0.168.
        assertThat(position(ALICE, MKT)).isEqualTo(c("-10"));
        assertThat(cash(ALICE)).isEqualTo(usd("993.83"));
        assertThat(cash(BOB)).isEqualTo(usd("995.83"));
    }

    @Test
    void anExpiredRfqRefusesALateAccept() {
        Rfq rfq = rfq(ALICE, "5");
        Quote quote = quote(BOB, rfq, "0.40", "0.55");
        clock.advanceBy((desk().config().rfqLifetime()).toNanos());

        EngineResult<Quote> late = desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES);
        assertThat(late.reject()).isEqualTo(RejectReason.QUOTE_NOT_OPEN);
        Rfq closed = desk().rfq(ALICE, rfq.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(Rfq.CLOSED);
        assertThat(closed.cancellationReason()).isEqualTo("expired");
        assertThat(desk().quote(BOB, null, quote.id()).orElseThrow().status()).isEqualTo(Quote.CANCELLED);
        assertThat(eventsOf(ExchangeEvent.CommunicationsChanged.class).stream().map(ExchangeEvent.CommunicationsChanged::type))
                .contains("rfq_deleted");
        assertThat(cash(ALICE)).isEqualTo(usd("1000"));
        assertThat(position(ALICE, MKT)).isEqualTo(c("0"));
    }

    @Test
    void anAcceptedQuoteNotConfirmedInTimeIsCancelledAndTheRfqTakesAnother() {
        Rfq rfq = rfq(ALICE, "5");
        Quote slow = quote(BOB, rfq, "0.40", "0.55");
        Quote other = quote(CAROL, rfq, "0.41", "0.54");
        desk().acceptQuote(ALICE, rfq.id(), slow.id(), OutcomeSide.YES).orElseThrow();
        assertThat(desk().acceptQuote(ALICE, rfq.id(), other.id(), OutcomeSide.YES).reject())
                .as("one accepted quote at a time").isEqualTo(RejectReason.QUOTE_NOT_OPEN);

        clock.advanceBy((desk().config().confirmWindow()).toNanos());
        assertThat(desk().confirmQuote(BOB, rfq.id(), slow.id()).reject()).isEqualTo(RejectReason.QUOTE_NOT_OPEN);
        assertThat(desk().quote(BOB, rfq.id(), slow.id()).orElseThrow().cancellationReason())
                .isEqualTo("confirmation_timeout");

        desk().acceptQuote(ALICE, rfq.id(), other.id(), OutcomeSide.YES).orElseThrow();
        desk().confirmQuote(CAROL, rfq.id(), other.id()).orElseThrow();
        assertThat(position(ALICE, MKT)).isEqualTo(c("5"));
        assertThat(position(CAROL, MKT)).isEqualTo(c("-5"));
        assertThat(position(BOB, MKT)).isEqualTo(c("0"));
    }

    @Test
    void anExecutionDelayRunsOnTheClock() {
        desk().configure(desk().config().withExecutionDelay(Duration.ofSeconds(5)));
        Rfq rfq = rfq(ALICE, "2");
        Quote quote = quote(BOB, rfq, "0.40", "0.55");
        desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES).orElseThrow();
        assertThat(desk().confirmQuote(BOB, rfq.id(), quote.id()).orElseThrow().status()).isEqualTo(Quote.CONFIRMED);
        assertThat(position(ALICE, MKT)).isEqualTo(c("0"));
        clock.advanceBy((Duration.ofSeconds(5)).toNanos());
        assertThat(desk().quote(ALICE, rfq.id(), quote.id()).orElseThrow().status()).isEqualTo(Quote.EXECUTED);
        assertThat(position(ALICE, MKT)).isEqualTo(c("2"));
    }

    @Test
    void aQuoterWithoutCollateralCannotExecuteAndNothingMoves() {
        exchange.createMember("dave", usd("1"), "dave-key").orElseThrow();
        Rfq rfq = rfq(ALICE, "10");
        Quote quote = quote("dave", rfq, "0.40", "0.55");
        desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES).orElseThrow();
        assertThat(desk().confirmQuote("dave", rfq.id(), quote.id()).reject())
                .isEqualTo(RejectReason.INSUFFICIENT_BALANCE);
        assertThat(desk().quote(ALICE, rfq.id(), quote.id()).orElseThrow().status()).isEqualTo(Quote.CANCELLED);
        assertThat(desk().rfq(ALICE, rfq.id()).orElseThrow().status()).isEqualTo(Rfq.OPEN);
        assertThat(cash(ALICE)).isEqualTo(usd("1000"));
        assertThat(cash("dave")).isEqualTo(usd("1"));
        assertThat(exchange.trades(TradeQuery.all())).isEmpty();
    }

    @Test
    void targetCostSizesTheTradeAtTheQuotePrice() {
        Rfq rfq = desk().createRfq(new CreateRfq(ALICE, MKT, null, usd("9"), false, false, 0)).orElseThrow();
        Quote quote = quote(BOB, rfq, "0.40", "0.55");
        // $9 at 0.45 a YES contract buys 20 contracts; at 0.60 a NO contract 15.
        assertThat(quote.yesContractsFp()).isEqualTo(c("20"));
        assertThat(quote.noContractsFp()).isEqualTo(c("15"));
        desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES).orElseThrow();
        desk().confirmQuote(BOB, rfq.id(), quote.id()).orElseThrow();
        assertThat(position(ALICE, MKT)).isEqualTo(c("20"));
    }

    @Test
    void refusalsChangeNothing() {
        Rfq rfq = rfq(ALICE, "5");
        assertThat(desk().createQuote(new CreateQuote(ALICE, rfq.id(), p("0.40"), p("0.55"), false, false, 0)).reject())
                .as("own RFQ").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(desk().createQuote(new CreateQuote(BOB, rfq.id(), p("0.00"), p("0.00"), false, false, 0)).reject())
                .isEqualTo(RejectReason.INVALID_PRICE);
        Quote quote = quote(BOB, rfq, "0.40", "0.00");
        assertThat(desk().acceptQuote(ALICE, rfq.id(), quote.id(), OutcomeSide.YES).reject())
                .as("Bob declined selling YES").isEqualTo(RejectReason.INVALID_PARAMETERS);
        assertThat(desk().acceptQuote(BOB, rfq.id(), quote.id(), OutcomeSide.NO).reject())
                .as("only the RFQ's creator accepts").isEqualTo(RejectReason.QUOTE_NOT_FOUND);
        assertThat(desk().quote(CAROL, null, quote.id()).reject()).as("private to the parties")
                .isEqualTo(RejectReason.QUOTE_NOT_FOUND);
        assertThat(desk().deleteRfq(BOB, rfq.id()).reject()).isEqualTo(RejectReason.RFQ_NOT_FOUND);
        assertThat(desk().deleteRfq(ALICE, rfq.id()).orElseThrow().cancellationReason()).isEqualTo("deleted");
        assertThat(desk().quote(BOB, null, quote.id()).orElseThrow().status()).isEqualTo(Quote.CANCELLED);
        assertThat(cash(ALICE)).isEqualTo(usd("1000"));
    }

    @Test
    void replaceExistingAndTheOpenRfqCap() {
        desk().configure(desk().config().withMaxOpenRfqs(2));
        Rfq first = rfq(ALICE, "1");
        rfq(ALICE, "2");
        assertThat(desk().createRfq(new CreateRfq(ALICE, MKT, c("3"), null, false, false, 0)).reject())
                .isEqualTo(RejectReason.TOO_MANY_OPEN_RFQS);
        desk().createRfq(new CreateRfq(ALICE, MKT, c("3"), null, false, true, 0)).orElseThrow();
        assertThat(desk().rfq(ALICE, first.id()).orElseThrow().cancellationReason()).isEqualTo("replaced");
        assertThat(desk().rfqs(ALICE, new RfqQuery(null, null, null, Rfq.OPEN, true))).hasSize(1);
        assertThat(desk().rfqs(BOB, RfqQuery.all())).hasSize(3).allSatisfy(r -> assertThat(r.creatorUserId()).isNull());
    }

    @Test
    void aBlockTradeProposalExecutesOnceBothPartiesAccept() {
        BlockTradeProposal proposal = desk().proposeBlockTrade(new ProposeBlockTrade(CAROL, ALICE, 0, BOB, 0, MKT, 4_500,
                1_000, OutcomeSide.NO, START.plusSeconds(60))).orElseThrow();
        assertThat(proposal.buyerUserId()).as("Carol brokers it and sees neither party's id").isEmpty();
        assertThat(desk().acceptBlockTradeProposal(CAROL, proposal.id()).reject()).isEqualTo(RejectReason.QUOTE_NOT_FOUND);
        assertThat(desk().acceptBlockTradeProposal(ALICE, proposal.id()).orElseThrow().status())
                .isEqualTo(BlockTradeProposal.PENDING);
        BlockTradeProposal done = desk().acceptBlockTradeProposal(BOB, proposal.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(BlockTradeProposal.EXECUTED);
        assertThat(done.sellerOrderId()).isNotNull();
        assertThat(done.buyerOrderId()).as("Bob's view").isNull();
        // Alice buys 10 YES at 0.45 as the taker (Bob is the maker side): as in the RFQ trade above.
        assertThat(cash(ALICE)).isEqualTo(usd("995.32"));
        assertThat(cash(BOB)).isEqualTo(usd("994.50"));
        assertThat(position(BOB, MKT)).isEqualTo(c("-10"));
        assertThat(exchange.trades(TradeQuery.all()).get(0).isBlockTrade()).isTrue();
    }

    @Test
    void anUnacceptedBlockTradeProposalExpires() {
        BlockTradeProposal proposal = desk().proposeBlockTrade(new ProposeBlockTrade(ALICE, ALICE, 0, BOB, 0, MKT, 4_500,
                1_000, OutcomeSide.YES, START.plusSeconds(60))).orElseThrow();
        desk().acceptBlockTradeProposal(ALICE, proposal.id()).orElseThrow();
        clock.advanceBy(Duration.ofSeconds(60).toNanos());
        assertThat(desk().acceptBlockTradeProposal(BOB, proposal.id()).reject()).isEqualTo(RejectReason.QUOTE_NOT_OPEN);
        assertThat(desk().blockTradeProposals(BOB, MKT, null)).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(BlockTradeProposal.EXPIRED));
        assertThat(cash(ALICE)).isEqualTo(usd("1000"));
    }
}
