package dev.kalshisim.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.core.model.BookSide;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.SelfTradePrevention;
import dev.kalshisim.core.model.TimeInForce;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    @Test
    void bidAndAskAreGoodTillCanceledPlainOrders() {
        OrderRequest bid = OrderRequest.bid("T", Price.ofCents(45), Count.ofContracts(3));
        OrderRequest ask = OrderRequest.ask("T", Price.ofCents(47), Count.ofContracts(3));

        assertThat(bid.side()).isEqualTo(BookSide.BID);
        assertThat(ask.side()).isEqualTo(BookSide.ASK);
        assertThat(bid.timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCELED);
        assertThat(bid.selfTradePrevention()).isEqualTo(SelfTradePrevention.TAKER_AT_CROSS);
        assertThat(bid.postOnly()).isFalse();
        assertThat(bid.reduceOnly()).isFalse();
        assertThat(bid.clientOrderId()).isNull();
        assertThat(bid.expires()).isFalse();
    }

    @Test
    void withersChangeOnlyTheirField() {
        OrderRequest request = OrderRequest.bid("T", Price.ofCents(45), Count.ofContracts(1))
                .withPostOnly(true)
                .withReduceOnly(true)
                .withClientOrderId("mine-1")
                .withExpiration(1_000L)
                .withSelfTradePrevention(SelfTradePrevention.MAKER);

        assertThat(request.postOnly()).isTrue();
        assertThat(request.reduceOnly()).isTrue();
        assertThat(request.clientOrderId()).isEqualTo("mine-1");
        assertThat(request.expiresAtNanos()).isEqualTo(1_000L);
        assertThat(request.selfTradePrevention()).isEqualTo(SelfTradePrevention.MAKER);
        assertThat(request.yesPrice()).isEqualTo(Price.ofCents(45));
    }

    @Test
    void refusesPricesOutsideTheTradableRange() {
        assertThatThrownBy(() -> OrderRequest.bid("T", Price.ZERO, Count.ofContracts(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly between");
        assertThatThrownBy(() -> OrderRequest.ask("T", Price.ONE, Count.ofContracts(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly between");
    }

    @Test
    void refusesCountsThatAreNotPositive() {
        assertThatThrownBy(() -> OrderRequest.bid("T", Price.ofCents(50), Count.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> OrderRequest.bid("T", Price.ofCents(50), Count.ofContracts(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void refusesExpirationUnlessGoodTillCanceled() {
        OrderRequest ioc = OrderRequest.bid("T", Price.ofCents(50), Count.ofContracts(1))
                .withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL);

        assertThatThrownBy(() -> ioc.withExpiration(5L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("good-till-canceled");
    }

    @Test
    void refusesBlankTickerAndBlankClientOrderId() {
        assertThatThrownBy(() -> OrderRequest.bid(" ", Price.ofCents(50), Count.ofContracts(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderRequest.bid("T", Price.ofCents(50), Count.ofContracts(1)).withClientOrderId(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
