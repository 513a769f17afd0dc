package dev.kalshisim.sim.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The state {@link OpenApiConformanceIT} checks against and one plausible call per served
 * route: two members, an open market with resting orders and a partial fill, a second market
 * traded and settled YES, and an order set aside for each write that needs a target.
 */
final class ConformanceScenario {

    /** One call: the route it is meant for, who signs it ({@code null}: unsigned) and the status expected. */
    record Sample(String route, SimMember caller, String path, String body, int status) {
        String method() {
            return route.substring(0, route.indexOf(' '));
        }
    }

    static final String OPEN = "OA-1";
    static final String SETTLED = "OA-2";
    private static final String UNOPENED = "OA-3";
    private static final String PAUSED = "OA-4";

    private final SimHarness sim;
    private final SimMember maker;
    private final SimMember taker;
    private final long startSeconds;
    private final String partlyFilled;
    private final CommunicationsSamples communications;
    /** A cash transfer of the maker's to its margined instance. */
    private final String transferId;
    private final List<String> targets = new ArrayList<>();
    private boolean aged;

    ConformanceScenario(SimHarness sim) {
        this.sim = sim;
        startSeconds = sim.nowMillis() / 1000;
        sim.market(OPEN);
        sim.market(SETTLED);
        SimHarness.check(sim.control("POST", "/markets", "{\"ticker\":\"" + UNOPENED + "\",\"event_ticker\":\""
                + UNOPENED + "-EV\",\"series_ticker\":\"SIM\",\"title\":\"Not open yet\",\"status\":\"initialized\","
                + "\"open_ts\":" + (startSeconds + 86_400) + "}"), 201);
        sim.market(PAUSED);
        SimHarness.check(sim.control("POST", "/markets/" + PAUSED + "/status", "{\"status\":\"inactive\"}"), 200);
        maker = sim.member("1000.00", "prime");
        taker = sim.member("1000.00", "prime");
        partlyFilled = placed(maker.order(OPEN, "bid", "0.40", "10"));
        SimHarness.check(taker.order(OPEN, "ask", "0.40", "3"), 201);
        sim.advanceMillis(61_000);
        SimHarness.check(maker.order(SETTLED, "bid", "0.55", "2"), 201);
        SimHarness.check(taker.order(SETTLED, "ask", "0.55", "2"), 201);
        SimHarness.check(sim.control("POST", "/markets/" + SETTLED + "/settle", "{\"result\":\"yes\"}"), 200);
        for (int i = 0; i < 8; i++) {
            targets.add(placed(maker.order(OPEN, "bid", "0.3" + i, "5")));
        }
        communications = new CommunicationsSamples(sim, taker, maker, OPEN);
        ReferenceFixture.seed(sim, OPEN, maker, taker);
        Reply moved = maker.post("/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"event_contract\",\"destination\":\"margined\",\"amount\":250000}");
        SimHarness.check(moved, 200);
        transferId = moved.text("transfer_id");
        sim.advanceMillis(61_000);
    }

    /** The member with resting orders and a partial fill. */
    SimMember maker() {
        return maker;
    }

    /** The member that traded against the maker. */
    SimMember taker() {
        return taker;
    }

    /** The scenario's start, in epoch seconds: the earliest candle window. */
    long startSeconds() {
        return startSeconds;
    }

    /**
     * Sends {@code sample}, then lets a second pass so no rate-limit bucket runs dry. Before the
     * first {@code /historical} call the live window is let pass, so those calls find archived data.
     */
    Reply call(Sample sample) {
        if (sample.path().startsWith("/historical") && !aged) {
            ageIntoHistory();
        }
        Reply reply = sample.caller() == null
                ? sim.raw(sample.method(), KalshiApi.PREFIX + sample.path(), sample.body())
                : sample.caller().send(sample.method(), sample.path(), sample.body());
        sim.advanceMillis(1_000);
        return reply;
    }

