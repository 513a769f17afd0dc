package dev.kalshisim.kalshi.client;

import dev.kalshisim.core.model.ExchangeSchedule;
import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.wire.GetExchangeScheduleResponse;
import dev.kalshisim.core.wire.GetUserDataTimestampResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The exchange endpoints: status, trading schedule and portfolio staleness. Public (no auth).
 * Each method has a blocking form and an {@code Async} form; both throw or complete with
 * {@link KalshiException}s. Thread-safe.
 */
public final class ExchangeApi {

    private final RestCaller caller;

    ExchangeApi(RestCaller caller) {
        this.caller = caller;
    }

    /** {@code GET /exchange/status}: whether the exchange and trading are active. */
    public CompletableFuture<ExchangeStatus> statusAsync() {
        return caller.get("/exchange/status", List.of(), ExchangeStatus.class);
    }

    public ExchangeStatus status() {
        return RestCaller.await(statusAsync());
    }

    /** {@code GET /exchange/schedule}: standard hours (ET) and maintenance windows. */
    public CompletableFuture<ExchangeSchedule> scheduleAsync() {
        return caller.get("/exchange/schedule", List.of(), GetExchangeScheduleResponse.class)
                .thenApply(GetExchangeScheduleResponse::schedule);
    }

    public ExchangeSchedule schedule() {
        return RestCaller.await(scheduleAsync());
    }

    /** {@code GET /exchange/user_data_timestamp}: the time up to which portfolio reads are current. */
    public CompletableFuture<Instant> userDataTimestampAsync() {
        return caller.get("/exchange/user_data_timestamp", List.of(), GetUserDataTimestampResponse.class)
                .thenApply(GetUserDataTimestampResponse::asOfTime);
    }

    public Instant userDataTimestamp() {
        return RestCaller.await(userDataTimestampAsync());
    }
}
