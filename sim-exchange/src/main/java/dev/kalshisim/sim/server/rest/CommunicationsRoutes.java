package dev.kalshisim.sim.server.rest;

import dev.kalshisim.core.model.BlockTradeProposal;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.core.wire.CommunicationsWire;
import dev.kalshisim.sim.engine.rfq.Communications;
import dev.kalshisim.sim.engine.rfq.CreateQuote;
import dev.kalshisim.sim.engine.rfq.CreateRfq;
import dev.kalshisim.sim.engine.rfq.ProposeBlockTrade;
import dev.kalshisim.sim.engine.rfq.QuoteQuery;
import dev.kalshisim.sim.engine.rfq.RfqQuery;
import dev.kalshisim.sim.server.http.ApiException;
import dev.kalshisim.sim.server.http.Call;
import dev.kalshisim.sim.server.http.QueryParams;
import dev.kalshisim.sim.server.http.Route;
import dev.kalshisim.sim.server.http.RouteResponse;
import dev.kalshisim.sim.server.state.SimState;
import dev.kalshisim.sim.wire.Rejections;
import java.util.List;

/**
 * RFQs and quotes under {@code /communications}: the caller's communications id; RFQs created,
 * listed, read and deleted; quotes created, listed, read, deleted, accepted and confirmed, both
 * the current routes scoped to an RFQ and the deprecated ones by quote id alone; block trades
 * proposed between two named members, listed and accepted. A confirmed quote, and a proposal both
 * parties accepted, execute as a block trade through the engine (docs/fidelity.md, RFQs and block trades).
 */
public final class CommunicationsRoutes {

    private final SimState state;

    public CommunicationsRoutes(SimState state) {
        this.state = state;
    }

    public List<Route> routes() {
        return List.of(
                Route.signed("GET", "/communications/id", this::communicationsId),
                Route.signed("POST", "/communications/block-trade-proposals", this::proposeBlockTrade),
                Route.signed("GET", "/communications/block-trade-proposals", this::blockTradeProposals),
                Route.signed("POST", "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
                        this::acceptBlockTrade),
                Route.signed("POST", "/communications/rfqs", this::createRfq),
                Route.signed("GET", "/communications/rfqs", this::rfqs),
                Route.signed("GET", "/communications/rfqs/{rfq_id}", this::rfq),
                Route.signed("DELETE", "/communications/rfqs/{rfq_id}", this::deleteRfq),
                Route.signed("POST", "/communications/quotes", this::createQuote),
                Route.signed("GET", "/communications/quotes", this::quotes),
                Route.signed("GET", "/communications/quotes/{quote_id}", call -> quote(call, null)),
                Route.signed("DELETE", "/communications/quotes/{quote_id}", call -> deleteQuote(call, null)),
                Route.signed("PUT", "/communications/quotes/{quote_id}/accept", call -> accept(call, null)),
                Route.signed("PUT", "/communications/quotes/{quote_id}/confirm", call -> confirm(call, null)),
                Route.signed("GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
                        call -> quote(call, call.path("rfq_id"))),
                Route.signed("DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}",
                        call -> deleteQuote(call, call.path("rfq_id"))),
                Route.signed("PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
                        call -> accept(call, call.path("rfq_id"))),
                Route.signed("PUT", "/communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
                        call -> confirm(call, call.path("rfq_id"))));
    }

    private Communications desk() {
        return state.exchange().communications();
    }

    private RouteResponse communicationsId(Call call) {
        return RouteResponse.ok(new CommunicationsWire.GetCommunicationsIdResponse(
                desk().communicationsId(call.memberId())));
    }

    private RouteResponse createRfq(Call call) {
        CommunicationsWire.CreateRfqRequest body = call.read(CommunicationsWire.CreateRfqRequest.class);
        if (body.marketTicker() == null || body.marketTicker().isBlank()) {
            throw ApiException.invalid("market_ticker is required");
        }
        if (body.restRemainder() == null) {
            throw ApiException.invalid("rest_remainder is required");
        }
        Count contracts = contracts(body);
        Money targetCost = targetCost(body);
        int subaccount = subaccount(body.subaccount());
        Rfq rfq = Rejections.orThrow(desk().createRfq(new CreateRfq(call.memberId(), body.marketTicker(), contracts,
                targetCost, body.restRemainder(), Boolean.TRUE.equals(body.replaceExisting()), subaccount)));
        return RouteResponse.created(new CommunicationsWire.CreatedId(rfq.id()));
    }

