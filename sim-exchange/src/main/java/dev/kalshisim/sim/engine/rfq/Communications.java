package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.sim.engine.result.EngineResult;
import java.util.List;

/**
 * RFQs, quotes and their block trades: a member asks for quotes on a market and size, others quote
 * a YES and a NO bid, the creator accepts one side of one quote, the quoter confirms, and the trade
 * executes through the engine's ledger. RFQs and accepted quotes expire on the engine's clock.
 *
 * <p>Records come back as {@code memberId} may see them (private fields for the parties only).
 * Lists are newest first. Refusals are values, as everywhere in the engine.
 */
public interface Communications {

    /** The member's public communications id. */
    String communicationsId(String memberId);

    EngineResult<Rfq> createRfq(CreateRfq command);

    /** Every RFQ matching {@code query}; open RFQs are broadcast to all members. */
    List<Rfq> rfqs(String memberId, RfqQuery query);

    EngineResult<Rfq> rfq(String memberId, String rfqId);

    /** Closes the creator's open RFQ and cancels its live quotes. */
    EngineResult<Rfq> deleteRfq(String memberId, String rfqId);

    /** Quotes an open RFQ of another member; a new quote replaces the member's earlier open one. */
    EngineResult<Quote> createQuote(CreateQuote command);

    /** Quotes the member made or received. */
    List<Quote> quotes(String memberId, QuoteQuery query);

    /** A quote the member made or received; {@code rfqId}, when not null, must be its RFQ. */
    EngineResult<Quote> quote(String memberId, String rfqId, String quoteId);

    /** Withdraws the quoter's quote before it is confirmed. */
    EngineResult<Quote> deleteQuote(String memberId, String rfqId, String quoteId);

    /** The RFQ creator accepts buying {@code side} from the quote; the quoter must confirm in time. */
    EngineResult<Quote> acceptQuote(String memberId, String rfqId, String quoteId, OutcomeSide side);

    /** The quoter confirms an accepted quote; it executes after the configured delay. */
    EngineResult<Quote> confirmQuote(String memberId, String rfqId, String quoteId);

    /** Proposes a block trade between two named members; it executes once both accept. */
    EngineResult<BlockTradeProposal> proposeBlockTrade(ProposeBlockTrade command);

    /** Proposals the member made or is a party to. */
    List<BlockTradeProposal> blockTradeProposals(String memberId, String ticker, String status);

    /** The buyer or seller accepts; the second acceptance executes the trade through the ledger. */
    EngineResult<BlockTradeProposal> acceptBlockTradeProposal(String memberId, String proposalId);

    RfqConfig config();

    /** Replaces the timings and fee rule; applies to RFQs and quotes from now on. */
    void configure(RfqConfig config);
}
