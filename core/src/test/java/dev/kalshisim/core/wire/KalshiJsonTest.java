package dev.kalshisim.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Order;
import dev.kalshisim.core.model.Orderbook;
import dev.kalshisim.core.model.OrderbookLevel;
import dev.kalshisim.core.model.Price;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KalshiJsonTest {

    private final ObjectMapper mapper = KalshiJson.mapper();

    record Times(Instant at) {
    }

    record Amounts(Money money, Count count, Price price) {
    }

    record Empty() {
    }

    @Test
    void instantsAreRfc3339UtcWithZ() throws Exception {
        assertThat(mapper.writeValueAsString(new Times(Instant.parse("2024-01-01T17:00:00Z"))))
                .isEqualTo("{\"at\":\"2024-01-01T17:00:00Z\"}");
        assertThat(mapper.writeValueAsString(new Times(Instant.parse("2024-01-01T17:00:00.120Z"))))
                .isEqualTo("{\"at\":\"2024-01-01T17:00:00.120Z\"}");
        assertThat(mapper.readValue("{\"at\":\"2024-01-01T12:00:00-05:00\"}", Times.class).at())
                .isEqualTo(Instant.parse("2024-01-01T17:00:00Z"));
        assertThat(mapper.readValue("{\"at\":\"2024-01-01T17:00:00.123456789Z\"}", Times.class).at())
                .isEqualTo(Instant.parse("2024-01-01T17:00:00.123456789Z"));
    }

    @Test
    void instantsMustBeStrings() {
        assertThatThrownBy(() -> mapper.readValue("{\"at\":1704128400}", Times.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("RFC3339");
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2024-01-01 17:00:00\"}", Times.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("RFC3339");
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2024-01-01T17:00:00\"}", Times.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void nullsAreOmittedAndExplicitNullsRead() throws Exception {
        assertThat(mapper.writeValueAsString(new Amounts(null, null, null))).isEqualTo("{}");
        assertThat(mapper.readValue("{\"money\":null,\"count\":null,\"price\":null}", Amounts.class))
                .isEqualTo(new Amounts(null, null, null));
    }

    @Test
    void fixedPointValuesAreStrings() throws Exception {
        Amounts amounts = new Amounts(Money.parse("-1.5"), Count.parse("10"), Price.parse("0.56"));
        assertThat(mapper.writeValueAsString(amounts))
                .isEqualTo("{\"money\":\"-1.5000\",\"count\":\"10.00\",\"price\":\"0.5600\"}");
        assertThatThrownBy(() -> mapper.readValue("{\"money\":1.5}", Amounts.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("JSON string");
        assertThatThrownBy(() -> mapper.readValue("{\"money\":1}", Amounts.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1.5}", Amounts.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(mapper.readValue("{\"count\":-3}", Amounts.class).count()).isEqualTo(Count.ofContracts(-3));
        assertThatThrownBy(() -> mapper.readValue("{\"count\":99999999999999999999}", Amounts.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void emptyBeansAndUnknownFields() throws Exception {
        assertThat(mapper.writeValueAsString(new Empty())).isEqualTo("{}");
        assertThat(mapper.readValue("{\"brand_new\":{\"a\":[1]},\"price\":\"0.10\"}", Amounts.class).price())
                .isEqualTo(Price.ofCents(10));
    }

    @Test
    void orderbookLevelsAreTwoStringArrays() throws Exception {
        Orderbook book = new Orderbook(
                List.of(OrderbookLevel.of(Price.parse("0.41"), Count.parse("10")),
                        OrderbookLevel.of(Price.parse("0.42"), Count.parse("13"))),
                null);
        assertThat(mapper.writeValueAsString(new GetOrderbookResponse(book))).isEqualTo(
                "{\"orderbook_fp\":{\"yes_dollars\":[[\"0.4100\",\"10.00\"],[\"0.4200\",\"13.00\"]],\"no_dollars\":[]}}");
        assertThat(mapper.readValue("{\"orderbook_fp\":{\"yes_dollars\":[[\"0.41\",\"10\"]]}}",
                GetOrderbookResponse.class).orderbookFp())
                .isEqualTo(new Orderbook(List.of(OrderbookLevel.of(Price.parse("0.41"), Count.parse("10"))), List.of()));
        assertThatThrownBy(() -> mapper.readValue("{\"yes_dollars\":[[0.41,10]]}", Orderbook.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void enumsWriteTheirWireNames() throws Exception {
        assertThat(mapper.writeValueAsString(BookSide.ASK)).isEqualTo("\"ask\"");
        assertThat(mapper.readValue("\"bid\"", BookSide.class)).isEqualTo(BookSide.BID);
    }

    @Test
    void booleanComponentsKeepTheirIsPrefix() throws Exception {
        String json = mapper.writeValueAsString(mapper.readValue(WireSamples.text("fill.json"),
                dev.kalshisim.core.model.Fill.class));
        assertThat(json).contains("\"is_taker\":true").doesNotContain("\"taker\"");
    }

    @Test
    void theSharedMapperIsTheConfiguredOne() throws Exception {
        ObjectMapper fresh = KalshiJson.newMapper();
        Order order = fresh.readValue(WireSamples.text("order.json"), Order.class);
        assertThat(mapper.writeValueAsString(order)).isEqualTo(fresh.writeValueAsString(order));
    }
}
