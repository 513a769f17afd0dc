package dev.kalshisim.sim.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the SDK suite finds node and npm, and when it may skip. */
@Timeout(30)
class NodeToolchainTest {

    @TempDir
    Path bin;

    @Test
    void missingNodeOrNpmIsReportedWithTheInstallHint() throws IOException {
        fakeExecutable("npm", "echo 10.0.0");

        StringBuilder whyNot = new StringBuilder();
        Optional<NodeToolchain> toolchain = NodeToolchain.locate(bin.toString(), whyNot);

        assertThat(toolchain).isEmpty();
        assertThat(whyNot.toString()).contains("node=none").contains("npm=" + bin.resolve("npm"))
                .contains("nodejs and npm");
    }

    @Test
    void nodeOlderThanTheMinimumIsRefused() throws IOException {
        fakeExecutable("node", "echo v16.20.2");
        fakeExecutable("npm", "echo 8.19.4");

        StringBuilder whyNot = new StringBuilder();

        assertThat(NodeToolchain.locate(bin.toString(), whyNot)).isEmpty();
        assertThat(whyNot.toString()).contains("v16.20.2").contains("18 or newer");
    }

    @Test
    void supportedNodeAndNpmAreFoundOnThePath() throws IOException {
        fakeExecutable("node", "echo v20.19.2");
        fakeExecutable("npm", "echo 9.2.0");

        Optional<NodeToolchain> toolchain = NodeToolchain.locate(
                bin.resolve("empty") + File.pathSeparator + bin, new StringBuilder());

        assertThat(toolchain).hasValueSatisfying(found -> {
            assertThat(found.node()).isEqualTo(bin.resolve("node"));
            assertThat(found.npm()).isEqualTo(bin.resolve("npm"));
            assertThat(found.nodeVersion()).isEqualTo("v20.19.2");
        });
    }

    @Test
    void majorVersionReadsNodeVersionStrings() {
        assertThat(NodeToolchain.majorVersion("v18.19.0")).isEqualTo(18);
        assertThat(NodeToolchain.majorVersion("22")).isEqualTo(22);
        assertThat(NodeToolchain.majorVersion("not a version")).isEqualTo(-1);
    }

    @Test
    void onlyCiTrueForbidsSkipping() {
        assertThat(OfficialTypeScriptSdkIT.mustNotSkip("true")).isTrue();
        assertThat(OfficialTypeScriptSdkIT.mustNotSkip("TRUE")).isTrue();
        assertThat(OfficialTypeScriptSdkIT.mustNotSkip(null)).isFalse();
        assertThat(OfficialTypeScriptSdkIT.mustNotSkip("false")).isFalse();
    }

    private void fakeExecutable(String name, String body) throws IOException {
        assumeTrue(bin.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs a POSIX shell");
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
