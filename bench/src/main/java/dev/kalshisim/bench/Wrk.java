package dev.kalshisim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the {@code wrk} load generator and reads its printout. */
final class Wrk {

    /** What one wrk run reported. Latencies in microseconds; {@code statuses} only when the script counted them. */
    record Result(double requestsPerSecond, long requests, double p50Micros, double p99Micros, long non2xx,
                  long socketErrors, Map<Integer, Long> statuses, String output) {

        long status(int code) {
            return statuses.getOrDefault(code, 0L);
        }
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern STATUS = Pattern.compile("^status (\\d+) (\\d+)$", Pattern.MULTILINE);

    private final String executable;
    private final int threads;
    private final int connections;

    Wrk(String executable, int threads, int connections) {
        this.executable = executable;
        this.threads = threads;
        this.connections = connections;
    }

    /** Runs {@code script} against {@code url} for {@code seconds}, with the latency distribution. */
    Result run(String url, Path script, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable, "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--latency", "-s", script.toString(), url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("wrk exited with " + exit + ":\n" + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher total = TOTAL.matcher(output);
        if (!rate.find() || !total.find()) {
            throw new IllegalStateException("not a wrk printout:\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double micros = micros(Double.parseDouble(percentile.group(2)), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                p50 = micros;
            } else {
                p99 = micros;
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        long errors = 0;
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        Matcher status = STATUS.matcher(output);
        while (status.find()) {
            statuses.put(Integer.parseInt(status.group(1)), Long.parseLong(status.group(2)));
        }
        return new Result(Double.parseDouble(rate.group(1)), Long.parseLong(total.group(1)), p50, p99,
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, errors, statuses, output);
    }

    private static double micros(double value, String unit) {
        return switch (unit) {
            case "us" -> value;
            case "ms" -> value * 1_000;
            default -> value * 1_000_000;
        };
    }
}
