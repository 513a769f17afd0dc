package dev.kalshisim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recorder recording of this JVM's execution samples, taken while a measured run
 * loads the simulator in it; written to a {@code .jfr} file that {@code jfr print} and
 * {@link JfrTopFrames} read.
 */
final class Profile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts sampling every running Java thread each 10 ms (JFR's profiling setting is 10-20 ms). */
    static Profile start(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.GarbageCollection");
        recording.enable("jdk.ObjectAllocationSample");
        recording.start();
        return new Profile(recording, file);
    }

    @Override
    public void close() throws IOException {
        recording.stop();
        recording.dump(file);
        recording.close();
    }
}
