package dev.kalshisim.core.limits;

import java.util.Objects;

/**
 * The read and write bucket limits of one tier.
 *
 * @param read limit of the {@link BucketKind#READ} bucket
 * @param write limit of the {@link BucketKind#WRITE} bucket
 */
public record TierLimits(BucketLimit read, BucketLimit write) {

    public TierLimits {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
    }

    /** The limit of the bucket of the given kind. */
    public BucketLimit of(BucketKind kind) {
        return switch (kind) {
            case READ -> read;
            case WRITE -> write;
        };
    }
}