    /** One call per served route, reads first, in an order where each write still has its target. */
    List<Sample> samples() {
        List<Sample> samples = new ArrayList<>(publicReads());
        samples.addAll(portfolioReads());
        samples.addAll(catalogReads());
        samples.addAll(subaccounts());
        samples.addAll(writes());
        samples.addAll(legacyWrites());
        samples.addAll(refusals());
        samples.addAll(GroupAndKeySamples.samples(maker, OPEN));
        samples.add(new Sample("DELETE /portfolio/events/orders", maker, "/portfolio/events/orders", null, 204));
        samples.addAll(readsAfterWrites());
        samples.addAll(communications.samples());
        samples.addAll(historicalReads());
        return samples;
    }

    private List<Sample> publicReads() {
        long end = sim.nowMillis() / 1000;
        String window = "start_ts=" + startSeconds + "&end_ts=" + end + "&period_interval=1";
        return List.of(
                open("GET /exchange/status", "/exchange/status"),
                open("GET /exchange/schedule", "/exchange/schedule"),
                new Sample("GET /exchange/user_data_timestamp", maker, "/exchange/user_data_timestamp", null, 200),
                open("GET /markets", "/markets"),
                open("GET /markets", "/markets?status=settled"),
                open("GET /markets/{ticker}", "/markets/" + OPEN),
                open("GET /markets/{ticker}", "/markets/" + SETTLED),
                open("GET /markets/{ticker}/orderbook", "/markets/" + OPEN + "/orderbook"),
                open("GET /markets/orderbooks", "/markets/orderbooks?tickers=" + OPEN),
                open("GET /markets/trades", "/markets/trades?ticker=" + OPEN),
                open("GET /series/{series_ticker}/markets/{ticker}/candlesticks",
                        "/series/SIM/markets/" + OPEN + "/candlesticks?" + window),
                open("GET /markets/candlesticks", "/markets/candlesticks?market_tickers=" + OPEN + "," + SETTLED + "&"
                        + window),
                open("GET /events", "/events"),
                open("GET /events", "/events?with_nested_markets=true"),
                open("GET /events/{event_ticker}", "/events/" + OPEN + "-EV"),
                open("GET /events/{event_ticker}", "/events/" + OPEN + "-EV?with_nested_markets=true"),
                open("GET /events/multivariate", "/events/multivariate"),
                open("GET /events/fee_changes", "/events/fee_changes"),
                open("GET /series", "/series"),
                open("GET /series/{series_ticker}", "/series/SIM"),
                open("GET /series/fee_changes", "/series/fee_changes?show_historical=true"),
                open("GET /account/endpoint_costs", "/account/endpoint_costs"));
    }

    private List<Sample> portfolioReads() {
        return List.of(
                signed("GET /portfolio/balance", "/portfolio/balance"),
                signed("GET /portfolio/positions", "/portfolio/positions"),
                signed("GET /portfolio/fills", "/portfolio/fills"),
                signed("GET /portfolio/settlements", "/portfolio/settlements"),
                signed("GET /portfolio/summary/total_resting_order_value", "/portfolio/summary/total_resting_order_value"),
                signed("GET /portfolio/orders", "/portfolio/orders"),
                signed("GET /portfolio/orders/{order_id}", "/portfolio/orders/" + partlyFilled),
                signed("GET /portfolio/orders/{order_id}/queue_position",
                        "/portfolio/orders/" + partlyFilled + "/queue_position"),
                signed("GET /portfolio/orders/queue_positions", "/portfolio/orders/queue_positions?market_tickers=" + OPEN),
                signed("GET /account/limits", "/account/limits"),
                signed("GET /account/api_usage_level/volume_progress", "/account/api_usage_level/volume_progress"),
                new Sample("POST /account/api_usage_level/upgrade", maker, "/account/api_usage_level/upgrade", null, 201));
    }

