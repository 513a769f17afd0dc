package dev.kalshisim.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.AccountLimits;
import dev.kalshisim.core.model.Balance;
import dev.kalshisim.core.model.Event;
import dev.kalshisim.core.model.EventPosition;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.Fill;
import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketPosition;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Series;
import dev.kalshisim.core.model.Settlement;
import dev.kalshisim.core.model.Trade;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wire record reads its sample (written from the spec's field list) and writes it back as
 * the same JSON tree, apart from the unknown fields the samples add on purpose.
 */
class RoundTripTest {

    private final ObjectMapper mapper = KalshiJson.mapper();

    static Stream<Arguments> samples() {
        return Stream.of(
                // Domain objects.
                Arguments.of("market.json", Market.class, Set.of()),
                Arguments.of("event.json", Event.class, Set.of()),
                Arguments.of("series.json", Series.class, Set.of()),
                Arguments.of("order.json", Order.class, Set.of()),
                Arguments.of("fill.json", Fill.class, Set.of()),
                Arguments.of("trade.json", Trade.class, Set.of()),
                Arguments.of("market_position.json", MarketPosition.class, Set.of()),
                Arguments.of("event_position.json", EventPosition.class, Set.of()),
                Arguments.of("balance.json", Balance.class, Set.of()),
                Arguments.of("settlement.json", Settlement.class, Set.of()),
                Arguments.of("exchange_status.json", ExchangeStatus.class, Set.of()),
                Arguments.of("account_limits.json", AccountLimits.class, Set.of()),
                // Market data envelopes.
                Arguments.of("get_markets.json", GetMarketsResponse.class, Set.of()),
                Arguments.of("get_market.json", GetMarketResponse.class, Set.of()),
                Arguments.of("get_events.json", GetEventsResponse.class, Set.of()),
                Arguments.of("get_event.json", GetEventResponse.class, Set.of()),
                Arguments.of("get_series_list.json", GetSeriesListResponse.class, Set.of()),
                Arguments.of("get_series.json", GetSeriesResponse.class, Set.of()),
                Arguments.of("get_multivariate_events.json", GetMultivariateEventsResponse.class, Set.of()),
                Arguments.of("get_event_fee_changes.json", GetEventFeeChangesResponse.class, Set.of()),
                Arguments.of("get_series_fee_changes.json", GetSeriesFeeChangesResponse.class, Set.of()),
                Arguments.of("get_trades.json", GetTradesResponse.class, Set.of()),
                Arguments.of("get_orderbook.json", GetOrderbookResponse.class, Set.of()),
                Arguments.of("get_orderbook_empty.json", GetOrderbookResponse.class, Set.of()),
                Arguments.of("get_orderbooks.json", GetOrderbooksResponse.class, Set.of()),
                Arguments.of("get_market_candlesticks.json", GetMarketCandlesticksResponse.class, Set.of()),
                Arguments.of("batch_get_market_candlesticks.json", BatchGetMarketCandlesticksResponse.class, Set.of()),
                Arguments.of("get_event_candlesticks.json", GetEventCandlesticksResponse.class, Set.of()),
                Arguments.of("get_exchange_schedule.json", GetExchangeScheduleResponse.class, Set.of()),
                Arguments.of("get_user_data_timestamp.json", GetUserDataTimestampResponse.class, Set.of()),
                Arguments.of("get_historical_cutoff.json", GetHistoricalCutoffResponse.class, Set.of()),
                // Portfolio envelopes.
                Arguments.of("get_orders.json", GetOrdersResponse.class, Set.of()),
                Arguments.of("get_order.json", GetOrderResponse.class, Set.of()),
                Arguments.of("get_fills.json", GetFillsResponse.class, Set.of()),
                Arguments.of("get_positions.json", GetPositionsResponse.class, Set.of()),
                Arguments.of("get_settlements.json", GetSettlementsResponse.class, Set.of()),
                Arguments.of("get_order_queue_position.json", GetOrderQueuePositionResponse.class, Set.of()),
                Arguments.of("get_order_queue_positions.json", GetOrderQueuePositionsResponse.class, Set.of()),
                Arguments.of("get_total_resting_order_value.json", GetTotalRestingOrderValueResponse.class, Set.of()),
                Arguments.of("get_api_usage_level_volume_progress.json", GetApiUsageLevelVolumeProgressResponse.class,
                        Set.of()),
                Arguments.of("get_order_groups.json", GetOrderGroupsResponse.class, Set.of()),
                Arguments.of("get_order_group.json", GetOrderGroupResponse.class, Set.of()),
                Arguments.of("create_order_group_request.json", CreateOrderGroupRequest.class, Set.of()),
                Arguments.of("create_order_group_response.json", CreateOrderGroupResponse.class, Set.of()),
                Arguments.of("update_order_group_limit_request.json", UpdateOrderGroupLimitRequest.class, Set.of()),
                // V2 order mutations.
                Arguments.of("create_order_v2_request.json", CreateOrderV2Request.class, Set.of()),
                Arguments.of("create_order_v2_response.json", CreateOrderV2Response.class, Set.of()),
                Arguments.of("cancel_order_v2_response.json", CancelOrderV2Response.class, Set.of()),
                Arguments.of("amend_order_v2_request.json", AmendOrderV2Request.class, Set.of()),
                Arguments.of("amend_order_v2_response.json", AmendOrderV2Response.class, Set.of()),
                Arguments.of("decrease_order_v2_request.json", DecreaseOrderV2Request.class, Set.of()),
                Arguments.of("decrease_order_v2_response.json", DecreaseOrderV2Response.class, Set.of()),
                Arguments.of("batch_create_orders_v2_request.json", BatchCreateOrdersV2Request.class, Set.of()),
                Arguments.of("batch_create_orders_v2_response.json", BatchCreateOrdersV2Response.class, Set.of()),
                Arguments.of("batch_cancel_orders_v2_request.json", BatchCancelOrdersV2Request.class, Set.of()),
                Arguments.of("batch_cancel_orders_v2_response.json", BatchCancelOrdersV2Response.class, Set.of()),
                // Legacy order mutations; the legacy "type" field is not part of the current schema.
                Arguments.of("create_order_request.json", CreateOrderRequest.class, Set.of("type")),
                Arguments.of("create_order_response.json", CreateOrderResponse.class, Set.of()),
                Arguments.of("cancel_order_response.json", CancelOrderResponse.class, Set.of()),
                Arguments.of("amend_order_request.json", AmendOrderRequest.class, Set.of()),
                Arguments.of("amend_order_response.json", AmendOrderResponse.class, Set.of()),
                Arguments.of("decrease_order_request.json", DecreaseOrderRequest.class, Set.of()),
                Arguments.of("decrease_order_response.json", DecreaseOrderResponse.class, Set.of()),
                Arguments.of("batch_create_orders_request.json", BatchCreateOrdersRequest.class, Set.of()),
                Arguments.of("batch_create_orders_response.json", BatchCreateOrdersResponse.class, Set.of()),
                Arguments.of("batch_cancel_orders_request.json", BatchCancelOrdersRequest.class, Set.of()),
                Arguments.of("batch_cancel_orders_response.json", BatchCancelOrdersResponse.class, Set.of()),
                // Errors.
                Arguments.of("error_body.json", ErrorBody.class, Set.of()),
                Arguments.of("too_many_requests.json", TooManyRequestsBody.class, Set.of()));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samples")
    void readsAndWritesTheSameTree(String file, Class<?> type, Set<String> extraTopLevel) throws Exception {
        Object value = mapper.readValue(WireSamples.text(file), type);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(value));
        assertThat(written).isEqualTo(WireSamples.withoutUnknown(WireSamples.tree(file), extraTopLevel));
    }

    @ParameterizedTest(name = "{0} as {1} is stable")
    @MethodSource("samples")
    void writingIsIdempotent(String file, Class<?> type, Set<String> ignored) throws Exception {
        Object value = mapper.readValue(WireSamples.text(file), type);
        Object again = mapper.readValue(mapper.writeValueAsString(value), type);
        assertThat(again).isEqualTo(value);
    }
}
