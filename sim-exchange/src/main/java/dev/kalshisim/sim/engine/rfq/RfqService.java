package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.Matcher;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.catalog.Catalog;
import dev.kalshisim.sim.engine.catalog.ExchangePauses;
import dev.kalshisim.sim.engine.catalog.MarketState;
import dev.kalshisim.sim.engine.config.EngineLimits;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.ledger.Ledger;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.DueActions;
import dev.kalshisim.sim.engine.time.Times;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The RFQ desk's state machine, run under the exchange lock by the engine: RFQs open, closed and
 * expiring; quotes open, accepted, confirmed, executed or cancelled. Executions go through
 * {@link QuoteExecution}, so money moves only through the ledger's fill path.
 */
public final class RfqService implements Communications {

    /** Cancellation reasons as the records show them. */
    static final String DELETED = "deleted";
    static final String EXPIRED = "expired";
    static final String REPLACED = "replaced";
    static final String RFQ_CLOSED = "rfq_closed";
    static final String CONFIRM_TIMEOUT = "confirmation_timeout";

    private final Clock clock;
    private final EventSink sink;
    private final DueActions due;
    private final Catalog catalog;
    private final ExchangePauses pauses;
    private final AccountService accounts;
    private final QuoteExecution execution;
    private final CommunicationIds commsIds;
    private final BlockTradeDesk blockTrades;
    private final long idSeed;
    private final Map<String, RfqState> rfqs = new LinkedHashMap<>();
    private final Map<String, QuoteState> quotes = new LinkedHashMap<>();
    private long idCounter;
    private RfqConfig config = RfqConfig.defaults();

    public RfqService(Clock clock, EventSink sink, DueActions due, EngineLimits limits, Catalog catalog,
            ExchangePauses pauses, AccountService accounts, Ledger ledger,
            OrderRegistry registry, RestingOrders resting,
            Matcher matcher, long idSeed) {
        this.clock = clock;
        this.sink = sink;
        this.due = due;
        this.catalog = catalog;
        this.pauses = pauses;
        this.accounts = accounts;
        this.execution = new QuoteExecution(clock, limits, pauses, accounts, ledger, registry, resting, matcher);
        this.commsIds = new CommunicationIds(idSeed);
        this.idSeed = idSeed;
        this.blockTrades = new BlockTradeDesk(clock, due, catalog, accounts, execution, () -> nextId("block"),
                () -> config.fees());
    }

    @Override
    public RfqConfig config() {
        return config;
    }

    @Override
    public void configure(RfqConfig value) {
        this.config = Objects.requireNonNull(value, "config");
    }

    @Override
    public String communicationsId(String memberId) {
        return commsIds.of(memberId);
    }

