package dev.kalshisim.sim.engine;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.rfq.Communications;
import dev.kalshisim.sim.engine.rfq.CreateQuote;
import dev.kalshisim.sim.engine.rfq.CreateRfq;
import dev.kalshisim.sim.engine.rfq.ProposeBlockTrade;
import dev.kalshisim.sim.engine.rfq.QuoteQuery;
import dev.kalshisim.sim.engine.rfq.RfqConfig;
import dev.kalshisim.sim.engine.rfq.RfqQuery;
import java.util.List;

/** The engine's RFQ desk behind its {@link CommandLock}: every call applies due expiries first, as any command. */
final class LockedCommunications implements Communications {

    private final CommandLock lock;
    private final Communications desk;

    LockedCommunications(CommandLock lock, Communications desk) {
        this.lock = lock;
        this.desk = desk;
    }

    @Override
    public String communicationsId(String memberId) {
        return lock.query(() -> desk.communicationsId(memberId));
    }

    @Override
    public EngineResult<Rfq> createRfq(CreateRfq command) {
        return lock.command(() -> desk.createRfq(command));
    }

    @Override
    public List<Rfq> rfqs(String memberId, RfqQuery query) {
        return lock.query(() -> desk.rfqs(memberId, query));
    }

    @Override
    public EngineResult<Rfq> rfq(String memberId, String rfqId) {
        return lock.query(() -> desk.rfq(memberId, rfqId));
    }

    @Override
    public EngineResult<Rfq> deleteRfq(String memberId, String rfqId) {
        return lock.command(() -> desk.deleteRfq(memberId, rfqId));
    }

    @Override
    public EngineResult<Quote> createQuote(CreateQuote command) {
        return lock.command(() -> desk.createQuote(command));
    }

    @Override
    public List<Quote> quotes(String memberId, QuoteQuery query) {
        return lock.query(() -> desk.quotes(memberId, query));
    }

    @Override
    public EngineResult<Quote> quote(String memberId, String rfqId, String quoteId) {
        return lock.query(() -> desk.quote(memberId, rfqId, quoteId));
    }

    @Override
    public EngineResult<Quote> deleteQuote(String memberId, String rfqId, String quoteId) {
        return lock.command(() -> desk.deleteQuote(memberId, rfqId, quoteId));
    }

    @Override
    public EngineResult<Quote> acceptQuote(String memberId, String rfqId, String quoteId, OutcomeSide side) {
        return lock.command(() -> desk.acceptQuote(memberId, rfqId, quoteId, side));
    }

    @Override
    public EngineResult<Quote> confirmQuote(String memberId, String rfqId, String quoteId) {
        return lock.command(() -> desk.confirmQuote(memberId, rfqId, quoteId));
    }

    @Override
    public EngineResult<BlockTradeProposal> proposeBlockTrade(ProposeBlockTrade command) {
        return lock.command(() -> desk.proposeBlockTrade(command));
    }

    @Override
    public List<BlockTradeProposal> blockTradeProposals(String memberId, String ticker, String status) {
        return lock.query(() -> desk.blockTradeProposals(memberId, ticker, status));
    }

    @Override
    public EngineResult<BlockTradeProposal> acceptBlockTradeProposal(String memberId, String proposalId) {
        return lock.command(() -> desk.acceptBlockTradeProposal(memberId, proposalId));
    }

    @Override
    public RfqConfig config() {
        return lock.query(desk::config);
    }

    @Override
    public void configure(RfqConfig config) {
        lock.command(() -> {
            desk.configure(config);
            return null;
        });
    }
}
