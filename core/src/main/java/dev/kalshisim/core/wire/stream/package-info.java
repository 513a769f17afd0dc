/**
 * Kalshi's WebSocket messages (kalshi-api.md section 13, {@code kalshi-asyncapi.yaml}) as records,
 * shared by the client, which reads server messages and writes commands, and the simulator's feed,
 * which reads commands and writes server messages.
 *
 * <p>Field names follow the wire names (Java camel case, JSON snake case through
 * {@code @JsonProperty}); fixed-point fields use {@code core.model}'s {@code Price}, {@code Count}
 * and {@code Money}. A {@code null} component means the key is absent on the wire. Records check in
 * their constructors only the fields the client's correctness depends on (an order-book delta
 * without a price is refused); everything else is taken as sent, so a new or missing optional field
 * never breaks a stream. {@link dev.kalshisim.core.wire.stream.StreamCodec} turns JSON text into
 * these records and back.
 */
package dev.kalshisim.core.wire.stream;
