package dev.kalshisim.core.limits;

import dev.kalshisim.core.model.WireValue;

/** Which of a member's two independent token buckets a request spends from. */
public enum BucketKind implements WireValue {
    /** GETs and everything not routed to {@link #WRITE}. */
    READ("read"),
    /** Order entry (create, amend, decrease, cancel), order groups, RFQ quotes and the tier upgrade. */
    WRITE("write");

    private final String wire;

    BucketKind(String wire) {
        this.wire = wire;
    }

    /** The field name Kalshi uses for this bucket in {@code GET /account/limits}. */
    @Override
    public String wire() {
        return wire;
    }
}
