package dev.kalshisim.core.auth;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.function.Function;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Reads and writes RSA keys as PEM text, and generates them.
 *
 * <p>Private keys are read in PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what Kalshi's dashboard
 * issues) and PKCS#8 ({@code BEGIN PRIVATE KEY}); public keys in SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}) and PKCS#1 ({@code BEGIN RSA PUBLIC KEY}). Bouncy Castle only parses
 * the PEM and ASN.1; the key objects come from the JDK's own {@code RSA} key factory, and Bouncy
 * Castle is never registered as a JCE provider.
 *
 * <p>Malformed input fails with an {@link IllegalArgumentException} whose one-line message says
 * what was wrong and never contains key material. Stateless and thread-safe.
 */
public final class PemKeys {

    /** The RSA modulus size the simulator generates, in bits. */
    public static final int GENERATED_KEY_BITS = 2048;

    private static final String PRIVATE_KEY_FORMS = "BEGIN RSA PRIVATE KEY (PKCS#1) or BEGIN PRIVATE KEY (PKCS#8)";
    private static final String PUBLIC_KEY_FORMS = "BEGIN PUBLIC KEY (SubjectPublicKeyInfo) or BEGIN RSA PUBLIC KEY (PKCS#1)";

    private PemKeys() {
    }

    /** Reads the first RSA private key in {@code pem}, in PKCS#1 or PKCS#8 form. */
    public static RSAPrivateKey readPrivateKey(String pem) {
        PrivateKeyInfo info = firstOf(pem, "private key", PRIVATE_KEY_FORMS, PemKeys::asPrivateKeyInfo);
        PrivateKey key;
        try {
            key = converter().getPrivateKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable PEM private key: the key structure is invalid ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!(key instanceof RSAPrivateKey rsa)) {
            throw new IllegalArgumentException("PEM private key is not RSA but " + key.getAlgorithm());
        }
        return rsa;
    }

    /** Reads the RSA private key stored as PEM in the UTF-8 file at {@code file}. */
    public static RSAPrivateKey readPrivateKey(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return readPrivateKey(pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (file " + file + ")");
        }
    }

    /** Reads the first RSA public key in {@code pem}, in SubjectPublicKeyInfo or PKCS#1 form. */
    public static RSAPublicKey readPublicKey(String pem) {
        SubjectPublicKeyInfo info = firstOf(pem, "public key", PUBLIC_KEY_FORMS,
                parsed -> parsed instanceof SubjectPublicKeyInfo spki ? spki : null);
        PublicKey key;
        try {
            key = converter().getPublicKey(info);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable PEM public key: the key structure is invalid ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("PEM public key is not RSA but " + key.getAlgorithm());
        }
        return rsa;
    }

    /** Derives the public key from an RSA private key that carries its CRT parameters (every PEM key does). */
    public static RSAPublicKey publicKeyOf(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("cannot derive a public key: need an RSA private key with CRT parameters, got "
                    + (privateKey == null ? "null" : privateKey.getAlgorithm() + " " + privateKey.getClass().getSimpleName()));
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's RSA key factory failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Writes an RSA private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), the form Kalshi hands out. */
    public static String writePrivateKeyPkcs1(PrivateKey privateKey) {
        PssSignatures.requireRsa(privateKey, "privateKey");
        try {
            // A JDK RSA key encodes as PKCS#8, whose payload is exactly the PKCS#1 RSAPrivateKey structure.
            byte[] pkcs1 = PrivateKeyInfo.getInstance(pkcs8Of(privateKey)).parsePrivateKey().toASN1Primitive().getEncoded();
            return pem("RSA PRIVATE KEY", pkcs1);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot re-encode the private key as PKCS#1 (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Writes a private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public static String writePrivateKeyPkcs8(PrivateKey privateKey) {
        PssSignatures.requireRsa(privateKey, "privateKey");
        return pem("PRIVATE KEY", pkcs8Of(privateKey));
    }

    /** Writes a public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}), the form {@code POST /api_keys} uploads. */
    public static String writePublicKey(PublicKey publicKey) {
        PssSignatures.requireRsa(publicKey, "publicKey");
        byte[] spki = publicKey.getEncoded();
        if (spki == null || !"X.509".equals(publicKey.getFormat())) {
            throw new IllegalArgumentException("public key cannot be encoded as SubjectPublicKeyInfo, format " + publicKey.getFormat());
        }
        return pem("PUBLIC KEY", spki);
    }

    /** Generates a {@value #GENERATED_KEY_BITS}-bit RSA key pair from {@code random} (a seeded one gives the same pair). */
    public static KeyPair generateRsaKeyPair(SecureRandom random) {
        if (random == null) {
            throw new IllegalArgumentException("random must not be null");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(GENERATED_KEY_BITS, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys: " + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] pkcs8Of(PrivateKey privateKey) {
        byte[] encoded = privateKey.getEncoded();
        if (encoded == null || !"PKCS#8".equals(privateKey.getFormat())) {
            throw new IllegalArgumentException("private key cannot be encoded as PKCS#8, format " + privateKey.getFormat());
        }
        return encoded;
    }

    private static String pem(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static PrivateKeyInfo asPrivateKeyInfo(Object parsed) {
        if (parsed instanceof PrivateKeyInfo info) {
            return info;
        }
        if (parsed instanceof PEMKeyPair pair) {
            return pair.getPrivateKeyInfo();
        }
        return null;
    }

    /**
     * Parses PEM blocks in order and returns the first one {@code pick} accepts, so a bundle with a
     * certificate before the key still works; otherwise says what was found instead.
     */
    private static <T> T firstOf(String pem, String wanted, String forms, Function<Object, T> pick) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("no PEM " + wanted + ": the text is empty; expected " + forms);
        }
        String firstOther = null;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed;
            while ((parsed = parser.readObject()) != null) {
                T picked = pick.apply(parsed);
                if (picked != null) {
                    return picked;
                }
                if (firstOther == null) {
                    firstOther = describe(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle's own message may quote the offending text, so only its type is reported.
            throw new IllegalArgumentException("malformed PEM " + wanted + ": truncated block or corrupt base64/ASN.1 ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (firstOther == null) {
            throw new IllegalArgumentException("no PEM " + wanted + " found: the text has no -----BEGIN ...----- block; expected " + forms);
        }
        throw new IllegalArgumentException("no PEM " + wanted + " found: got " + firstOther + "; expected " + forms);
    }

    private static String describe(Object parsed) {
        if (parsed instanceof X509CertificateHolder) {
            return "a certificate (BEGIN CERTIFICATE)";
        }
        if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            return "an encrypted private key, which is not supported (decrypt it first)";
        }
        if (parsed instanceof SubjectPublicKeyInfo) {
            return "a public key";
        }
        if (parsed instanceof PrivateKeyInfo || parsed instanceof PEMKeyPair) {
            return "a private key";
        }
        return "an unsupported PEM object (" + parsed.getClass().getSimpleName() + ")";
    }

    private static JcaPEMKeyConverter converter() {
        // No setProvider(...): key objects come from the JDK's providers, so BC stays unregistered.
        return new JcaPEMKeyConverter();
    }
}
