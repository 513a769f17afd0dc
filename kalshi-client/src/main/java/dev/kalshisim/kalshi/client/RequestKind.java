package dev.kalshisim.kalshi.client;

/**
 * What a request does, which decides how it may be retried and where it queues in the throttle.
 *
 * <p>Retry rules (see {@link RetryRules}): reads and idempotent writes are retried on 429, 5xx and
 * connection failures; other writes only when the failure shows they were not applied; order
 * creates go through {@link OrderCreateGuard}, which reconciles before retrying.
 */
enum RequestKind {
    /** A GET: safe to repeat. */
    READ,
    /** Single, batch or all-order cancel: repeating it leaves the same state, and it jumps the write queue. */
    CANCEL,
    /** An order create: retried only with a client order id and after reconciling. */
    ORDER_CREATE,
    /** A write whose repetition leaves the same state, such as a decrease to an absolute size. */
    IDEMPOTENT_WRITE,
    /** Any other write (amend, decrease by, batch create, usage-level upgrade). */
    WRITE;

    /** Whether repeating the request after an ambiguous failure is harmless. */
    boolean repeatable() {
        return this == READ || this == CANCEL || this == IDEMPOTENT_WRITE;
    }
}
