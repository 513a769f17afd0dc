package dev.kalshisim.sim.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ConformanceScenario}'s part for RFQs, quotes and combos: RFQs and quotes prepared ahead
 * (one for each write that needs a target), a collection over two events, and one plausible call
 * per route, in an order where each accept comes before its confirm.
 */
final class CommunicationsSamples {

    static final String COLLECTION = "KXMVE-OA";
    private static final String LEG1 = "CB-1";
    private static final String LEG2 = "CB-2";

    private final SimMember requester;
    private final SimMember quoter;
    private final String market;
    private final String rfq;
    private final String deletedRfq;
    private final String acceptedByQuoteId;
    private final String acceptedRfq;
    private final String acceptedInRfq;
    private final String deletedQuote;
    private final String deletedInRfq;
    private final String legs;
    private final String lookupLegs;
    private final String expiry;
    private final String blockTrade;

    /** Prepares the RFQs, quotes and collection on {@code market}, an open market. */
    CommunicationsSamples(SimHarness sim, SimMember requester, SimMember quoter, String market) {
        this.requester = requester;
        this.quoter = quoter;
        this.market = market;
        rfq = rfq();
        deletedRfq = rfq();
        String byId = rfq();
        acceptedByQuoteId = quote(byId);
        acceptedRfq = rfq();
        acceptedInRfq = quote(acceptedRfq);
        // On an RFQ of its own: the quote sample below replaces the quoter's open quote on rfq.
        deletedQuote = quote(rfq());
        String other = rfq();
        deletedInRfq = other + "/quotes/" + quote(other);
        expiry = Instant.ofEpochMilli(sim.nowMillis()).plusSeconds(3_600).toString();
        Reply proposed = requester.post("/communications/block-trade-proposals", """
                {"buyer_user_id":"%s","seller_user_id":"%s","market_ticker":"%s","price_centi_cents":4600,\
                "centicount":100,"maker_side":"yes","expiration_ts":"%s"}""".formatted(requester.memberId,
                quoter.memberId, market, expiry));
        SimHarness.check(proposed, 201);
        blockTrade = proposed.text("block_trade_proposal_id");
        sim.market(LEG1);
        sim.market(LEG2);
        SimHarness.check(sim.control("POST", "/multivariate_event_collections", """
                {"collection_ticker":"%s","series_ticker":"SIM","title":"Two-leg parlay","size_min":2,"size_max":2,\
                "events":[{"event_ticker":"%s-EV","size_max":1},{"event_ticker":"%s-EV","is_yes_only":true}]}"""
                .formatted(COLLECTION, LEG1, LEG2)), 200);
        legs = """
                {"selected_markets":[{"market_ticker":"%s","event_ticker":"%s-EV","side":"no"},\
                {"market_ticker":"%s","event_ticker":"%s-EV","side":"yes"}],"with_market_payload":true}"""
                .formatted(LEG1, LEG1, LEG2, LEG2);
        lookupLegs = legs.replace(",\"with_market_payload\":true", "");
    }

    List<ConformanceScenario.Sample> samples() {
        String accept = "{\"accepted_side\":\"yes\"}";
        List<ConformanceScenario.Sample> samples = new ArrayList<>(List.of(
                by(quoter, "GET /communications/id", "/communications/id", null, 200),
                by(requester, "POST /communications/rfqs", "/communications/rfqs",
                        "{\"market_ticker\":\"" + market + "\",\"contracts_fp\":\"3.00\",\"rest_remainder\":false}", 201),
                by(requester, "POST /communications/rfqs", "/communications/rfqs",
                        "{\"market_ticker\":\"" + market + "\",\"target_cost_dollars\":\"12.50\",\"rest_remainder\":true}", 201),
                by(quoter, "GET /communications/rfqs", "/communications/rfqs?status=open", null, 200),
                by(requester, "GET /communications/rfqs/{rfq_id}", "/communications/rfqs/" + rfq, null, 200),
                by(requester, "DELETE /communications/rfqs/{rfq_id}", "/communications/rfqs/" + deletedRfq, null, 204),
                by(quoter, "POST /communications/quotes", "/communications/quotes",
                        "{\"rfq_id\":\"" + rfq + "\",\"yes_bid\":\"0.30\",\"no_bid\":\"0\",\"rest_remainder\":false}", 201),
                by(requester, "GET /communications/quotes", "/communications/quotes?rfq_user_filter=self", null, 200),
                by(quoter, "GET /communications/quotes/{quote_id}", "/communications/quotes/" + deletedQuote, null, 200),
                by(quoter, "DELETE /communications/quotes/{quote_id}", "/communications/quotes/" + deletedQuote, null,
                        204),
                by(quoter, "DELETE /communications/rfqs/{rfq_id}/quotes/{quote_id}",
                        "/communications/rfqs/" + deletedInRfq, null, 204),
                by(requester, "PUT /communications/quotes/{quote_id}/accept",
                        "/communications/quotes/" + acceptedByQuoteId + "/accept", accept, 204),
                by(quoter, "PUT /communications/quotes/{quote_id}/confirm",
                        "/communications/quotes/" + acceptedByQuoteId + "/confirm", null, 204),
                by(requester, "PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
                        "/communications/rfqs/" + acceptedRfq + "/quotes/" + acceptedInRfq + "/accept", accept, 204),
                by(quoter, "PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/confirm",
                        "/communications/rfqs/" + acceptedRfq + "/quotes/" + acceptedInRfq + "/confirm", "{}", 204),
                // Executed quotes, with each party's order ids, and the closed RFQ.
                by(requester, "GET /communications/rfqs/{rfq_id}/quotes/{quote_id}",
                        "/communications/rfqs/" + acceptedRfq + "/quotes/" + acceptedInRfq, null, 200),
                by(quoter, "GET /communications/quotes", "/communications/quotes?status=executed", null, 200),
                by(requester, "GET /communications/rfqs", "/communications/rfqs?user_filter=self&status=closed", null, 200),
                open("GET /markets/trades", "/markets/trades?ticker=" + market),
                // Refusals.
                by(requester, "GET /communications/rfqs/{rfq_id}", "/communications/rfqs/no-such-rfq", null, 404),
                by(requester, "PUT /communications/quotes/{quote_id}/accept",
                        "/communications/quotes/" + acceptedByQuoteId + "/accept", accept, 400),
                by(quoter, "PUT /communications/quotes/{quote_id}/confirm", "/communications/quotes/no-such/confirm",
                        null, 404)));
        samples.addAll(blockTrades());
        samples.addAll(combos());
        return samples;
    }

