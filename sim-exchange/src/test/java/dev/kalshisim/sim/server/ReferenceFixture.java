package dev.kalshisim.sim.server;

import java.time.Instant;

/**
 * Reference data as a Kalshi catalog holds it, filled through the control plane for the spec
 * tests: a basketball milestone on market {@code ticker}'s event with live data and play-by-play,
 * event live data, a structured target, an announcement, an incentive program, a weather city,
 * and the first member marked as an FCM clearing for the second.
 */
final class ReferenceFixture {

    static final String MILESTONE = "walk-milestone-1";
    static final String MILESTONE_TYPE = "basketball_game";
    static final String TARGET = "walk-target-1";
    static final String CITY = "miami";

    private ReferenceFixture() {
    }

    static void seed(SimHarness sim, String ticker, SimMember fcm, SimMember subtrader) {
        String now = Instant.ofEpochMilli(sim.nowMillis()).toString();
        String tomorrow = Instant.ofEpochMilli(sim.nowMillis()).plusSeconds(86_400).toString();
        SimHarness.check(sim.control("POST", "/milestones", """
                {"id":"%s","category":"Sports","type":"%s","title":"Walk at Coverage","start_date":"%s",
                 "related_event_tickers":["%s-EV"],"primary_event_tickers":["%s-EV"],
                 "notification_message":"Walk vs Coverage tips off",
                 "details":{"sport":"Basketball","competition":"Pro Basketball (M)","scope":"Game"}}"""
                .formatted(MILESTONE, MILESTONE_TYPE, now, ticker, ticker)), 201);
        SimHarness.check(sim.control("POST", "/live_data", """
                {"milestone_id":"%s","details":{"home_score":54,"away_score":50,"period":3},
                 "game_stats":{"periods":[{"events":[{"clock":"10:21","description":"Walk three-pointer"}]}]}}"""
                .formatted(MILESTONE)), 201);
        SimHarness.check(sim.control("POST", "/live_data/events/" + ticker + "-EV",
                "{\"type\":\"crypto_price\",\"details\":{\"price\":\"101000.50\"},\"range_options\":[\"1h\",\"1d\"]}"), 201);
        SimHarness.check(sim.control("POST", "/structured_targets", """
                {"id":"%s","name":"Walk Coverage","type":"basketball_player","details":{"league":"NBA"}}"""
                .formatted(TARGET)), 201);
        SimHarness.check(sim.control("POST", "/announcements", "{\"type\":\"info\",\"message\":\"Walk announcement\"}"),
                201);
        SimHarness.check(sim.control("POST", "/incentive_programs", """
                {"market_ticker":"%s","incentive_type":"liquidity","incentive_description":"Walk liquidity",
                 "start_date":"%s","end_date":"%s","period_reward":100000,"target_size_fp":"100.00"}"""
                .formatted(ticker, now, tomorrow)), 201);
        SimHarness.check(sim.control("POST", "/weather/" + CITY, "{\"points\":[{\"t\":"
                + (sim.nowMillis() / 60_000 * 60_000) + ",\"v\":\"81.25\",\"contributors\":3}]}"), 201);
        SimHarness.check(sim.control("POST", "/accounts/" + fcm.memberId + "/fcm",
                "{\"subtraders\":[\"" + subtrader.memberId + "\"]}"), 200);
    }
}
