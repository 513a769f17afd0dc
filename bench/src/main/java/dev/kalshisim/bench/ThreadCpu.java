package dev.kalshisim.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of this JVM's threads between two moments, by thread group (a name with its trailing
 * numbers cut, so Jetty's pool threads add up as one): what JFR's execution samples do not show,
 * such as time in socket calls; the process's CPU minus the sum is the JVM's own threads (GC, JIT).
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    /** Takes the first snapshot. */
    ThreadCpu() {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                startNanos.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
    }

    /** Prints each group's CPU since the snapshot, per request, against the process's total. */
    void print(PrintStream out, long processCpuNanos, long requests) {
        Map<String, Long> byGroup = new HashMap<>();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = now - startNanos.getOrDefault(info.getThreadId(), 0L);
            sum += used;
            byGroup.merge(info.getThreadName().replaceAll("[-#0-9]+$", ""), used, Long::sum);
        }
        long perRequest = Math.max(1, requests);
        out.printf(Locale.ROOT, "  CPU by thread group (us per request; process total %.1f):%n",
                processCpuNanos / 1_000.0 / perRequest);
        byGroup.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(entry -> out.printf(Locale.ROOT, "    %8.1f  %s%n", entry.getValue() / 1_000.0 / perRequest,
                        entry.getKey()));
        out.printf(Locale.ROOT, "    %8.1f  (not Java threads: GC, JIT compiler, VM)%n",
                (processCpuNanos - sum) / 1_000.0 / perRequest);
    }
}
