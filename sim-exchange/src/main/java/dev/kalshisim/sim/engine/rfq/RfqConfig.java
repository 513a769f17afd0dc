package dev.kalshisim.sim.engine.rfq;

import dev.kalshisim.sim.engine.fee.BlockTradeFees;
import java.time.Duration;
import java.util.Objects;

/**
 * The RFQ timings and fee rule. Kalshi publishes neither the RFQ lifetime nor the execution timer
 * nor its block-trade fee rule (docs/fidelity.md, RFQs and block trades), so each is a setting.
 *
 * @param rfqLifetime how long an RFQ stays open without a trade before it expires
 * @param confirmWindow how long a quoter has to confirm an accepted quote (Kalshi's FIX guide: 30 s)
 * @param executionDelay from confirmation to execution (Kalshi starts "a timer for order execution"); zero executes at once
 * @param fees who pays which trading fee on the block trade
 * @param maxOpenRfqs open RFQs a member may have at a time (Kalshi: 100)
 */
public record RfqConfig(Duration rfqLifetime, Duration confirmWindow, Duration executionDelay, BlockTradeFees fees,
                        int maxOpenRfqs) {

    public RfqConfig {
        Objects.requireNonNull(rfqLifetime, "rfqLifetime");
        Objects.requireNonNull(confirmWindow, "confirmWindow");
        Objects.requireNonNull(executionDelay, "executionDelay");
        Objects.requireNonNull(fees, "fees");
        if (rfqLifetime.isNegative() || rfqLifetime.isZero() || confirmWindow.isNegative() || confirmWindow.isZero()
                || executionDelay.isNegative()) {
            throw new IllegalArgumentException("RFQ lifetime and confirm window must be positive, the delay not negative");
        }
        if (maxOpenRfqs < 1) {
            throw new IllegalArgumentException("maxOpenRfqs must be at least 1, got " + maxOpenRfqs);
        }
    }

    /** RFQs live 30 minutes, quoters confirm within 30 s, execution follows confirmation at once, book-style fees. */
    public static RfqConfig defaults() {
        return new RfqConfig(Duration.ofMinutes(30), Duration.ofSeconds(30), Duration.ZERO,
                BlockTradeFees.TAKER_AND_MAKER, 100);
    }

    public RfqConfig withRfqLifetime(Duration value) {
        return new RfqConfig(value, confirmWindow, executionDelay, fees, maxOpenRfqs);
    }

    public RfqConfig withConfirmWindow(Duration value) {
        return new RfqConfig(rfqLifetime, value, executionDelay, fees, maxOpenRfqs);
    }

    public RfqConfig withExecutionDelay(Duration value) {
        return new RfqConfig(rfqLifetime, confirmWindow, value, fees, maxOpenRfqs);
    }

    public RfqConfig withFees(BlockTradeFees value) {
        return new RfqConfig(rfqLifetime, confirmWindow, executionDelay, value, maxOpenRfqs);
    }

    public RfqConfig withMaxOpenRfqs(int value) {
        return new RfqConfig(rfqLifetime, confirmWindow, executionDelay, fees, value);
    }
}
