package dev.kalshisim.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemKeysTest {

    private static final KeyPair PAIR = TestKeys.FIRST;

    @Test
    void pkcs1PrivateKeyWrittenByBouncyCastleLoads() throws Exception {
        String pem = bcPem(PAIR.getPrivate());

        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertSameKey(PemKeys.readPrivateKey(pem), PAIR.getPrivate());
    }

    @Test
    void pkcs8PrivateKeyWrittenByBouncyCastleLoads() throws Exception {
        String pem = bcPem(new JcaPKCS8Generator(PAIR.getPrivate(), null).generate());

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertSameKey(PemKeys.readPrivateKey(pem), PAIR.getPrivate());
    }

    @Test
    void privateKeyRoundTripsThroughBothOwnEncodings() {
        String pkcs1 = PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate());
        String pkcs8 = PemKeys.writePrivateKeyPkcs8(PAIR.getPrivate());

        assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----").contains("-----END RSA PRIVATE KEY-----");
        assertThat(pkcs8).startsWith("-----BEGIN PRIVATE KEY-----").contains("-----END PRIVATE KEY-----");
        assertSameKey(PemKeys.readPrivateKey(pkcs1), PAIR.getPrivate());
        assertSameKey(PemKeys.readPrivateKey(pkcs8), PAIR.getPrivate());
    }

    @Test
    void ownPkcs1MatchesBouncyCastlePkcs1() throws Exception {
        assertThat(normalize(PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate()))).isEqualTo(normalize(bcPem(PAIR.getPrivate())));
    }

    @Test
    void privateKeyLoadsFromFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kalshi.key");
        Files.writeString(file, PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate()), StandardCharsets.UTF_8);

        assertSameKey(PemKeys.readPrivateKey(file), PAIR.getPrivate());
    }

    @Test
    void keyAfterACertificateInTheSameTextIsFound() throws Exception {
        String bundle = certificatePem() + PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate());

        assertSameKey(PemKeys.readPrivateKey(bundle), PAIR.getPrivate());
    }

    @Test
    void subjectPublicKeyInfoLoadsAndMatchesWrittenForm() throws Exception {
        String ours = PemKeys.writePublicKey(PAIR.getPublic());

        assertThat(ours).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(normalize(ours)).isEqualTo(normalize(bcPem(PAIR.getPublic())));
        assertThat(PemKeys.readPublicKey(ours)).isEqualTo(PAIR.getPublic());
    }

    @Test
    void pkcs1PublicKeyLoads() throws Exception {
        byte[] pkcs1 = SubjectPublicKeyInfo.getInstance(PAIR.getPublic().getEncoded()).parsePublicKey().getEncoded();
        String pem = pem("RSA PUBLIC KEY", pkcs1);

        assertThat(PemKeys.readPublicKey(pem)).isEqualTo(PAIR.getPublic());
    }

    @Test
    void publicKeyIsDerivedFromPrivateKey() {
        RSAPublicKey derived = PemKeys.publicKeyOf(PemKeys.readPrivateKey(PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate())));

        assertThat(derived).isEqualTo(PAIR.getPublic());
    }

    @Test
    void generatedPairIs2048BitRsaAndRepeatableFromASeed() {
        KeyPair again = PemKeys.generateRsaKeyPair(TestKeys.seeded(1));

        assertThat(((RSAPublicKey) again.getPublic()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(again.getPublic()).isEqualTo(PAIR.getPublic());
    }

    @Test
    void emptyTextIsRejected() {
        assertRejected("", "empty");
        assertRejected("  \n\t ", "empty");
        assertThatThrownBy(() -> PemKeys.readPrivateKey((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textWithoutAPemBlockIsRejected() {
        assertRejected("this is not a key", "no -----BEGIN");
    }

    @Test
    void certificateIsRejectedAsNotAPrivateKey() throws Exception {
        assertRejected(certificatePem(), "certificate");
    }

    @Test
    void publicKeyIsRejectedAsNotAPrivateKey() {
        assertRejected(PemKeys.writePublicKey(PAIR.getPublic()), "a public key");
    }

    @Test
    void privateKeyIsRejectedAsNotAPublicKey() {
        String pem = PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate());

        assertThatThrownBy(() -> PemKeys.readPublicKey(pem))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a private key")
                .hasMessageContaining("BEGIN PUBLIC KEY");
    }

    @Test
    void truncatedBlockIsRejectedWithoutEchoingKeyMaterial() {
        String pem = PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate());
        String truncated = pem.substring(0, pem.length() / 2);

        assertRejected(truncated, "malformed");
    }

    @Test
    void corruptBodyIsRejected() throws Exception {
        String pem = PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate());
        String[] lines = pem.split("\n");
        lines[3] = "!!!!" + lines[3].substring(4);
        assertRejected(String.join("\n", lines), "malformed");

        // Valid base64 that is not an RSAPrivateKey structure.
        String junk = pem("RSA PRIVATE KEY", "not an ASN.1 structure at all".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PemKeys.readPrivateKey(junk))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void nonRsaPrivateKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, TestKeys.seeded(3));
        PrivateKey ec = generator.generateKeyPair().getPrivate();

        assertThatThrownBy(() -> PemKeys.readPrivateKey(pem("PRIVATE KEY", ec.getEncoded())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not RSA but EC");
        assertThatThrownBy(() -> PemKeys.writePrivateKeyPkcs1(ec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("algorithm EC");
    }

    private static void assertRejected(String pem, String expectedFragment) {
        assertThatThrownBy(() -> PemKeys.readPrivateKey(pem))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedFragment)
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getCause()).isNull())
                .satisfies(e -> assertNoKeyMaterial(e.getMessage()));
    }

    private static void assertNoKeyMaterial(String message) {
        String body = Base64.getEncoder().encodeToString(PAIR.getPrivate().getEncoded());
        for (int start = 0; start + 16 <= body.length(); start += 16) {
            assertThat(message).doesNotContain(body.substring(start, start + 16));
        }
        for (String line : PemKeys.writePrivateKeyPkcs1(PAIR.getPrivate()).split("\n")) {
            if (!line.startsWith("-----")) {
                assertThat(message).doesNotContain(line.substring(0, 16));
            }
        }
    }

    private static void assertSameKey(RSAPrivateKey actual, PrivateKey expected) {
        assertThat(actual.getEncoded()).isEqualTo(expected.getEncoded());
    }

    private static String certificatePem() throws Exception {
        X500Name name = new X500Name("CN=kalshi-sim test");
        X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                new Date(1_700_000_000_000L), new Date(1_800_000_000_000L), name, PAIR.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(PAIR.getPrivate()));
        return pem("CERTIFICATE", certificate.getEncoded());
    }

    private static String bcPem(Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static String pem(String type, byte[] der) throws Exception {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        }
        return text.toString();
    }

    private static String normalize(String pem) {
        return pem.replace("\r\n", "\n").strip();
    }
}
