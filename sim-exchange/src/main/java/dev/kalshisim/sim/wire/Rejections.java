package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.KalshiError;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.server.http.ApiException;

/**
 * The edge where the engine's {@link RejectReason}s become Kalshi error responses; the reason
 * itself carries the code and status, so this class only shapes them.
 */
public final class Rejections {

    private Rejections() {
    }

    /** The exception for a refusal. */
    public static ApiException toException(RejectReason reason, String message) {
        return new ApiException(reason.httpStatus(), reason.wireCode(), message == null ? reason.wireCode() : message);
    }

    /** The per-item error of a batch result. */
    public static KalshiError toError(RejectReason reason, String message) {
        return new KalshiError(reason.wireCode(), message == null ? reason.wireCode() : message, null);
    }

    /** The outcome's value, or its refusal thrown as an {@link ApiException}. */
    public static <T> T orThrow(EngineResult<T> outcome) {
        if (!outcome.isOk()) {
            throw toException(outcome.reject(), outcome.message());
        }
        return outcome.value();
    }
}
