package dev.kalshisim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireEnumTest {

    @Test
    void everyEnumRoundTripsItsWireName() {
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(
                BookSide.class, OutcomeSide.class, Action.class, TimeInForce.class, SelfTradePrevention.class,
                OrderStatus.class, OrderType.class, MarketResult.class, FeeType.class, MarketType.class,
                MarketStatus.class, MarketStatus.StatusFilter.class, ErrorCode.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String wire = ((WireValue) constant).wire();
                assertThat(fromWire(type, wire)).as(type.getSimpleName() + " " + wire).isSameAs(constant);
            }
        }
    }

    @Test
    void unknownNamesListTheAcceptedOnes() {
        assertThatThrownBy(() -> BookSide.fromWire("buy"))
                .hasMessage("unknown BookSide \"buy\"; expected one of \"bid\", \"ask\"");
        assertThatThrownBy(() -> TimeInForce.fromWire("GTT")).hasMessageContaining("good_till_canceled");
    }

    @Test
    void errorCodesAreLowerSnakeWithStatuses() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.wire()).matches("[a-z]+(_[a-z]+)*");
            assertThat(code.wire()).isEqualTo(code.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(code.httpStatus()).isBetween(400, 599);
        }
        assertThat(ErrorCode.ORDER_ALREADY_EXISTS.httpStatus()).isEqualTo(409);
        assertThat(ErrorCode.TOO_MANY_REQUESTS.httpStatus()).isEqualTo(429);
        assertThat(ErrorCode.INVALID_PARAMETERS.error("bad").code()).isEqualTo("invalid_parameters");
    }

    private static Object fromWire(Class<?> type, String wire) {
        try {
            return type.getMethod("fromWire", String.class).invoke(null, wire);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
