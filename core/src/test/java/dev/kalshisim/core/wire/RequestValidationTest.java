package dev.kalshisim.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A create-order body with a bad field fails to read, with a message that names the field and the rule. */
class RequestValidationTest {

    private final ObjectMapper mapper = KalshiJson.mapper();

    private static String order(String field, String json) {
        String base = "{\"ticker\":\"A-1\",\"side\":\"bid\",\"count\":\"10.00\",\"price\":\"0.5600\","
                + "\"time_in_force\":\"good_till_canceled\",\"self_trade_prevention_type\":\"taker_at_cross\"}";
        String withoutField = base.replaceAll("\"" + field + "\":(\"[^\"]*\"|[^,}]*),?", "").replace(",}", "}");
        return withoutField.substring(0, withoutField.length() - 1) + ",\"" + field + "\":" + json + "}";
    }

    @Test
    void aGoodBodyReads() throws Exception {
        CreateOrderV2Request request = mapper.readValue(order("price", "\"0.56\""), CreateOrderV2Request.class);
        assertThat(request.side()).isEqualTo(BookSide.BID);
        assertThat(request.price()).isEqualTo(Price.ofUnits(5600));
        assertThat(request.count()).isEqualTo(Count.ofContracts(10));
        assertThat(request.timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCELED);
        assertThat(request.selfTradePreventionType()).isEqualTo(SelfTradePrevention.TAKER_AT_CROSS);
        assertThat(request.postOnly()).isNull();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "price|\"0.5\"|price: price needs at least 2 decimals: \"0.5\"",
            "price|\"0.12345\"|price: price has more than 4 decimals: \"0.12345\"",
            "price|\"1.50\"|price: price must be between $0 and $1",
            "price|\"abc\"|price: price must be a decimal like",
            "price|\"-0.50\"|price: price must not be negative",
            "price|0.56|price: price must be a JSON string like \"0.5600\", got a JSON number",
            "price|1|price: price must be a JSON string like \"0.5600\", got a JSON number",
            "price|true|price: price must be a JSON string",
            "count|\"-1\"|count: count must not be negative",
            "count|\"1.005\"|count: count has more than 2 decimals",
            "count|\"1e3\"|count: count must be a decimal like",
            "count|1.5|count: count must be a JSON string like \"10.00\", got a JSON number",
            "count|-3|count: count must not be negative",
            "side|\"buy\"|side: unknown BookSide \"buy\"; expected one of \"bid\", \"ask\"",
            "side|1|side: BookSide must be a JSON string",
            "time_in_force|\"GTT\"|time_in_force: unknown TimeInForce \"GTT\"",
            "self_trade_prevention_type|\"none\"|self_trade_prevention_type: unknown SelfTradePrevention",
            "ticker|123|ticker:",
            "post_only|\"true\"|post_only:",
            "expiration_time|\"1704150000\"|expiration_time:",
            "expiration_time|1.5|expiration_time:",
            "subaccount|\"1\"|subaccount:",
    })
    void aBadFieldIsAClearError(String field, String json, String message) {
        MismatchedInputException problem = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue(order(field, json), CreateOrderV2Request.class));
        assertThat(problem).as("reading %s=%s", field, json).isNotNull();
        assertThat(JsonProblems.describe(problem)).startsWith(message);
    }

    @Test
    void aWholeJsonIntegerIsAcceptedAsACount() throws Exception {
        CreateOrderV2Request request = mapper.readValue(order("count", "10"), CreateOrderV2Request.class);
        assertThat(request.count()).isEqualTo(Count.ofContracts(10));
    }

    @Test
    void requestPricesAreStricterThanResponsePrices() throws Exception {
        // A response (or recording) may write "0.5"; a request may not.
        record Quote(Price price) {
        }
        assertThat(mapper.readValue("{\"price\":\"0.5\"}", Quote.class).price()).isEqualTo(Price.ofUnits(5000));
        assertThatThrownBy(() -> mapper.readValue(order("price", "\"0.5\""), CreateOrderV2Request.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void batchItemErrorsNameTheItem() {
        String body = "{\"orders\":[" + order("price", "\"0.56\"") + "," + order("side", "\"sell\"") + "]}";
        JsonProcessingException problem = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(body, BatchCreateOrdersV2Request.class));
        assertThat(JsonProblems.describe(problem)).startsWith("orders[1].side: unknown BookSide \"sell\"");
    }

    @Test
    void malformedJsonIsAProcessingException() {
        JsonProcessingException problem = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue("{\"ticker\":", CreateOrderV2Request.class));
        assertThat(JsonProblems.describe(problem)).isNotBlank().doesNotContain("\n");
    }

    @Test
    void trailingGarbageIsRefused() {
        assertThatThrownBy(() -> mapper.readValue(order("price", "\"0.56\"") + "{}", CreateOrderV2Request.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void decreaseCountsAreStrict() {
        assertThatThrownBy(() -> mapper.readValue("{\"reduce_by\":\"-2\"}", DecreaseOrderV2Request.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
