package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.sim.demo.DemoCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The catalog and account endpoints of issue 14 against a running server: what the control plane
 * puts in the reference data is what the API reads back, filtered and paged as Kalshi's are, and
 * what is computed (event candlesticks, metadata, search, funding) follows the catalog and the
 * trading. Each answer is also checked against the OpenAPI.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CatalogEndpointsIT {

    private SimHarness sim;
    private SimMember maker;
    private SimMember taker;
    private final OpenApiCheck spec = new OpenApiCheck();

    @BeforeEach
    void start() {
        sim = new SimHarness();
        sim.market("CE-1");
        maker = sim.member();
        taker = sim.member();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A public read, checked against the spec when it succeeds. */
    private Reply read(String path) {
        Reply reply = sim.raw("GET", KalshiApi.PREFIX + path, null);
        if (reply.status() == 200) {
            assertThat(spec.problems("GET", path, null, reply)).as(path).isEmpty();
        }
        return reply;
    }

    private Reply signedRead(SimMember member, String path) {
        Reply reply = member.get(path);
        if (reply.status() == 200) {
            assertThat(spec.problems("GET", path, null, reply)).as(path).isEmpty();
        }
        return reply;
    }

    private void control(String path, String json, int status) {
        SimHarness.check(sim.control("POST", path, json), status);
    }

    private void milestone(String id, String category, String type, String start, String event, String details) {
        control("/milestones", """
                {"id":"%s","category":"%s","type":"%s","title":"%s","start_date":"%s",
                 "related_event_tickers":["%s"],"details":%s}""".formatted(id, category, type, id, start, event, details),
                201);
    }

    @Test
    void milestonesAreFilteredAndPagedAsKalshiDoes() {
        milestone("m-1", "Sports", "basketball_game", "2026-09-02T00:00:00Z", "CE-1-EV",
                "{\"sport\":\"Basketball\",\"competition\":\"Pro Basketball (M)\",\"scope\":\"Game\"}");
        milestone("m-2", "Elections", "political_race", "2026-11-03T00:00:00Z", "OTHER-EV", "{}");

        assertThat(ids(read("/milestones?limit=10"), "milestones")).containsExactly("m-1", "m-2");
        assertThat(ids(read("/milestones?limit=10&category=Sports"), "milestones")).containsExactly("m-1");
        assertThat(ids(read("/milestones?limit=10&type=political_race"), "milestones")).containsExactly("m-2");
        assertThat(ids(read("/milestones?limit=10&related_event_ticker=CE-1-EV"), "milestones")).containsExactly("m-1");
        assertThat(ids(read("/milestones?limit=10&competition=Pro%20Basketball%20(M)"), "milestones"))
                .containsExactly("m-1");
        assertThat(ids(read("/milestones?limit=10&minimum_start_date=2026-10-01T00:00:00Z"), "milestones"))
                .containsExactly("m-2");

        Reply first = read("/milestones?limit=1");
        assertThat(ids(first, "milestones")).containsExactly("m-1");
        Reply second = read("/milestones?limit=1&cursor=" + first.text("cursor"));
        assertThat(ids(second, "milestones")).containsExactly("m-2");
        assertThat(read("/milestones/m-2").json().path("milestone").path("category").asText()).isEqualTo("Elections");

        JsonNode withMilestones = read("/events?with_milestones=true").json().path("milestones");
        assertThat(withMilestones).hasSize(1);
        assertThat(withMilestones.path(0).path("id").asText()).isEqualTo("m-1");
        assertThat(read("/events").json().has("milestones")).isFalse();

        assertThat(read("/milestones").status()).isEqualTo(400);
        Reply missing = read("/milestones/no-such");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("not_found");
    }

    @Test
    void liveDataIsReadByMilestoneInABatchAndByTheLegacyTypedPath() {
        milestone("m-1", "Sports", "basketball_game", "2026-09-02T00:00:00Z", "CE-1-EV", "{}");
        control("/live_data", """
                {"milestone_id":"m-1","details":{"home_score":54,"away_score":50.5},
                 "game_stats":{"periods":[{"events":[{"clock":"10:21"}]}]}}""", 201);
        control("/live_data/events/CE-1-EV", "{\"type\":\"crypto_price\",\"details\":{\"price\":\"101000.50\"}}", 201);

        JsonNode live = read("/live_data/milestone/m-1").json().path("live_data");
        assertThat(live.path("type").asText()).isEqualTo("basketball_game");
        assertThat(live.path("details").path("away_score").decimalValue()).isEqualByComparingTo("50.5");
        assertThat(read("/live_data/basketball_game/milestone/m-1").json().path("live_data"))
                .isEqualTo(live);
        assertThat(read("/live_data/batch?milestone_ids=m-1&milestone_ids=unknown").json().path("live_datas"))
                .hasSize(1);
        assertThat(read("/live_data/milestone/m-1/game_stats").json().path("pbp").path("periods")).hasSize(1);
        assertThat(read("/live_data/events/CE-1-EV").json().path("live_data").path("details").path("price").asText())
                .isEqualTo("101000.50");

        assertThat(read("/live_data/milestone/unknown").status()).isEqualTo(404);
        assertThat(read("/live_data/events/NO-EV").status()).isEqualTo(404);
        assertThat(read("/live_data/batch").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/live_data", "{\"milestone_id\":\"unknown\",\"details\":{}}").status())
                .isEqualTo(404);
    }

    @Test
    void theWeatherIndexFollowsKalshisWindowRules() {
        long minute = sim.nowMillis() / 60_000 * 60_000;
        control("/weather/miami", "{\"points\":[{\"t\":" + (minute - 120_000) + ",\"v\":\"80.10\"},{\"t\":"
                + (minute - 3 * 86_400_000L) + ",\"v\":\"79.00\",\"status\":\"degraded\"}]}", 201);

        JsonNode day = read("/live_data/weather/miami").json();
        assertThat(day.path("units").asText()).isEqualTo("fahrenheit");
        assertThat(day.path("timeseries")).hasSize(1);
        assertThat(day.path("timeseries").path(0).path("v").decimalValue()).isEqualByComparingTo("80.10");
        assertThat(read("/live_data/weather/miami?from=" + (minute - 4 * 86_400_000L) + "&to=" + minute).json()
                .path("timeseries")).hasSize(2);
        assertThat(read("/live_data/weather/miami?last_sec=60").json().path("timeseries")).isEmpty();

        assertThat(read("/live_data/weather/miami?last_sec=60&from=1").status()).isEqualTo(400);
        assertThat(read("/live_data/weather/miami?from=1").status()).isEqualTo(400);
        assertThat(read("/live_data/weather/nowhere").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/weather/miami", "{\"points\":[{\"t\":1,\"v\":\"80\"}]}").status())
                .isEqualTo(400);
    }

    @Test
    void structuredTargetsFilterByTypeCompetitionAndIds() {
        control("/structured_targets", "{\"id\":\"t-1\",\"name\":\"A\",\"type\":\"basketball_player\","
                + "\"details\":{\"league\":\"NBA\"}}", 201);
        control("/structured_targets", "{\"id\":\"t-2\",\"name\":\"B\",\"type\":\"soccer_team\","
                + "\"details\":{\"leagues\":[\"EPL\",\"UCL\"]}}", 201);

        assertThat(ids(read("/structured_targets"), "structured_targets")).containsExactly("t-1", "t-2");
        assertThat(ids(read("/structured_targets?competition=UCL"), "structured_targets")).containsExactly("t-2");
        assertThat(ids(read("/structured_targets?type=basketball_player"), "structured_targets")).containsExactly("t-1");
        assertThat(ids(read("/structured_targets?ids=t-2&ids=t-9"), "structured_targets")).containsExactly("t-2");
        Reply page = read("/structured_targets?page_size=1");
        assertThat(ids(page, "structured_targets")).containsExactly("t-1");
        assertThat(ids(read("/structured_targets?page_size=1&cursor=" + page.text("cursor")), "structured_targets"))
                .containsExactly("t-2");
        assertThat(read("/structured_targets/t-1").json().path("structured_target").path("name").asText())
                .isEqualTo("A");
        assertThat(read("/structured_targets/none").status()).isEqualTo(404);
    }

    @Test
    void searchIsComputedFromTheSeriesAndTheSportsMilestones() {
        DemoCatalog.install(sim.server.state().exchange(), sim.clock, 7L);
        milestone("m-1", "Sports", "basketball_game", "2026-09-02T00:00:00Z", "CE-1-EV",
                "{\"sport\":\"Basketball\",\"competition\":\"Pro Basketball (M)\",\"scope\":\"Game\"}");
        milestone("m-2", "Sports", "basketball_game", "2026-09-03T00:00:00Z", "CE-1-EV",
                "{\"sport\":\"Basketball\",\"competition\":\"College Basketball (M)\",\"scope\":\"1st Half\"}");
        milestone("m-3", "Elections", "political_race", "2026-11-03T00:00:00Z", "OTHER-EV", "{\"sport\":\"None\"}");

        JsonNode tags = read("/search/tags_by_categories").json().path("tags_by_categories");
        assertThat(tags.path("Sports").toString()).contains("NBA", "Basketball");
        assertThat(tags.path("Economics").toString()).contains("Fed");
        assertThat(tags.has("")).isFalse();

        JsonNode filters = read("/search/filters_by_sport").json();
        assertThat(filters.path("sport_ordering").toString()).isEqualTo("[\"Basketball\"]");
        JsonNode basketball = filters.path("filters_by_sports").path("Basketball");
        assertThat(basketball.path("scopes").toString()).isEqualTo("[\"Game\",\"1st Half\"]");
        assertThat(basketball.path("competitions").path("College Basketball (M)").path("scopes").toString())
                .isEqualTo("[\"1st Half\"]");
    }

    @Test
    void theDemoCatalogServesTheNbaGameAsAMilestone() {
        DemoCatalog.install(sim.server.state().exchange(), sim.server.state().reference(), sim.clock, 7L);

        JsonNode milestones = read("/milestones?limit=10&category=Sports&type=basketball_game").json().path("milestones");
        assertThat(milestones).hasSize(1);
        String event = milestones.path(0).path("primary_event_tickers").path(0).asText();
        assertThat(event).startsWith("KXNBAGAME-");
        assertThat(milestones.path(0).path("id").asText()).isEqualTo("demo-" + event);
        assertThat(read("/events/" + event + "/metadata").json().path("competition").asText())
                .isEqualTo("Pro Basketball (M)");
        assertThat(read("/search/filters_by_sport").json().path("sport_ordering").toString())
                .isEqualTo("[\"Basketball\"]");
    }

    @Test
    void incentiveProgramsMoveFromUpcomingToActiveToClosedOnTheClock() {
        Instant now = Instant.ofEpochMilli(sim.nowMillis());
        control("/incentive_programs", """
                {"id":"i-1","market_ticker":"CE-1","incentive_type":"volume","start_date":"%s","end_date":"%s",
                 "period_reward":5000}""".formatted(now.plusSeconds(60), now.plusSeconds(120)), 201);
        control("/incentive_programs", """
                {"id":"i-2","market_ticker":"CE-1","incentive_type":"liquidity","start_date":"%s","end_date":"%s",
                 "period_reward":7000,"paid_out":true}""".formatted(now.minusSeconds(600), now.minusSeconds(300)), 201);

        assertThat(ids(read("/incentive_programs?status=upcoming"), "incentive_programs")).containsExactly("i-1");
        assertThat(ids(read("/incentive_programs?status=paid_out"), "incentive_programs")).containsExactly("i-2");
        sim.advanceMillis(61_000);
        assertThat(ids(read("/incentive_programs?status=active&type=volume"), "incentive_programs")).containsExactly("i-1");
        sim.advanceMillis(60_000);
        assertThat(ids(read("/incentive_programs?status=closed"), "incentive_programs")).containsExactly("i-1");
        assertThat(ids(read("/incentive_programs"), "incentive_programs")).containsExactly("i-1", "i-2");
        assertThat(read("/incentive_programs?status=soon").status()).isEqualTo(400);
        assertThat(sim.control("POST", "/incentive_programs", "{\"market_ticker\":\"NONE\",\"incentive_type\":\"volume\","
                + "\"start_date\":\"" + now + "\",\"end_date\":\"" + now + "\",\"period_reward\":1}").status()).isEqualTo(404);
    }

    @Test
    void announcementsAreListedNewestFirst() {
        assertThat(read("/exchange/announcements").json().path("announcements")).isEmpty();
        control("/announcements", "{\"message\":\"first\"}", 201);
        control("/announcements", "{\"message\":\"second\",\"type\":\"warning\"}", 201);

        JsonNode list = read("/exchange/announcements").json().path("announcements");
        assertThat(list.path(0).path("message").asText()).isEqualTo("second");
        assertThat(list.path(0).path("type").asText()).isEqualTo("warning");
        assertThat(list.path(1).path("status").asText()).isEqualTo("active");
        assertThat(sim.control("POST", "/announcements", "{\"message\":\"x\",\"type\":\"loud\"}").status()).isEqualTo(400);
    }

    @Test
    void eventCandlesticksFoldEachMarketsTradesAndCutAnOversizedWindow() {
        SimHarness.check(sim.control("POST", "/markets", "{\"ticker\":\"CE-2\",\"event_ticker\":\"CE-1-EV\","
                + "\"series_ticker\":\"SIM\",\"title\":\"second\"}"), 201);
        long start = sim.nowMillis() / 1000;
        SimHarness.check(maker.order("CE-1", "bid", "0.45", "4"), 201);
        SimHarness.check(taker.order("CE-1", "ask", "0.45", "4"), 201);
        sim.advanceMillis(61_000);
        long end = sim.nowMillis() / 1000;

        JsonNode body = read("/series/SIM/events/CE-1-EV/candlesticks?start_ts=" + start + "&end_ts=" + end
                + "&period_interval=1").json();
        assertThat(body.path("market_tickers").toString()).isEqualTo("[\"CE-1\",\"CE-2\"]");
        assertThat(body.path("adjusted_end_ts").asLong()).isEqualTo(end);
        JsonNode traded = body.path("market_candlesticks").path(0);
        long volume = 0;
        for (JsonNode candle : traded) {
            volume += Math.round(candle.path("volume_fp").asDouble() * 100);
        }
        assertThat(volume).isEqualTo(400);
        assertThat(traded.path(0).path("price").path("close_dollars").asText()).isEqualTo("0.4500");

        long far = start + 20_000L * 60;
        JsonNode cut = read("/series/SIM/events/CE-1-EV/candlesticks?start_ts=" + start + "&end_ts=" + far
                + "&period_interval=1").json();
        assertThat(cut.path("adjusted_end_ts").asLong()).isEqualTo(start + 5_000L * 60);
        assertThat(read("/series/OTHER/events/CE-1-EV/candlesticks?start_ts=1&end_ts=2&period_interval=1").status())
                .isEqualTo(404);
        assertThat(read("/series/SIM/events/CE-1-EV/candlesticks?start_ts=1&end_ts=2&period_interval=5").status())
                .isEqualTo(400);
    }

    @Test
    void eventMetadataIsComputedFromTheCatalogAndOverriddenByTheControlPlane() {
        milestone("m-1", "Sports", "basketball_game", "2026-09-02T00:00:00Z", "CE-1-EV",
                "{\"competition\":\"Pro Basketball (M)\",\"scope\":\"Game\"}");
        JsonNode computed = read("/events/CE-1-EV/metadata").json();
        assertThat(computed.path("image_url").asText()).isEqualTo("/images/series/SIM.webp");
        assertThat(computed.path("market_details").path(0).path("market_ticker").asText()).isEqualTo("CE-1");
        assertThat(computed.path("competition").asText()).isEqualTo("Pro Basketball (M)");
        assertThat(computed.path("competition_scope").asText()).isEqualTo("Game");

        control("/events/CE-1-EV/metadata", "{\"image_url\":\"/img/x.png\",\"settlement_sources\":"
                + "[{\"name\":\"NBA\",\"url\":\"https://nba.example\"}],\"market_colors\":{\"CE-1\":\"#000000\"}}", 200);
        JsonNode set = read("/events/CE-1-EV/metadata").json();
        assertThat(set.path("image_url").asText()).isEqualTo("/img/x.png");
        assertThat(set.path("settlement_sources").path(0).path("name").asText()).isEqualTo("NBA");
        assertThat(set.path("market_details").path(0).path("color_code").asText()).isEqualTo("#000000");
        assertThat(set.path("competition").asText()).isEqualTo("Pro Basketball (M)");
        assertThat(read("/events/NO-EV/metadata").status()).isEqualTo(404);
    }

    @Test
    void forecastHistoryChecksItsParametersAndIsEmpty() {
        String base = "/series/SIM/events/CE-1-EV/forecast_percentile_history?start_ts=1&end_ts=100&period_interval=0";
        Reply ok = signedRead(maker, base + "&percentiles=5000");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("forecast_history")).isEmpty();
        assertThat(maker.get(base).status()).isEqualTo(400);
        assertThat(maker.get(base + "&percentiles=10000").status()).isEqualTo(400);
        assertThat(sim.raw("GET", KalshiApi.PREFIX + base + "&percentiles=5000", null).status()).isEqualTo(401);
    }

    @Test
    void anFcmReadsItsSubtradersOrdersAndPositionsAndNobodyElseDoes() {
        SimHarness.check(taker.order("CE-1", "bid", "0.30", "5"), 201);
        SimHarness.check(taker.order("CE-1", "bid", "0.40", "2"), 201);
        SimHarness.check(maker.order("CE-1", "ask", "0.40", "2"), 201);
        SimMember outsider = sim.member();

        Reply refused = maker.get("/fcm/orders?subtrader_id=" + taker.memberId);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
        assertThat(refused.json().path("error").path("message").asText()).isNotBlank();

        control("/accounts/" + maker.memberId + "/fcm", "{\"subtraders\":[\"" + taker.memberId + "\"]}", 200);
        Reply orders = signedRead(maker, "/fcm/orders?subtrader_id=" + taker.memberId);
        assertThat(orders.json().path("orders")).hasSize(2);
        assertThat(signedRead(maker, "/fcm/orders?subtrader_id=" + taker.memberId + "&status=resting").json()
                .path("orders")).hasSize(1);
        JsonNode positions = signedRead(maker, "/fcm/positions?subtrader_id=" + taker.memberId).json()
                .path("market_positions");
        assertThat(positions.path(0).path("position_fp").asText()).isEqualTo("2.00");

        assertThat(maker.get("/fcm/orders?subtrader_id=" + outsider.memberId).status()).isEqualTo(404);
        assertThat(maker.get("/fcm/orders").status()).isEqualTo(400);
        assertThat(taker.get("/fcm/positions?subtrader_id=" + maker.memberId).status()).isEqualTo(403);
        assertThat(sim.control("POST", "/accounts/no-such/fcm", "{\"subtraders\":[]}").status()).isEqualTo(404);
    }

    @Test
    void depositsAndWithdrawalsAreTheControlPlanesCashMovements() {
        SimHarness.check(sim.control("POST", "/accounts/" + maker.memberId + "/deposit", "{\"amount_dollars\":\"250.25\"}"),
                200);
        SimHarness.check(sim.control("POST", "/accounts/" + maker.memberId + "/deposit", "{\"amount_dollars\":\"-100.00\"}"),
                200);

        JsonNode deposits = signedRead(maker, "/portfolio/deposits").json().path("deposits");
        assertThat(deposits).hasSize(2);
        assertThat(deposits.path(0).path("amount_cents").asLong()).isEqualTo(25_025);
        assertThat(deposits.path(1).path("amount_cents").asLong()).isEqualTo(100_000);
        assertThat(deposits.path(0).path("status").asText()).isEqualTo("applied");
        JsonNode withdrawals = signedRead(maker, "/portfolio/withdrawals").json().path("withdrawals");
        assertThat(withdrawals).hasSize(1);
        assertThat(withdrawals.path(0).path("amount_cents").asLong()).isEqualTo(10_000);
        assertThat(signedRead(maker, "/portfolio/deposits?limit=1").json().path("deposits")).hasSize(1);
        assertThat(maker.get("/portfolio/deposits?limit=501").status()).isEqualTo(400);
    }

    @Test
    void theTargetAllocationMustTotalOneHundredAndAnEmptyOneTurnsRebalancingOff() {
        assertThat(signedRead(maker, "/portfolio/target_balance_allocation").json().path("allocations")).isEmpty();
        String body = "{\"allocations\":[{\"exchange_index\":0,\"percent\":70},{\"exchange_index\":2,\"percent\":30}]}";
        Reply set = maker.post("/portfolio/target_balance_allocation", body);
        assertThat(set.status()).isEqualTo(200);
        assertThat(spec.problems("POST", "/portfolio/target_balance_allocation", body, set)).isEmpty();
        assertThat(signedRead(maker, "/portfolio/target_balance_allocation").json().path("allocations").toString())
                .isEqualTo("[{\"exchange_index\":0,\"percent\":70},{\"exchange_index\":2,\"percent\":30}]");
        assertThat(signedRead(taker, "/portfolio/target_balance_allocation").json().path("allocations")).isEmpty();

        assertThat(maker.post("/portfolio/target_balance_allocation",
                "{\"allocations\":[{\"exchange_index\":0,\"percent\":70}]}").status()).isEqualTo(400);
        assertThat(maker.post("/portfolio/target_balance_allocation", "{\"allocations\":[{\"exchange_index\":0,"
                + "\"percent\":50},{\"exchange_index\":0,\"percent\":50}]}").status()).isEqualTo(400);
        assertThat(maker.post("/portfolio/target_balance_allocation", "{\"allocations\":[]}").status()).isEqualTo(200);
        assertThat(signedRead(maker, "/portfolio/target_balance_allocation").json().path("allocations")).isEmpty();
    }

    @Test
    void cashMovesToTheMarginedInstanceAndBackThroughTheLedger() {
        String out = "{\"source\":\"event_contract\",\"destination\":\"margined\",\"amount\":1000000}";
        Reply sent = maker.post("/portfolio/intra_exchange_instance_transfer", out);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(spec.problems("POST", "/portfolio/intra_exchange_instance_transfer", out, sent)).isEmpty();
        assertThat(maker.get("/portfolio/balance").json().path("balance").asLong()).isEqualTo(90_000);

        assertThat(maker.post("/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"margined\",\"destination\":\"event_contract\",\"amount\":1000001}").status())
                .isEqualTo(400);
        Reply back = maker.post("/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"margined\",\"destination\":\"event_contract\",\"amount\":400000}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(maker.get("/portfolio/balance").json().path("balance").asLong()).isEqualTo(94_000);

        JsonNode transfers = signedRead(maker, "/portfolio/intra_exchange_instance_transfers").json().path("transfers");
        assertThat(transfers).hasSize(2);
        assertThat(transfers.path(0).path("transfer_id").asText()).isEqualTo(back.text("transfer_id"));
        assertThat(transfers.path(0).path("amount").asText()).isEqualTo("40.0000");
        assertThat(transfers.path(1).path("destination").asText()).isEqualTo("margined");
        assertThat(signedRead(maker, "/portfolio/intra_exchange_instance_transfers/" + sent.text("transfer_id")).json()
                .path("transfer").path("status").asText()).isEqualTo("complete");
        assertThat(taker.get("/portfolio/intra_exchange_instance_transfers/" + sent.text("transfer_id")).status())
                .isEqualTo(404);

        assertThat(taker.post("/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"event_contract\",\"destination\":\"margined\",\"amount\":100000000}").errorCode())
                .isEqualTo("insufficient_balance");
        assertThat(maker.post("/portfolio/intra_exchange_instance_transfer",
                "{\"source\":\"event_contract\",\"destination\":\"event_contract\",\"amount\":1}").status())
                .isEqualTo(400);
        assertThat(maker.post("/portfolio/intra_exchange_instance_transfer", "{\"source\":\"event_contract\","
                + "\"destination\":\"margined\",\"amount\":1,\"destination_exchange_shard\":2}").status()).isEqualTo(400);
        assertThat(sim.violations()).isEmpty();
    }

    @Test
    void perpsLimitsAreTheBasicTierOfTheirOwnLane() {
        SimMember premier = sim.member("10.00", "premier");
        JsonNode limits = signedRead(premier, "/account/limits/perps").json();
        assertThat(limits.path("usage_tier").asText()).isEqualTo("basic");
        assertThat(limits.path("grants")).isEmpty();
        assertThat(premier.get("/account/limits").json().path("usage_tier").asText()).isEqualTo("premier");
    }

    @Test
    void resetForgetsTheReferenceData() {
        milestone("m-1", "Sports", "basketball_game", "2026-09-02T00:00:00Z", "CE-1-EV", "{}");
        control("/announcements", "{\"message\":\"gone soon\"}", 201);
        SimHarness.check(sim.control("POST", "/reset", null), 200);

        assertThat(read("/milestones?limit=5").json().path("milestones")).isEmpty();
        assertThat(read("/exchange/announcements").json().path("announcements")).isEmpty();
    }

    private static List<String> ids(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        reply.json().path(field).forEach(item -> out.add(item.path("id").asText()));
        return out;
    }
}
