package dev.kalshisim.sim.control.client;

/**
 * An account the control plane opened.
 *
 * @param memberId the member's id
 * @param apiKeyId the key id it signs with, sent as {@code KALSHI-ACCESS-KEY}
 * @param privateKeyPem the PKCS#1 private key the simulator generated, or {@code null} when the
 *     caller registered its own public key
 */
public record OpenedAccount(String memberId, String apiKeyId, String privateKeyPem) {

    /** Never shows the private key. */
    @Override
    public String toString() {
        return "OpenedAccount[member " + memberId + ", key " + apiKeyId + "]";
    }
}
