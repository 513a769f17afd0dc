package dev.kalshisim.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final String KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c";
    private static final String PEM = PemKeys.writePrivateKeyPkcs1(TestKeys.FIRST.getPrivate());

    @Test
    void loadsFromPemText() {
        Credentials credentials = Credentials.fromPem(KEY_ID, PEM);

        assertThat(credentials.keyId()).isEqualTo(KEY_ID);
        assertThat(credentials.privateKey().getEncoded()).isEqualTo(TestKeys.FIRST.getPrivate().getEncoded());
    }

    @Test
    void loadsFromFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, PEM, StandardCharsets.UTF_8);

        assertThat(Credentials.fromFile(KEY_ID, file).privateKey().getEncoded())
                .isEqualTo(TestKeys.FIRST.getPrivate().getEncoded());
    }

    @Test
    void loadsFromEnvironmentPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, PEM, StandardCharsets.UTF_8);

        Credentials credentials = Credentials.fromEnvironment(Map.of(
                Credentials.ENV_KEY_ID, KEY_ID, Credentials.ENV_PRIVATE_KEY_PATH, file.toString()));

        assertThat(credentials.keyId()).isEqualTo(KEY_ID);
    }

    @Test
    void loadsFromEnvironmentPemContentEvenWithEscapedNewlines() throws Exception {
        Credentials plain = Credentials.fromEnvironment(Map.of(Credentials.ENV_KEY_ID, KEY_ID, Credentials.ENV_PRIVATE_KEY, PEM));
        Credentials escaped = Credentials.fromEnvironment(Map.of(
                Credentials.ENV_KEY_ID, KEY_ID, Credentials.ENV_PRIVATE_KEY, PEM.replace("\n", "\\n")));

        assertThat(plain).isEqualTo(escaped);
    }

    @Test
    void environmentProblemsNameTheVariableNotTheValue() {
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(Credentials.ENV_PRIVATE_KEY, PEM)))
                .hasMessageContaining("KALSHI_API_KEY_ID")
                .hasMessageNotContaining("BEGIN");
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(Credentials.ENV_KEY_ID, KEY_ID)))
                .hasMessageContaining("KALSHI_PRIVATE_KEY_PATH")
                .hasMessageContaining("KALSHI_PRIVATE_KEY");
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(
                Credentials.ENV_KEY_ID, KEY_ID, Credentials.ENV_PRIVATE_KEY, PEM, Credentials.ENV_PRIVATE_KEY_PATH, "/k.pem")))
                .hasMessageContaining("only one")
                .hasMessageNotContaining("BEGIN");
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(Credentials.ENV_KEY_ID, KEY_ID, Credentials.ENV_PRIVATE_KEY, "oops")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsTheKey() {
        String text = Credentials.fromPem(KEY_ID, PEM).toString();
        String encoded = Base64.getEncoder().encodeToString(TestKeys.FIRST.getPrivate().getEncoded());

        assertThat(text).contains(KEY_ID).contains("redacted").contains("2048-bit");
        assertThat(text).doesNotContain(encoded.substring(40, 60)).doesNotContain("BEGIN").hasSizeLessThan(120);
    }

    @Test
    void signerSignsForTheKey() {
        Credentials credentials = Credentials.fromPem(KEY_ID, PEM);
        String signature = credentials.signer().sign(1L, "GET", "/trade-api/v2/portfolio/balance");

        assertThat(new SignatureVerifier(PemKeys.publicKeyOf(credentials.privateKey()))
                .verify(1L, "GET", "/trade-api/v2/portfolio/balance", signature)).isTrue();
    }

    @Test
    void blankKeyIdIsRejected() {
        assertThatThrownBy(() -> Credentials.fromPem("", PEM)).hasMessageContaining("keyId");
    }
}
