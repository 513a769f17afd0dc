package dev.kalshisim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.data.recording.RecordingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocationTest {

    @TempDir
    Path temp;

    @Test
    void aRecordingsFolderIsTakenAsItIs() throws IOException {
        Files.writeString(temp.resolve("manifest.json"), "{}");
        assertThat(DataLocation.resolve(temp.toString())).isEqualTo(temp);
    }

    @Test
    void whatNamesNoFolderIsOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        assertThatThrownBy(() -> DataLocation.resolve(temp.resolve("nope").toString()))
                .isInstanceOf(RecordingException.class).hasMessageStartingWith("no such folder: ").hasMessageEndingWith("nope");
        assertThatThrownBy(() -> DataLocation.resolve(file.toString())).hasMessageStartingWith("not a folder: ")
                .hasMessageEndingWith("file.txt");
        assertThatThrownBy(() -> DataLocation.resolve(" ")).hasMessageStartingWith("no recording named");
    }
}
