package dev.kalshisim.data.sample;

import dev.kalshisim.data.recording.RecordingFormat;
import dev.kalshisim.data.synthetic.L2Renderer;
import dev.kalshisim.data.synthetic.SyntheticRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where generated samples live: {@code <root>/<name>-v<generator version>}, generated on first use.
 * The root is, in order: the folder given, the system property {@value #PROPERTY}, the environment
 * variable {@value #ENV}, or {@code ~/.cache/kalshi-sim/samples}.
 *
 * <p>A sample is generated into a private temporary folder beside its final one and moved into place
 * in one step, so a reader never sees half a sample and two processes generating at once both end
 * up with the same, complete folder.
 */
public final class SampleCache {

    public static final String PROPERTY = "kalshisim.samples.dir";
    public static final String ENV = "KALSHI_SIM_SAMPLES";

    private final Path root;

    public SampleCache(Path root) {
        this.root = root;
    }

    /** The cache named by the property, the environment, or the default under the user's home. */
    public static SampleCache defaults() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new SampleCache(Path.of(property));
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new SampleCache(Path.of(env));
        }
        return new SampleCache(Path.of(System.getProperty("user.home"), ".cache", "kalshi-sim", "samples"));
    }

    public Path root() {
        return root;
    }

    /** Where {@code sample} is or will be. */
    public Path folder(Sample sample) {
        return root.resolve(sample.name() + "-v" + SyntheticRecording.GENERATOR_VERSION);
    }

    public boolean isGenerated(Sample sample) {
        return Files.isRegularFile(folder(sample).resolve(RecordingFormat.MANIFEST));
    }

    /** The sample's recording folder, generating it first if it is not there yet. */
    public Path ensure(Sample sample, L2Renderer.Progress progress) {
        Path target = folder(sample);
        if (isGenerated(sample)) {
            return target;
        }
        Path temp = root.resolve("." + sample.name() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        try {
            Files.createDirectories(root);
            deleteTree(temp);
            SyntheticRecording.generate(sample.scenario().get(), temp, progress);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Someone else finished the same sample first; theirs is byte-identical.
            deleteQuietly(temp);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot generate sample " + sample.name() + " into " + root + ": "
                    + e.getMessage(), e);
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless: the next run deletes it.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
