package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.fee.BlockTradeFees;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.DueActions;
import dev.kalshisim.sim.engine.time.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Proposed block trades between two named members: pending until both accept (then executed
 * through {@link QuoteExecution}, as a quote is) or until they expire on the clock.
 */
final class BlockTradeDesk {

    private static final class Proposal {
        final String id;
        final ProposeBlockTrade terms;
        final MarketState market;
        final long createdNanos;
        long updatedNanos;
        String status = BlockTradeProposal.PENDING;
        long buyerAcceptedNanos;
        long sellerAcceptedNanos;
        long executedNanos;
        String buyerOrderId;
        String sellerOrderId;

        Proposal(String id, ProposeBlockTrade terms, MarketState market, long nowNanos) {
            this.id = id;
            this.terms = terms;
            this.market = market;
            this.createdNanos = nowNanos;
            this.updatedNanos = nowNanos;
        }

        BlockTradeProposal record() {
            return new BlockTradeProposal(id, terms.proposerId(), terms.buyerId(), terms.sellerId(), market.ticker(),
                    terms.priceUnits(), terms.count(), terms.makerSide(), terms.expiration(), status,
                    Times.instant(createdNanos), Times.instant(updatedNanos), buyerAcceptedNanos != 0,
                    sellerAcceptedNanos != 0, instant(buyerAcceptedNanos), instant(sellerAcceptedNanos),
                    instant(executedNanos), buyerOrderId, sellerOrderId);
        }

        boolean involves(String memberId) {
            return terms.proposerId().equals(memberId) || terms.buyerId().equals(memberId)
                    || terms.sellerId().equals(memberId);
        }
    }

    private final Clock clock;
    private final DueActions due;
    private final Catalog catalog;
    private final AccountService accounts;
    private final QuoteExecution execution;
    private final Supplier<String> ids;
    private final Supplier<BlockTradeFees> fees;
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();

    BlockTradeDesk(Clock clock, DueActions due, Catalog catalog, AccountService accounts, QuoteExecution execution,
            Supplier<String> ids, Supplier<BlockTradeFees> fees) {
        this.clock = clock;
        this.due = due;
        this.catalog = catalog;
        this.accounts = accounts;
        this.execution = execution;
        this.ids = ids;
        this.fees = fees;
    }

    EngineResult<BlockTradeProposal> propose(ProposeBlockTrade terms) {
        for (String member : List.of(terms.proposerId(), terms.buyerId(), terms.sellerId())) {
            if (accounts.account(member) == null) {
                return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + member + " not found");
            }
        }
        if (terms.buyerId().equals(terms.sellerId())) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "buyer and seller must differ");
        }
        MarketState market = catalog.market(terms.ticker());
        if (market == null) {
            return EngineResult.rejected(RejectReason.MARKET_NOT_FOUND, "market " + terms.ticker() + " not found");
        }
        Price price = Price.ofUnits(terms.priceUnits());
        if (!price.isTradable() || !market.grid().accepts(price)) {
            return EngineResult.rejected(RejectReason.INVALID_PRICE, "price " + price + " is not on the "
                    + market.grid().structure() + " grid of " + market.ticker());
        }
        if (terms.count() <= 0) {
            return EngineResult.rejected(RejectReason.INVALID_COUNT, "centicount must be positive");
        }
        long now = clock.nowNanos();
        long expires = Times.nanos(terms.expiration());
        if (expires <= now) {
            return EngineResult.rejected(RejectReason.INVALID_EXPIRATION, "expiration_ts must be in the future");
        }
        Proposal proposal = new Proposal(ids.get(), terms, market, now);
        proposals.put(proposal.id, proposal);
        due.add(expires, () -> {
            if (proposal.status.equals(BlockTradeProposal.PENDING)) {
                proposal.status = BlockTradeProposal.EXPIRED;
                proposal.updatedNanos = clock.nowNanos();
            }
        });
        return EngineResult.ok(proposal.record().seenBy(terms.proposerId()));
    }

    List<BlockTradeProposal> list(String memberId, String ticker, String status) {
        List<BlockTradeProposal> out = new ArrayList<>();
        for (Proposal proposal : proposals.values()) {
            if (proposal.involves(memberId) && (ticker == null || ticker.equals(proposal.market.ticker()))
                    && (status == null || status.equals(proposal.status))) {
                out.add(proposal.record().seenBy(memberId));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The buyer or the seller accepts its side; the second acceptance executes the trade. */
    EngineResult<BlockTradeProposal> accept(String memberId, String proposalId) {
        Proposal proposal = proposals.get(proposalId);
        boolean buyer = proposal != null && proposal.terms.buyerId().equals(memberId);
        boolean seller = proposal != null && proposal.terms.sellerId().equals(memberId);
        if (!buyer && !seller) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_FOUND, "block trade proposal " + proposalId
                    + " not found");
        }
        if (!proposal.status.equals(BlockTradeProposal.PENDING)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "block trade proposal " + proposalId + " is "
                    + proposal.status);
        }
        long now = clock.nowNanos();
        if (buyer && proposal.buyerAcceptedNanos == 0) {
            proposal.buyerAcceptedNanos = now;
        } else if (seller && proposal.sellerAcceptedNanos == 0) {
            proposal.sellerAcceptedNanos = now;
        }
        proposal.updatedNanos = now;
        if (proposal.buyerAcceptedNanos != 0 && proposal.sellerAcceptedNanos != 0) {
            QuoteExecution.Failure failure = execute(proposal, now);
            if (failure != null) {
                return EngineResult.rejected(failure.reject(), failure.message());
            }
        }
        return EngineResult.ok(proposal.record().seenBy(memberId));
    }

    private QuoteExecution.Failure execute(Proposal proposal, long now) {
        ProposeBlockTrade terms = proposal.terms;
        QuoteExecution.Party buyer = new QuoteExecution.Party(terms.buyerId(), terms.buyerSubaccount(), OutcomeSide.YES,
                terms.priceUnits());
        QuoteExecution.Party seller = new QuoteExecution.Party(terms.sellerId(), terms.sellerSubaccount(),
                OutcomeSide.NO, Price.SCALE - terms.priceUnits());
        boolean buyerMakes = terms.makerSide() == OutcomeSide.YES;
        QuoteExecution.Executed executed = execution.trade(proposal.market, buyerMakes ? seller : buyer,
                buyerMakes ? buyer : seller, terms.count(), fees.get());
        if (executed.failure() != null) {
            proposal.status = BlockTradeProposal.FAILED;
            return executed.failure();
        }
        proposal.status = BlockTradeProposal.EXECUTED;
        proposal.executedNanos = now;
        proposal.buyerOrderId = buyerMakes ? executed.makerOrderId() : executed.takerOrderId();
        proposal.sellerOrderId = buyerMakes ? executed.takerOrderId() : executed.makerOrderId();
        return null;
    }

    private static Instant instant(long nanos) {
        return nanos == 0 ? null : Times.instant(nanos);
    }
}
