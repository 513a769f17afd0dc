package dev.kalshisim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the samples of a JFR recording fall: the methods most often on top of the stack (self
 * time), and the methods most often anywhere on it (inclusive time, each counted once per sample).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.kalshisim.bench.JfrTopFrames FILE.jfr [TOP]</pre>
 *
 * <p>Shares are of all Java execution samples in the recording (JFR samples threads running Java
 * code; time in the kernel's socket calls shows as the native frame that made them).
 */
public final class JfrTopFrames {

    private JfrTopFrames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTopFrames FILE.jfr [TOP]");
            System.exit(2);
        }
        summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25, System.out);
    }

    static void summarize(Path file, PrintStream out) throws IOException {
        summarize(file, 25, out);
    }

    static void summarize(Path file, int top, PrintStream out) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        out.printf(Locale.ROOT, "%s: %d execution samples%n", file.getFileName(), samples);
        print(out, "self (top of stack)", self, samples, top, false);
        print(out, "inclusive, dev.kalshisim frames", inclusive, samples, top, true);
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int samples, int top,
                              boolean oursOnly) {
        out.println("  " + title + ":");
        counts.entrySet().stream()
                .filter(entry -> !oursOnly || entry.getKey().startsWith("dev.kalshisim."))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * entry.getValue() / samples,
                        entry.getKey()));
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        if (method == null) {
            return "?";
        }
        return method.getType().getName() + "." + method.getName();
    }
}