    /** Reference data, event extras and account data (issue 14), on what {@link ReferenceFixture} seeded. */
    private List<Sample> catalogReads() {
        long end = sim.nowMillis() / 1000;
        String window = "start_ts=" + startSeconds + "&end_ts=" + end + "&period_interval=1";
        String milestone = ReferenceFixture.MILESTONE;
        return List.of(
                open("GET /milestones", "/milestones?limit=10"),
                open("GET /events", "/events?with_milestones=true"),
                open("GET /milestones", "/milestones?limit=10&category=Sports&related_event_ticker=" + OPEN + "-EV"),
                open("GET /milestones/{milestone_id}", "/milestones/" + milestone),
                open("GET /live_data/batch", "/live_data/batch?milestone_ids=" + milestone + "&milestone_ids=unknown"),
                open("GET /live_data/milestone/{milestone_id}", "/live_data/milestone/" + milestone),
                open("GET /live_data/{type}/milestone/{milestone_id}",
                        "/live_data/" + ReferenceFixture.MILESTONE_TYPE + "/milestone/" + milestone),
                open("GET /live_data/milestone/{milestone_id}/game_stats", "/live_data/milestone/" + milestone + "/game_stats"),
                open("GET /live_data/events/{event_ticker}", "/live_data/events/" + OPEN + "-EV"),
                open("GET /live_data/weather/{city}", "/live_data/weather/" + ReferenceFixture.CITY + "?last_sec=3600"),
                open("GET /structured_targets", "/structured_targets?competition=NBA&page_size=5"),
                open("GET /structured_targets/{structured_target_id}", "/structured_targets/" + ReferenceFixture.TARGET),
                open("GET /search/tags_by_categories", "/search/tags_by_categories"),
                open("GET /search/filters_by_sport", "/search/filters_by_sport"),
                open("GET /incentive_programs", "/incentive_programs"),
                open("GET /incentive_programs", "/incentive_programs?status=active&type=liquidity"),
                open("GET /exchange/announcements", "/exchange/announcements"),
                open("GET /events/{event_ticker}/metadata", "/events/" + OPEN + "-EV/metadata"),
                open("GET /series/{series_ticker}/events/{ticker}/candlesticks",
                        "/series/SIM/events/" + OPEN + "-EV/candlesticks?" + window),
                signed("GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history",
                        "/series/SIM/events/" + OPEN + "-EV/forecast_percentile_history?percentiles=2500&percentiles=7500&"
                                + window),
                signed("GET /fcm/orders", "/fcm/orders?subtrader_id=" + taker.memberId),
                signed("GET /fcm/positions", "/fcm/positions?subtrader_id=" + taker.memberId),
                signed("GET /account/limits/perps", "/account/limits/perps"),
                signed("GET /portfolio/deposits", "/portfolio/deposits"),
                signed("GET /portfolio/withdrawals", "/portfolio/withdrawals"),
                new Sample("POST /portfolio/target_balance_allocation", maker, "/portfolio/target_balance_allocation",
                        "{\"allocations\":[{\"exchange_index\":0,\"percent\":60},{\"exchange_index\":1,\"percent\":40}]}",
                        200),
                signed("GET /portfolio/target_balance_allocation", "/portfolio/target_balance_allocation"),
                new Sample("POST /portfolio/intra_exchange_instance_transfer", maker,
                        "/portfolio/intra_exchange_instance_transfer",
                        "{\"source\":\"margined\",\"destination\":\"event_contract\",\"amount\":50000}", 200),
                signed("GET /portfolio/intra_exchange_instance_transfers", "/portfolio/intra_exchange_instance_transfers"),
                signed("GET /portfolio/intra_exchange_instance_transfers/{transfer_id}",
                        "/portfolio/intra_exchange_instance_transfers/" + transferId),
                new Sample("GET /milestones/{milestone_id}", null, "/milestones/no-such", null, 404),
                new Sample("GET /milestones", null, "/milestones", null, 400));
    }