    /** The requester proposes buying 2 YES at 0.45 from the quoter; both accept, so it executes. */
    private List<ConformanceScenario.Sample> blockTrades() {
        String proposal = """
                {"buyer_user_id":"%s","seller_user_id":"%s","market_ticker":"%s","price_centi_cents":4500,\
                "centicount":200,"maker_side":"no","expiration_ts":"%s"}""".formatted(requester.memberId,
                quoter.memberId, market, expiry);
        return List.of(
                by(requester, "POST /communications/block-trade-proposals", "/communications/block-trade-proposals",
                        proposal, 201),
                by(requester, "GET /communications/block-trade-proposals", "/communications/block-trade-proposals",
                        null, 200),
                by(requester, "POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept",
                        "/communications/block-trade-proposals/" + blockTrade + "/accept", null, 204),
                by(quoter, "POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept",
                        "/communications/block-trade-proposals/" + blockTrade + "/accept", "{\"subaccount\":0}", 204),
                by(quoter, "GET /communications/block-trade-proposals",
                        "/communications/block-trade-proposals?status=executed", null, 200),
                by(quoter, "POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept",
                        "/communications/block-trade-proposals/no-such/accept", null, 404));
    }

    private List<ConformanceScenario.Sample> combos() {
        String path = "/multivariate_event_collections/" + COLLECTION;
        return List.of(
                open("GET /multivariate_event_collections", "/multivariate_event_collections"),
                open("GET /multivariate_event_collections", "/multivariate_event_collections?status=open"),
                open("GET /multivariate_event_collections/{collection_ticker}", path),
                by(requester, "PUT /multivariate_event_collections/{collection_ticker}/lookup", path + "/lookup", lookupLegs,
                        404),
                by(requester, "POST /multivariate_event_collections/{collection_ticker}", path, legs, 200),
                by(requester, "PUT /multivariate_event_collections/{collection_ticker}/lookup", path + "/lookup", lookupLegs,
                        200),
                open("GET /multivariate_event_collections/{collection_ticker}/lookup",
                        path + "/lookup?lookback_seconds=3600"),
                open("GET /events/multivariate", "/events/multivariate?collection_ticker=" + COLLECTION
                        + "&with_nested_markets=true"),
                open("GET /markets", "/markets?mve_filter=only"),
                new ConformanceScenario.Sample("GET /multivariate_event_collections/{collection_ticker}", null,
                        "/multivariate_event_collections/NO-SUCH", null, 404),
                by(requester, "POST /multivariate_event_collections/{collection_ticker}", path,
                        "{\"selected_markets\":[]}", 400));
    }

    private String rfq() {
        Reply reply = requester.post("/communications/rfqs",
                "{\"market_ticker\":\"" + market + "\",\"contracts\":5,\"rest_remainder\":false}");
        SimHarness.check(reply, 201);
        return reply.text("id");
    }

    private String quote(String rfqId) {
        Reply reply = quoter.post("/communications/quotes",
                "{\"rfq_id\":\"" + rfqId + "\",\"yes_bid\":\"0.40\",\"no_bid\":\"0.55\",\"rest_remainder\":false}");
        SimHarness.check(reply, 201);
        return reply.text("id");
    }

    private static ConformanceScenario.Sample by(SimMember caller, String route, String path, String body, int status) {
        return new ConformanceScenario.Sample(route, caller, path, body, status);
    }

    private static ConformanceScenario.Sample open(String route, String path) {
        return new ConformanceScenario.Sample(route, null, path, null, 200);
    }
}
