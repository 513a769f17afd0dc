package dev.kalshisim.data.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads the times published files carry, as epoch nanos: ISO-8601 text (with {@code T} or a space,
 * with or without a zone; none means UTC) and epoch numbers, whose unit comes from the field's
 * name ({@code _ns}, {@code _us}, {@code _ms}, {@code _s}) or else from the number's size.
 */
final class CaptureTime {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    /** ISO local date-time with a space or a T, any fraction, then an optional offset or Z. */
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private CaptureTime() {
    }

    /**
     * The instant in {@code text} as epoch nanos.
     *
     * @param fieldName the field or column it came from, whose suffix may name the unit of a number
     * @throws IllegalArgumentException naming the text when it is no time
     */
    static long parse(String text, String fieldName) {
        String value = text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty time");
        }
        BigDecimal number = number(value);
        if (number != null) {
            return fromNumber(number, fieldName);
        }
        try {
            var parsed = ISO_LENIENT.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not a time: '" + value + "'");
        }
    }

    /** Epoch nanos of a number whose unit the field name or its size tells. */
    static long fromNumber(BigDecimal number, String fieldName) {
        BigDecimal nanosPerUnit = unit(number, fieldName == null ? "" : fieldName.toLowerCase(Locale.ROOT));
        try {
            return number.multiply(nanosPerUnit).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time out of range: " + number.toPlainString());
        }
    }

    private static BigDecimal unit(BigDecimal number, String name) {
        if (name.endsWith("_ns") || name.endsWith("nanos")) {
            return BigDecimal.ONE;
        }
        if (name.endsWith("_us") || name.endsWith("micros")) {
            return BigDecimal.valueOf(1_000L);
        }
        if (name.endsWith("_ms") || name.endsWith("millis")) {
            return BigDecimal.valueOf(1_000_000L);
        }
        if (name.endsWith("_s") || name.endsWith("_sec") || name.endsWith("seconds")) {
            return NANOS_PER_SECOND;
        }
        // No unit in the name: an epoch after 1973 in seconds is about 1e8 to 1e10; each finer unit is 1000x.
        double magnitude = Math.abs(number.doubleValue());
        if (magnitude >= 1e17) {
            return BigDecimal.ONE;
        }
        if (magnitude >= 1e14) {
            return BigDecimal.valueOf(1_000L);
        }
        if (magnitude >= 1e11) {
            return BigDecimal.valueOf(1_000_000L);
        }
        return NANOS_PER_SECOND;
    }

    private static BigDecimal number(String value) {
        char first = value.charAt(0);
        if (first != '-' && first != '+' && first != '.' && (first < '0' || first > '9')) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