    private List<Sample> writes() {
        String order = """
                {"ticker":"%s","side":"bid","price":"0.20","count":"2","time_in_force":"good_till_canceled",\
                "self_trade_prevention_type":"taker_at_cross"}""".formatted(OPEN);
        return List.of(
                new Sample("POST /portfolio/events/orders", maker, "/portfolio/events/orders", order, 201),
                new Sample("POST /portfolio/events/orders/{order_id}/amend", maker,
                        "/portfolio/events/orders/" + targets.get(0) + "/amend",
                        "{\"ticker\":\"" + OPEN + "\",\"side\":\"bid\",\"price\":\"0.25\",\"count\":\"6\"}", 200),
                new Sample("POST /portfolio/events/orders/{order_id}/decrease", maker,
                        "/portfolio/events/orders/" + targets.get(1) + "/decrease", "{\"reduce_by\":\"2\"}", 200),
                new Sample("DELETE /portfolio/events/orders/{order_id}", maker,
                        "/portfolio/events/orders/" + targets.get(2), null, 200),
                new Sample("POST /portfolio/events/orders/batched", maker, "/portfolio/events/orders/batched",
                        "{\"orders\":[" + order + "," + order.replace("0.20", "0.21") + "]}", 201),
                new Sample("DELETE /portfolio/events/orders/batched", maker, "/portfolio/events/orders/batched",
                        "{\"orders\":[{\"order_id\":\"" + targets.get(3) + "\"}]}", 200),
                // Batches whose items partly fail: the per-item error shape is checked too.
                new Sample("POST /portfolio/events/orders/batched", maker, "/portfolio/events/orders/batched",
                        "{\"orders\":[" + order.replace("0.20", "0.22") + "," + order.replace(OPEN, "NO-SUCH") + "]}", 201),
                new Sample("DELETE /portfolio/events/orders/batched", maker, "/portfolio/events/orders/batched",
                        "{\"orders\":[{\"order_id\":\"no-such-order\"}]}", 200));
    }

    private List<Sample> legacyWrites() {
        String order = """
                {"ticker":"%s","side":"no","action":"buy","count":2,"no_price_dollars":"0.50"}""".formatted(OPEN);
        return List.of(
                new Sample("POST /portfolio/orders", maker, "/portfolio/orders", order, 201),
                new Sample("POST /portfolio/orders/{order_id}/amend", maker, "/portfolio/orders/" + targets.get(4) + "/amend",
                        "{\"ticker\":\"" + OPEN + "\",\"side\":\"yes\",\"action\":\"buy\",\"yes_price_dollars\":\"0.26\","
                                + "\"count\":5}", 200),
                new Sample("POST /portfolio/orders/{order_id}/decrease", maker,
                        "/portfolio/orders/" + targets.get(5) + "/decrease", "{\"reduce_by\":1}", 200),
                new Sample("DELETE /portfolio/orders/{order_id}", maker, "/portfolio/orders/" + targets.get(6), null, 200),
                new Sample("POST /portfolio/orders/batched", maker, "/portfolio/orders/batched",
                        "{\"orders\":[" + order + "]}", 201),
                new Sample("DELETE /portfolio/orders/batched", maker, "/portfolio/orders/batched",
                        "{\"ids\":[\"" + targets.get(7) + "\"]}", 200));
    }

    /** Markets in other states, and orders canceled, amended and filled by the writes before. */
    private List<Sample> readsAfterWrites() {
        return List.of(
                open("GET /markets/{ticker}", "/markets/" + UNOPENED),
                open("GET /markets/{ticker}", "/markets/" + PAUSED),
                open("GET /markets", "/markets?status=unopened"),
                open("GET /markets/{ticker}/orderbook", "/markets/" + UNOPENED + "/orderbook"),
                open("GET /events/{event_ticker}", "/events/" + UNOPENED + "-EV?with_nested_markets=true"),
                signed("GET /portfolio/orders", "/portfolio/orders?limit=1000"),
                signed("GET /portfolio/orders", "/portfolio/orders?status=canceled"),
                new Sample("GET /portfolio/fills", taker, "/portfolio/fills", null, 200),
                new Sample("GET /portfolio/positions", taker, "/portfolio/positions?count_filter=position", null, 200),
                new Sample("GET /portfolio/settlements", taker, "/portfolio/settlements", null, 200));
    }