    /** {@code contracts} and {@code contracts_fp} must agree when both are sent. */
    private static Count contracts(CommunicationsWire.CreateRfqRequest body) {
        Count whole = body.contracts() == null ? null : Count.ofContracts(body.contracts());
        if (whole != null && body.contractsFp() != null && !whole.equals(body.contractsFp())) {
            throw ApiException.invalid("contracts " + body.contracts() + " and contracts_fp " + body.contractsFp()
                    + " disagree");
        }
        return body.contractsFp() != null ? body.contractsFp() : whole;
    }

    /** {@code target_cost_dollars}, or the deprecated centi-cents (1/10,000 $). */
    private static Money targetCost(CommunicationsWire.CreateRfqRequest body) {
        Money centiCents = body.targetCostCentiCents() == null ? null
                : Money.ofMicros(Math.multiplyExact(body.targetCostCentiCents(), 100L));
        if (centiCents != null && body.targetCostDollars() != null && !centiCents.equals(body.targetCostDollars())) {
            throw ApiException.invalid("target_cost_centi_cents and target_cost_dollars disagree");
        }
        return body.targetCostDollars() != null ? body.targetCostDollars() : centiCents;
    }

    private RouteResponse rfqs(Call call) {
        QueryParams query = call.query();
        Integer subaccount = PortfolioRoutes.subaccount(query);
        boolean self = selfFilter(query, "user_filter");
        String creator = query.optional("creator_user_id");
        RfqQuery filter = new RfqQuery(query.optional("event_ticker"), query.optional("market_ticker"), subaccount,
                query.optional("status"), self);
        List<Rfq> all = desk().rfqs(call.memberId(), filter).stream()
                .filter(rfq -> creator == null || creator.equals(rfq.creatorUserId())).toList();
        Pagination.Page<Rfq> page = Pagination.page(all, query, 100, 100, Rfq::id);
        return RouteResponse.ok(new CommunicationsWire.GetRfqsResponse(page.items(), page.cursor()));
    }

    private RouteResponse rfq(Call call) {
        return RouteResponse.ok(new CommunicationsWire.GetRfqResponse(
                Rejections.orThrow(desk().rfq(call.memberId(), call.path("rfq_id")))));
    }

    private RouteResponse deleteRfq(Call call) {
        Rejections.orThrow(desk().deleteRfq(call.memberId(), call.path("rfq_id")));
        return RouteResponse.noContent();
    }

    private RouteResponse createQuote(Call call) {
        CommunicationsWire.CreateQuoteRequest body = call.read(CommunicationsWire.CreateQuoteRequest.class);
        if (body.rfqId() == null || body.yesBid() == null || body.noBid() == null || body.restRemainder() == null) {
            throw ApiException.invalid("rfq_id, yes_bid, no_bid and rest_remainder are required");
        }
        for (Price bid : List.of(body.yesBid(), body.noBid())) {
            if (bid.units() != 0 && !bid.isTradable()) {
                throw ApiException.invalid("a bid is 0 (declined) or strictly between 0 and 1, got " + bid);
            }
        }
        Quote quote = Rejections.orThrow(desk().createQuote(new CreateQuote(call.memberId(), body.rfqId(),
                body.yesBid(), body.noBid(), body.restRemainder(), Boolean.TRUE.equals(body.postOnly()),
                subaccount(body.subaccount()))));
        return RouteResponse.created(new CommunicationsWire.CreatedId(quote.id()));
    }

    private RouteResponse quotes(Call call) {
        QueryParams query = call.query();
        boolean own = selfFilter(query, "user_filter");
        boolean onOwn = selfFilter(query, "rfq_user_filter");
        String quoteCreator = query.optional("quote_creator_user_id");
        String rfqCreator = query.optional("rfq_creator_user_id");
        QuoteQuery filter = new QuoteQuery(query.optional("rfq_id"),
                query.optional("status"), own, onOwn, Times.seconds(query, "min_ts"), Times.seconds(query, "max_ts"));
        // The deprecated user-id filters match the ids the caller may see: its own.
        List<Quote> all = desk().quotes(call.memberId(), filter).stream()
                .filter(q -> quoteCreator == null || quoteCreator.equals(q.creatorUserId()))
                .filter(q -> rfqCreator == null || rfqCreator.equals(q.rfqCreatorUserId()))
                .toList();
        Pagination.Page<Quote> page = Pagination.page(all, query, 500, 500, Quote::id);
        return RouteResponse.ok(new CommunicationsWire.GetQuotesResponse(page.items(), page.cursor()));
    }

    private RouteResponse quote(Call call, String rfqId) {
        return RouteResponse.ok(new CommunicationsWire.GetQuoteResponse(
                Rejections.orThrow(desk().quote(call.memberId(), rfqId, call.path("quote_id")))));
    }

