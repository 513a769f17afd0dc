package dev.kalshisim.core.runtime;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a strategy may not place new orders: half-open windows {@code [start, end)}, such as
 * the five minutes before a scheduled weather-model run or economic data release, when bots trade
 * on half-updated inputs. Cancels and decreases stay allowed: they only reduce risk.
 *
 * <p>Windows are one-off ({@link #beforeReleases}) or daily at a local time in a zone
 * ({@link #dailyBefore}), so "every day five minutes before 08:30 New York time" survives
 * daylight-saving changes. Immutable and thread-safe; reads no clock (callers pass the time).
 */
public final class BlackoutSchedule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BlackoutSchedule NONE = new BlackoutSchedule(List.of(), List.of());

    private final List<Window> fixed;
    private final List<Daily> daily;

    private BlackoutSchedule(List<Window> fixed, List<Daily> daily) {
        this.fixed = List.copyOf(fixed);
        this.daily = List.copyOf(daily);
    }

    /** No blackout at all. */
    public static BlackoutSchedule none() {
        return NONE;
    }

    /** Exactly these windows. */
    public static BlackoutSchedule of(List<Window> windows) {
        return new BlackoutSchedule(windows, List.of());
    }

    /** One window of {@code lead} ending at each release time. */
    public static BlackoutSchedule beforeReleases(List<Instant> releases, Duration lead) {
        long leadNanos = requireLead(lead);
        List<Window> windows = new ArrayList<>(releases.size());
        for (Instant release : releases) {
            long end = epochNanos(release);
            windows.add(new Window(Math.subtractExact(end, leadNanos), end));
        }
        return new BlackoutSchedule(windows, List.of());
    }

    /**
     * Every day, one window of {@code lead} (at most a day) ending at each local time in
     * {@code zone}.
     */
    public static BlackoutSchedule dailyBefore(List<LocalTime> times, ZoneId zone, Duration lead) {
        long leadNanos = requireLead(lead);
        if (leadNanos > Duration.ofDays(1).toNanos()) {
            throw new IllegalArgumentException("a daily blackout lead must be at most a day: " + lead);
        }
        List<Daily> entries = new ArrayList<>(times.size());
        for (LocalTime time : times) {
            entries.add(new Daily(time, zone, leadNanos));
        }
        return new BlackoutSchedule(List.of(), entries);
    }

    /**
     * Reads release times as written on a command line: an ISO instant ({@code 2026-12-05T13:30:00Z})
     * is one release, a local time ({@code 08:30} or {@code 08:30:15}) a daily release in
     * {@code zone}; each gets a window of {@code lead} before it.
     *
     * @throws IllegalArgumentException naming the text that is neither
     */
    public static BlackoutSchedule parse(List<String> releases, Duration lead, ZoneId zone) {
        List<Instant> instants = new ArrayList<>();
        List<LocalTime> times = new ArrayList<>();
        for (String text : releases) {
            String trimmed = text.strip();
            try {
                if (trimmed.contains("T")) {
                    instants.add(Instant.parse(trimmed));
                } else {
                    times.add(LocalTime.parse(trimmed));
                }
            } catch (DateTimeException bad) {
                throw new IllegalArgumentException("a blackout release must be an instant like 2026-12-05T13:30:00Z "
                        + "or a daily time like 08:30, got \"" + text + "\"");
            }
        }
        return beforeReleases(instants, lead).plus(dailyBefore(times, zone, lead));
    }

    /** This schedule and {@code other} together. */
    public BlackoutSchedule plus(BlackoutSchedule other) {
        List<Window> windows = new ArrayList<>(fixed);
        windows.addAll(other.fixed);
        List<Daily> entries = new ArrayList<>(daily);
        entries.addAll(other.daily);
        return new BlackoutSchedule(windows, entries);
    }

    /** Whether new orders are blocked at {@code epochNanos}. */
    public boolean isBlackedOut(long epochNanos) {
        return windowAt(epochNanos).isPresent();
    }

    /** The window {@code epochNanos} falls in, if any (the first found when windows overlap). */
    public Optional<Window> windowAt(long epochNanos) {
        for (Window window : fixed) {
            if (window.contains(epochNanos)) {
                return Optional.of(window);
            }
        }
        for (Daily entry : daily) {
            Optional<Window> window = entry.windowAt(epochNanos);
            if (window.isPresent()) {
                return window;
            }
        }
        return Optional.empty();
    }

    /** Whether the schedule never blocks anything. */
    public boolean isEmpty() {
        return fixed.isEmpty() && daily.isEmpty();
    }

    @Override
    public String toString() {
        return "BlackoutSchedule[fixed=" + fixed + ", daily=" + daily + "]";
    }

    private static long requireLead(Duration lead) {
        if (lead == null || lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("a blackout lead must be positive: " + lead);
        }
        return lead.toNanos();
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /**
     * One blackout window in epoch nanos.
     *
     * @param startNanos first blocked instant
     * @param endNanos   first instant allowed again, after {@code startNanos}
     */
    public record Window(long startNanos, long endNanos) {

        public Window {
            if (endNanos <= startNanos) {
                throw new IllegalArgumentException(
                        "a blackout window must end after it starts: [" + startNanos + ", " + endNanos + ")");
            }
        }

        /** Whether {@code epochNanos} is in {@code [start, end)}. */
        public boolean contains(long epochNanos) {
            return epochNanos >= startNanos && epochNanos < endNanos;
        }
    }

    /** A window of {@code leadNanos} before {@code time} every day in {@code zone}. */
    private record Daily(LocalTime time, ZoneId zone, long leadNanos) {

        Optional<Window> windowAt(long epochNanos) {
            Instant at = Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND),
                    Math.floorMod(epochNanos, NANOS_PER_SECOND));
            LocalDate today = ZonedDateTime.ofInstant(at, zone).toLocalDate();
            // A window at most a day long that contains now ends today or tomorrow.
            for (LocalDate day : List.of(today, today.plusDays(1))) {
                long end = epochNanos(ZonedDateTime.of(day, time, zone).toInstant());
                Window window = new Window(Math.subtractExact(end, leadNanos), end);
                if (window.contains(epochNanos)) {
                    return Optional.of(window);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return time + " " + zone + " lead " + Duration.ofNanos(leadNanos);
        }
    }
}