    /**
     * Kalshi's {@code /historical} reads, made once the live window has passed: the settled market
     * with its positions and candles, and the finished orders, fills and trades have moved there.
     */
    private List<Sample> historicalReads() {
        long start = startSeconds - 60;
        return List.of(
                open("GET /historical/cutoff", "/historical/cutoff"),
                open("GET /historical/markets", "/historical/markets"),
                open("GET /historical/markets/{ticker}", "/historical/markets/" + SETTLED),
                open("GET /historical/markets/{ticker}/candlesticks", "/historical/markets/" + SETTLED
                        + "/candlesticks?start_ts=" + start + "&end_ts=" + (start + 3_600) + "&period_interval=1"),
                open("GET /historical/trades", "/historical/trades?ticker=" + OPEN),
                signed("GET /historical/fills", "/historical/fills"),
                signed("GET /historical/orders", "/historical/orders?limit=100"),
                signed("GET /historical/positions", "/historical/positions"));
    }

    /** Lets the live window pass; the engine moves what finished before it on its next command. */
    private void ageIntoHistory() {
        aged = true;
        sim.advanceMillis(sim.server.config().history().live().window().toMillis() + 1_000);
        SimHarness.check(taker.order(OPEN, "bid", "0.05", "1"), 201);
    }

    /** Refused calls: their status must be one the operation declares. */
    private List<Sample> refusals() {
        return List.of(
                new Sample("GET /markets/{ticker}", null, "/markets/NO-SUCH", null, 404),
                new Sample("GET /portfolio/orders/{order_id}", maker, "/portfolio/orders/no-such-order", null, 404),
                new Sample("GET /portfolio/balance", null, "/portfolio/balance", null, 401),
                new Sample("POST /portfolio/events/orders", maker, "/portfolio/events/orders",
                        "{\"ticker\":\"" + OPEN + "\",\"side\":\"bid\",\"price\":\"0.5\",\"count\":\"1\"}", 400),
                new Sample("DELETE /portfolio/events/orders/{order_id}", maker, "/portfolio/events/orders/no-such-order",
                        null, 404));
    }

    /** The subaccount routes, in the order they depend on each other: create, fund, move a position, read, lock. */
    private List<Sample> subaccounts() {
        String cash = "{\"client_transfer_id\":\"5a0f3c1e-0000-4000-8000-000000000001\",\"from_subaccount\":0,"
                + "\"to_subaccount\":1,\"amount_cents\":500}";
        String position = "{\"client_transfer_id\":\"5a0f3c1e-0000-4000-8000-000000000002\",\"from_subaccount\":0,"
                + "\"to_subaccount\":1,\"market_ticker\":\"" + OPEN + "\",\"side\":\"yes\",\"count\":1,"
                + "\"price\":\"0.40\"}";
        String lock = "{\"subaccount_number\":1}";
        return List.of(
                new Sample("POST /portfolio/subaccounts", maker, "/portfolio/subaccounts", "{}", 201),
                new Sample("POST /portfolio/subaccounts/transfer", maker, "/portfolio/subaccounts/transfer", cash, 200),
                new Sample("POST /portfolio/subaccounts/positions/transfer", maker,
                        "/portfolio/subaccounts/positions/transfer", position, 200),
                signed("GET /portfolio/subaccounts/balances", "/portfolio/subaccounts/balances"),
                signed("GET /portfolio/subaccounts/transfers", "/portfolio/subaccounts/transfers?limit=10"),
                signed("GET /portfolio/subaccounts/netting", "/portfolio/subaccounts/netting"),
                new Sample("PUT /portfolio/subaccounts/netting", maker, "/portfolio/subaccounts/netting",
                        "{\"subaccount_number\":1,\"enabled\":false}", 200),
                new Sample("PUT /portfolio/subaccounts/settlement-advance-lock", maker,
                        "/portfolio/subaccounts/settlement-advance-lock", lock, 200),
                new Sample("DELETE /portfolio/subaccounts/settlement-advance-lock", maker,
                        "/portfolio/subaccounts/settlement-advance-lock", lock, 200),
                new Sample("POST /portfolio/subaccounts/transfer", maker, "/portfolio/subaccounts/transfer",
                        cash.replace("000000000001", "000000000003").replace("500", "99999999"), 400));
    }

    private static Sample open(String route, String path) {
        return new Sample(route, null, path, null, 200);
    }

    private Sample signed(String route, String path) {
        return new Sample(route, maker, path, null, 200);
    }

    private static String placed(Reply reply) {
        SimHarness.check(reply, 201);
        return reply.text("order_id");
    }
}
