package dev.kalshisim.kalshi.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.runtime.VenueRejectedException;
import dev.kalshisim.core.runtime.VenueUnreachableException;
import dev.kalshisim.core.strategy.Rejection;
import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.KalshiTransportException;
import dev.kalshisim.kalshi.client.RateLimitedException;
import java.net.ConnectException;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The live venue keeps the ports' contract: Kalshi's refusals typed, everything else "no answer". */
class KalshiFailuresTest {

    @Test
    void aRefusalBecomesATypedRejectionWordedAsBefore() {
        RuntimeException translated = KalshiFailures.translate(new CompletionException(new KalshiApiException(400,
                "insufficient_balance", "needs $5.00 more", null, "POST", "/portfolio/events/orders")));

        assertThat(translated).isInstanceOf(VenueRejectedException.class)
                .hasMessage("insufficient_balance (HTTP 400): needs $5.00 more");
        assertThat(((VenueRejectedException) translated).rejection())
                .isEqualTo(Rejection.of("insufficient_balance", 400, "needs $5.00 more"));
    }

    @Test
    void aRateLimitCarriesTheRetryAfter() {
        RuntimeException translated = KalshiFailures.translate(new RateLimitedException("too_many_requests",
                "slow down", null, "POST", "/portfolio/events/orders", 1_500_000_000L));

        Rejection rejection = ((VenueRejectedException) translated).rejection();
        assertThat(rejection.httpStatus()).isEqualTo(429);
        assertThat(rejection.isRateLimited()).isTrue();
        assertThat(rejection.retryAfterNanos()).isEqualTo(OptionalLong.of(1_500_000_000L));
    }

    @Test
    void noAnswerIsNotARejectionAndSaysWhatWentWrongInWords() {
        KalshiTransportException transport = new KalshiTransportException(
                "GET /portfolio/balance: java.net.ConnectException", false, new ConnectException());

        RuntimeException translated = KalshiFailures.translate(transport);

        assertThat(translated).isInstanceOf(VenueUnreachableException.class)
                .hasMessage("GET /portfolio/balance (connection refused)").hasCause(transport);
    }

    @Test
    void aTranslatedFutureFailsWithThePortsException() {
        CompletableFuture<Object> failed = KalshiFailures.translated(CompletableFuture.failedFuture(
                new KalshiApiException(404, "not_found", "order not found", null, "DELETE", "/x")));

        assertThat(failed.handle((value, failure) -> failure).join()).isInstanceOf(VenueRejectedException.class);
    }
}
