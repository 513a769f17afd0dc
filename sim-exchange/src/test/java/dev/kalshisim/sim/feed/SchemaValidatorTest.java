package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema check has teeth: each kind of deviation from Kalshi's schema is reported. */
class SchemaValidatorTest {

    private static final SchemaValidator SCHEMAS = SchemaValidator.load();
    private static final String MARKET_ID = "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1";

    @Test
    void acceptsKalshisOwnExamples() {
        assertThat(SCHEMAS.validate(FeedHarness.read("""
                {"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3","market_id":"%s",
                 "price_dollars":"0.960","delta_fp":"-54.00","side":"yes","ts":"2022-11-22T20:44:01Z","ts_ms":1669149841000}}
                """.formatted(MARKET_ID)))).isEmpty();
        assertThat(SCHEMAS.validate(FeedHarness.read("{\"id\":3,\"type\":\"ok\",\"msg\":[{\"channel\":\"ticker\",\"sid\":2}]}")))
                .isEmpty();
        assertThat(SCHEMAS.validate(FeedHarness.read("{\"id\":5,\"type\":\"error\",\"msg\":{\"code\":6,\"msg\":\"Already subscribed\"}}")))
                .isEmpty();
    }

    @Test
    void reportsMissingRequiredWrongTypeEnumAndFormat() {
        assertThat(SCHEMAS.validate(FeedHarness.read("""
                {"type":"orderbook_delta","sid":0,"msg":{"market_ticker":"fed lower","market_id":"not-a-uuid",
                 "price_dollars":0.96,"delta_fp":"-54.00","side":"maybe"}}
                """))).containsExactlyInAnyOrder(
                "$: missing required property 'seq'",
                "$.sid: 0 is below the minimum 1",
                "$.msg.market_ticker: 'fed lower' does not match ^[A-Z0-9-]+$",
                "$.msg.market_id: 'not-a-uuid' is not a UUID",
                "$.msg.price_dollars: expected type \"string\" but was NUMBER 0.96",
                "$.msg.side: \"maybe\" is not one of [\"yes\",\"no\"]");
    }

    @Test
    void strictModeReportsUndeclaredProperties() {
        assertThat(SCHEMAS.validate(FeedHarness.read(
                "{\"id\":1,\"type\":\"subscribed\",\"msg\":{\"channel\":\"ticker\",\"sid\":1,\"channel_name\":\"ticker\"}}")))
                .containsExactly("$.msg: property 'channel_name' is not in the schema");
    }

    @Test
    void unknownMessageTypeHasNoSchema() {
        assertThat(SCHEMAS.validate(FeedHarness.read("{\"type\":\"ticker_v2\",\"sid\":1,\"msg\":{}}")))
                .containsExactly("no schema for message type 'ticker_v2'");
    }
}