    private RouteResponse deleteQuote(Call call, String rfqId) {
        Rejections.orThrow(desk().deleteQuote(call.memberId(), rfqId, call.path("quote_id")));
        return RouteResponse.noContent();
    }

    private RouteResponse accept(Call call, String rfqId) {
        CommunicationsWire.AcceptQuoteRequest body = call.read(CommunicationsWire.AcceptQuoteRequest.class);
        String side = body.acceptedSide();
        if (!"yes".equals(side) && !"no".equals(side)) {
            throw ApiException.invalid("accepted_side must be yes or no, got " + side);
        }
        Rejections.orThrow(desk().acceptQuote(call.memberId(), rfqId, call.path("quote_id"), OutcomeSide.fromWire(side)));
        return RouteResponse.noContent();
    }

    private RouteResponse confirm(Call call, String rfqId) {
        Rejections.orThrow(desk().confirmQuote(call.memberId(), rfqId, call.path("quote_id")));
        return RouteResponse.noContent();
    }

    private RouteResponse proposeBlockTrade(Call call) {
        CommunicationsWire.ProposeBlockTradeRequest body = call.read(CommunicationsWire.ProposeBlockTradeRequest.class);
        if (body.buyerUserId() == null || body.sellerUserId() == null || body.marketTicker() == null
                || body.priceCentiCents() == null || body.centicount() == null || body.makerSide() == null
                || body.expirationTs() == null) {
            throw ApiException.invalid("buyer_user_id, seller_user_id, market_ticker, price_centi_cents, centicount, "
                    + "maker_side and expiration_ts are required");
        }
        if (body.buyerSubtraderId() != null || body.sellerSubtraderId() != null) {
            throw ApiException.invalid("subtrader ids are for FCM members; give buyer_subaccount/seller_subaccount");
        }
        if (!"yes".equals(body.makerSide()) && !"no".equals(body.makerSide())) {
            throw ApiException.invalid("maker_side must be yes or no, got " + body.makerSide());
        }
        if (body.priceCentiCents() < 1 || body.centicount() < 1) {
            throw ApiException.invalid("price_centi_cents and centicount must be at least 1");
        }
        BlockTradeProposal proposal = Rejections.orThrow(desk().proposeBlockTrade(new ProposeBlockTrade(
                call.memberId(), body.buyerUserId(), subaccount(body.buyerSubaccount()), body.sellerUserId(),
                subaccount(body.sellerSubaccount()), body.marketTicker(), body.priceCentiCents(), body.centicount(),
                OutcomeSide.fromWire(body.makerSide()), body.expirationTs())));
        return RouteResponse.created(new CommunicationsWire.ProposeBlockTradeResponse(proposal.id()));
    }

    private RouteResponse blockTradeProposals(Call call) {
        QueryParams query = call.query();
        List<BlockTradeProposal> all = desk().blockTradeProposals(call.memberId(), query.optional("market_ticker"),
                query.optional("status"));
        Pagination.Page<BlockTradeProposal> page = Pagination.page(all, query, 100, 100, BlockTradeProposal::id);
        return RouteResponse.ok(new CommunicationsWire.GetBlockTradeProposalsResponse(page.items(), page.cursor()));
    }

    /** The optional body names the subaccount to accept as; the proposal's own subaccounts are used. */
    private RouteResponse acceptBlockTrade(Call call) {
        if (call.request().body().length > 0) {
            CommunicationsWire.AcceptBlockTradeProposalRequest body =
                    call.read(CommunicationsWire.AcceptBlockTradeProposalRequest.class);
            if (body.subtraderId() != null) {
                throw ApiException.invalid("subtrader_id is for FCM members");
            }
            subaccount(body.subaccount());
        }
        Rejections.orThrow(desk().acceptBlockTradeProposal(call.memberId(), call.path("block_trade_proposal_id")));
        return RouteResponse.noContent();
    }

    /** {@code user_filter}-style parameters take only {@code self} (or nothing). */
    private static boolean selfFilter(QueryParams query, String name) {
        String value = query.optional(name);
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!value.equals("self")) {
            throw ApiException.invalid("query parameter " + name + " must be self, got \"" + value + "\"");
        }
        return true;
    }

    private static int subaccount(Integer subaccount) {
        if (subaccount != null && (subaccount < 0 || subaccount > 63)) {
            throw ApiException.invalid("subaccount must be 0 to 63, got " + subaccount);
        }
        return subaccount == null ? 0 : subaccount;
    }
}
