package dev.kalshisim.sim.server.http;

/**
 * A response body that is already JSON text, written byte for byte: for bodies whose exact
 * spelling matters (the 429 body) or that another component serializes (the cost table).
 */
public record RawJson(String json) {
}
