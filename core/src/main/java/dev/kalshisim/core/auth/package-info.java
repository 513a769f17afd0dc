/**
 * Kalshi API-key authentication: PEM key handling ({@link dev.kalshisim.core.auth.PemKeys}),
 * RSA-PSS request signing ({@link dev.kalshisim.core.auth.RequestSigner}) and its verifier for the
 * simulator ({@link dev.kalshisim.core.auth.SignatureVerifier}), the three
 * {@code KALSHI-ACCESS-*} headers, and {@link dev.kalshisim.core.auth.Credentials}.
 *
 * <p>Only the JDK's {@code RSASSA-PSS} signs and verifies; Bouncy Castle parses PEM and is never
 * registered as a JCE provider. No message or log line contains key material.
 */
package dev.kalshisim.core.auth;
