package dev.kalshisim.core.auth;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Checks a Kalshi request signature against one API key's public key, as the simulator's auth
 * filter does: the same message and RSA-PSS parameters as {@link RequestSigner}.
 *
 * <p>Bad input from the network is an expected outcome, so {@link #verify} answers {@code false}
 * for anything malformed (missing values, broken base64, wrong-length signatures) and never throws.
 * Checking the timestamp window is the caller's job. Thread-safe.
 */
public final class SignatureVerifier {

    private final PublicKey publicKey;

    /** A verifier for signatures made with the private half of {@code publicKey} (an RSA key). */
    public SignatureVerifier(PublicKey publicKey) {
        PssSignatures.requireRsa(publicKey, "publicKey");
        this.publicKey = publicKey;
    }

    /**
     * Returns whether {@code signatureBase64} signs {@code timestampMillis + METHOD + path} (query
     * stripped, method upper-cased) under this verifier's key.
     */
    public boolean verify(long timestampMillis, String method, String path, String signatureBase64) {
        if (method == null || method.isEmpty() || path == null || path.isEmpty() || signatureBase64 == null) {
            return false;
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException malformedBase64) {
            return false;
        }
        try {
            Signature signature = PssSignatures.newSignature();
            signature.initVerify(publicKey);
            signature.update(PssSignatures.message(timestampMillis, method, path));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length or encoding is a forged or garbled request, not our failure.
            return false;
        }
    }

    @Override
    public String toString() {
        return "SignatureVerifier[RSASSA-PSS SHA-256]";
    }
}
