package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.ErrorDetail;
import dev.kalshisim.core.wire.stream.ErrorReply;
import dev.kalshisim.core.wire.stream.StreamErrorCode;

/**
 * Why a command was refused: a Kalshi error code and, when it is about one market, that market.
 *
 * @param marketTicker the market named by ticker, or {@code null}
 * @param marketId the market named by id, or {@code null}
 */
record Rejection(StreamErrorCode code, String marketTicker, String marketId) {

    static Rejection of(StreamErrorCode code) {
        return new Rejection(code, null, null);
    }

    static Rejection forTicker(StreamErrorCode code, String ticker) {
        return new Rejection(code, ticker, null);
    }

    static Rejection forMarketId(StreamErrorCode code, String marketId) {
        return new Rejection(code, null, marketId);
    }

    /** The {@code error} reply to command {@code id} (no id when 0), with Kalshi's wording. */
    ErrorReply toReply(long id) {
        return new ErrorReply(CommandIds.orNull(id), new ErrorDetail(code.code(), code.text(), marketId, marketTicker));
    }
}