    @Override
    public EngineResult<Rfq> createRfq(CreateRfq command) {
        if (accounts.account(command.memberId()) == null) {
            return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + command.memberId() + " not found");
        }
        MarketState market = catalog.market(command.ticker());
        if (market == null) {
            return EngineResult.rejected(RejectReason.MARKET_NOT_FOUND, "market " + command.ticker() + " not found");
        }
        RejectReason gate = pauses.tradingRejection(market);
        if (gate != null) {
            return EngineResult.rejected(gate, "market " + market.ticker() + " is " + market.status().wire());
        }
        boolean byContracts = command.contracts() != null;
        if (byContracts == (command.targetCost() != null)) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "give exactly one of contracts_fp (or contracts) and target_cost_dollars");
        }
        if (byContracts && command.contracts().hundredths() <= 0 || !byContracts && command.targetCost().micros() <= 0) {
            return EngineResult.rejected(RejectReason.INVALID_COUNT, "the RFQ's size must be positive");
        }
        List<RfqState> open = openRfqsOf(command.memberId());
        if (!command.replaceExisting() && open.size() >= config.maxOpenRfqs()) {
            return EngineResult.rejected(RejectReason.TOO_MANY_OPEN_RFQS,
                    "at most " + config.maxOpenRfqs() + " open RFQs at a time");
        }
        long now = clock.nowNanos();
        if (command.replaceExisting()) {
            open.forEach(rfq -> closeRfq(rfq, REPLACED, now));
        }
        RfqState rfq = new RfqState(nextId("rfq"), command.memberId(), commsIds.of(command.memberId()), market,
                byContracts ? command.contracts().hundredths() : 0,
                byContracts ? -1 : command.targetCost().micros(), command.restRemainder(), command.subaccount(), now);
        rfqs.put(rfq.id, rfq);
        emit("rfq_created", null, rfq, null, null);
        due.add(now + config.rfqLifetime().toNanos(), () -> {
            if (rfq.open) {
                closeRfq(rfq, EXPIRED, clock.nowNanos());
            }
        });
        return EngineResult.ok(rfq.record());
    }

    @Override
    public List<Rfq> rfqs(String memberId, RfqQuery query) {
        List<Rfq> out = new ArrayList<>();
        for (RfqState rfq : newestFirst(rfqs.values())) {
            if ((query.onlyOwn() && !rfq.memberId.equals(memberId))
                    || (query.marketTicker() != null && !query.marketTicker().equals(rfq.market.ticker()))
                    || (query.eventTicker() != null && !query.eventTicker().equals(rfq.market.event().ticker()))
                    || (query.subaccount() != null
                            && (!rfq.memberId.equals(memberId) || query.subaccount() != rfq.subaccount))
                    || (query.status() != null && !query.status().equals(rfq.open ? Rfq.OPEN : Rfq.CLOSED))) {
                continue;
            }
            out.add(rfq.record().seenBy(memberId));
        }
        return out;
    }

    @Override
    public EngineResult<Rfq> rfq(String memberId, String rfqId) {
        RfqState rfq = rfqs.get(rfqId);
        return rfq == null ? rfqNotFound(rfqId) : EngineResult.ok(rfq.record().seenBy(memberId));
    }

    @Override
    public EngineResult<Rfq> deleteRfq(String memberId, String rfqId) {
        RfqState rfq = rfqs.get(rfqId);
        if (rfq == null || !rfq.memberId.equals(memberId)) {
            return rfqNotFound(rfqId);
        }
        if (!rfq.open) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "RFQ " + rfqId + " is closed");
        }
        closeRfq(rfq, DELETED, clock.nowNanos());
        return EngineResult.ok(rfq.record().seenBy(memberId));
    }

    @Override
    public EngineResult<Quote> createQuote(CreateQuote command) {
        if (accounts.account(command.memberId()) == null) {
            return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + command.memberId() + " not found");
        }
        RfqState rfq = rfqs.get(command.rfqId());
        if (rfq == null) {
            return EngineResult.rejected(RejectReason.RFQ_NOT_FOUND, "RFQ " + command.rfqId() + " not found");
        }
        if (!rfq.open) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "RFQ " + rfq.id + " is closed");
        }
        if (rfq.memberId.equals(command.memberId())) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "a member cannot quote its own RFQ");
        }
        String priceProblem = priceProblem(rfq.market, command.yesBid(), command.noBid());
        if (priceProblem != null) {
            return EngineResult.rejected(RejectReason.INVALID_PRICE, priceProblem);
        }
        long now = clock.nowNanos();
        for (QuoteState earlier : quotes.values()) {
            if (earlier.rfq == rfq && earlier.memberId.equals(command.memberId()) && earlier.status.equals(Quote.OPEN)) {
                earlier.cancel(REPLACED, now);
            }
        }
        QuoteState quote = new QuoteState(nextId("quote"), rfq, command.memberId(), commsIds.of(command.memberId()),
                command.yesBid().units(), command.noBid().units(), command.restRemainder(), command.postOnly(),
                command.subaccount(), now);
        quotes.put(quote.id, quote);
        toParties("quote_created", quote);
        return EngineResult.ok(quote.record().seenBy(command.memberId()));
    }

    @Override
    public List<Quote> quotes(String memberId, QuoteQuery query) {
        List<Quote> out = new ArrayList<>();
        for (QuoteState quote : newestFirst(quotes.values())) {
            boolean mine = quote.memberId.equals(memberId);
            boolean onMine = quote.rfq.memberId.equals(memberId);
            if ((!mine && !onMine) || (query.onlyOwnQuotes() && !mine) || (query.onlyOnOwnRfqs() && !onMine)
                    || (query.rfqId() != null && !query.rfqId().equals(quote.rfq.id))
                    || (query.status() != null && !query.status().equals(quote.status))
                    || !Times.within(Times.instant(quote.updatedNanos), query.minUpdated(), query.maxUpdated())) {
                continue;
            }
            out.add(quote.record().seenBy(memberId));
        }
        return out;
    }

    @Override
    public EngineResult<Quote> quote(String memberId, String rfqId, String quoteId) {
        return visible(memberId, rfqId, quoteId, q -> true).map(q -> q.record().seenBy(memberId));
    }

    @Override
    public EngineResult<Quote> deleteQuote(String memberId, String rfqId, String quoteId) {
        EngineResult<QuoteState> found = visible(memberId, rfqId, quoteId, q -> q.memberId.equals(memberId));
        if (!found.isOk()) {
            return found.map(QuoteState::record);
        }
        QuoteState quote = found.value();
        if (!quote.status.equals(Quote.OPEN) && !quote.status.equals(Quote.ACCEPTED)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "quote " + quoteId + " is " + quote.status);
        }
        quote.cancel(DELETED, clock.nowNanos());
        return EngineResult.ok(quote.record().seenBy(memberId));
    }

    @Override
    public EngineResult<Quote> acceptQuote(String memberId, String rfqId, String quoteId, OutcomeSide side) {
        Objects.requireNonNull(side, "side");
        EngineResult<QuoteState> found = visible(memberId, rfqId, quoteId, q -> q.rfq.memberId.equals(memberId));
        if (!found.isOk()) {
            return found.map(QuoteState::record);
        }
        QuoteState quote = found.value();
        RfqState rfq = quote.rfq;
        if (!rfq.open) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "RFQ " + rfq.id + " is closed"
                    + (rfq.cancellationReason == null ? "" : " (" + rfq.cancellationReason + ")"));
        }
        if (!quote.status.equals(Quote.OPEN)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "quote " + quoteId + " is " + quote.status);
        }
        if (liveAcceptance(rfq)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "RFQ " + rfq.id + " already has an accepted quote");
        }
        if (quote.quoterBidFor(side) == 0) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "the quote declines selling "
                    + side.wire() + " (its " + side.opposite().wire() + " bid is 0)");
        }
        QuoteExecution.Failure unaffordable = execution.checkRequester(quote, side);
        if (unaffordable != null) {
            return EngineResult.rejected(unaffordable.reject(), unaffordable.message());
        }
        long now = clock.nowNanos();
        quote.status = Quote.ACCEPTED;
        quote.acceptedSide = side;
        quote.acceptedNanos = now;
        quote.updatedNanos = now;
        rfq.updatedNanos = now;
        toParties("quote_accepted", quote);
        due.add(now + config.confirmWindow().toNanos(), () -> {
            if (quote.status.equals(Quote.ACCEPTED) && quote.acceptedNanos == now) {
                quote.cancel(CONFIRM_TIMEOUT, clock.nowNanos());
            }
        });
        return EngineResult.ok(quote.record().seenBy(memberId));
    }

    @Override
    public EngineResult<Quote> confirmQuote(String memberId, String rfqId, String quoteId) {
        EngineResult<QuoteState> found = visible(memberId, rfqId, quoteId, q -> q.memberId.equals(memberId));
        if (!found.isOk()) {
            return found.map(QuoteState::record);
        }
        QuoteState quote = found.value();
        if (!quote.status.equals(Quote.ACCEPTED)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_OPEN, "quote " + quoteId + " is " + quote.status
                    + (quote.cancellationReason == null ? "" : " (" + quote.cancellationReason + ")")
                    + ", not accepted");
        }
        long now = clock.nowNanos();
        quote.status = Quote.CONFIRMED;
        quote.confirmedNanos = now;
        quote.updatedNanos = now;
        long delay = config.executionDelay().toNanos();
        if (delay == 0) {
            QuoteExecution.Failure failure = executeConfirmed(quote);
            if (failure != null) {
                return EngineResult.rejected(failure.reject(), failure.message());
            }
        } else {
            due.add(now + delay, () -> executeConfirmed(quote));
        }
        return EngineResult.ok(quote.record().seenBy(memberId));
    }

    @Override
    public EngineResult<BlockTradeProposal> proposeBlockTrade(ProposeBlockTrade command) {
        return blockTrades.propose(command);
    }

    @Override
    public List<BlockTradeProposal> blockTradeProposals(String memberId, String ticker, String status) {
        return blockTrades.list(memberId, ticker, status);
    }

    @Override
    public EngineResult<BlockTradeProposal> acceptBlockTradeProposal(String memberId, String proposalId) {
        return blockTrades.accept(memberId, proposalId);
    }

    /** Executes a confirmed quote; on failure cancels it (the RFQ stays open for other quotes). */
    private QuoteExecution.Failure executeConfirmed(QuoteState quote) {
        if (!quote.status.equals(Quote.CONFIRMED)) {
            return null;
        }
        QuoteExecution.Failure failure = execution.execute(quote, config.fees());
        long now = clock.nowNanos();
        if (failure != null) {
            quote.cancel(failure.reason(), now);
            return failure;
        }
        quote.status = Quote.EXECUTED;
        quote.executedNanos = now;
        quote.updatedNanos = now;
        RfqState rfq = quote.rfq;
        rfq.close(null, now);
        for (QuoteState other : quotes.values()) {
            if (other.rfq == rfq && other != quote && other.isLive()) {
                other.cancel(RFQ_CLOSED, now);
            }
        }
        emit("quote_executed", rfq.memberId, rfq, quote, quote.rfqCreatorOrderId);
        emit("quote_executed", quote.memberId, rfq, quote, quote.creatorOrderId);
        return null;
    }

    private boolean liveAcceptance(RfqState rfq) {
        for (QuoteState quote : quotes.values()) {
            if (quote.rfq == rfq && (quote.status.equals(Quote.ACCEPTED) || quote.status.equals(Quote.CONFIRMED))) {
                return true;
            }
        }
        return false;
    }

    /** The quote, if {@code memberId} is a party to it, it is on {@code rfqId} (when given) and {@code allowed}. */
    private EngineResult<QuoteState> visible(String memberId, String rfqId, String quoteId,
            Predicate<QuoteState> allowed) {
        QuoteState quote = quotes.get(quoteId);
        if (quote == null || (rfqId != null && !rfqId.equals(quote.rfq.id))
                || (!quote.memberId.equals(memberId) && !quote.rfq.memberId.equals(memberId)) || !allowed.test(quote)) {
            return EngineResult.rejected(RejectReason.QUOTE_NOT_FOUND, "quote " + quoteId + " not found");
        }
        return EngineResult.ok(quote);
    }

    private void closeRfq(RfqState rfq, String reason, long now) {
        rfq.close(reason, now);
        for (QuoteState quote : quotes.values()) {
            if (quote.rfq == rfq && quote.isLive()) {
                quote.cancel(RFQ_CLOSED, now);
            }
        }
        emit("rfq_deleted", null, rfq, null, null);
    }

    private List<RfqState> openRfqsOf(String memberId) {
        List<RfqState> open = new ArrayList<>();
        for (RfqState rfq : rfqs.values()) {
            if (rfq.open && rfq.memberId.equals(memberId)) {
                open.add(rfq);
            }
        }
        return open;
    }

    /** Each bid is $0 (declined) or a tradable price on the market's grid; not both $0. */
    private static String priceProblem(MarketState market, Price yesBid, Price noBid) {
        if (yesBid.units() == 0 && noBid.units() == 0) {
            return "yes_bid and no_bid cannot both be 0";
        }
        for (Price bid : List.of(yesBid, noBid)) {
            if (bid.units() != 0 && !market.grid().accepts(bid)) {
                return "bid " + bid + " is not on the " + market.grid().structure() + " grid of " + market.ticker();
            }
        }
        return null;
    }

    private void toParties(String type, QuoteState quote) {
        emit(type, quote.rfq.memberId, quote.rfq, quote, null);
        emit(type, quote.memberId, quote.rfq, quote, null);
    }

    private void emit(String type, String memberId, RfqState rfq, QuoteState quote, String orderId) {
        Rfq rfqRecord = memberId == null ? rfq.record().seenBy(null) : rfq.record().seenBy(memberId);
        Quote quoteRecord = quote == null ? null : quote.record().seenBy(memberId);
        sink.emit(new ExchangeEvent.CommunicationsChanged(sink.nextSequence(), clock.nowNanos(), type, memberId,
                rfq.market.event().ticker(), rfqRecord, quoteRecord, orderId, null));
    }

    private String nextId(String kind) {
        idCounter++;
        return UUID.nameUUIDFromBytes((kind + ":" + idSeed + ":" + idCounter).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static <T> List<T> newestFirst(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        Collections.reverse(list);
        return list;
    }

    private static EngineResult<Rfq> rfqNotFound(String rfqId) {
        return EngineResult.rejected(RejectReason.RFQ_NOT_FOUND, "RFQ " + rfqId + " not found");
    }
}
