package dev.kalshisim.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void aRateLimitIsAnHttp429AndMayCarryItsRetryAfter() {
        Rejection limited = new Rejection("too_many_requests", 429, OptionalLong.of(2_000_000_000L), null);

        assertThat(limited.isRateLimited()).isTrue();
        assertThat(limited.retryAfterNanos()).hasValue(2_000_000_000L);
        assertThat(Rejection.of("insufficient_balance", 400, "needs more").isRateLimited()).isFalse();
    }

    @Test
    void aStatusIsAnHttpStatusOrNoneForABatchItem() {
        assertThat(Rejection.of("invalid_parameters", Rejection.NO_STATUS, null).httpStatus()).isZero();
        assertThatThrownBy(() -> Rejection.of("x", 42, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderUpdateWithoutARejectionKeepsItsReasonAlone() {
        OrderUpdate refused = new OrderUpdate(1L, null, "c-1", "T", BookSide.BID, Price.ofCents(40),
                OrderState.REJECTED, Count.ZERO, Count.ZERO, "blackout");

        assertThat(refused.reason()).isEqualTo("blackout");
        assertThat(refused.rejection()).isNull();
    }
}
