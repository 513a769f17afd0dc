package dev.kalshisim.cli.backtest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code --from}/{@code --to}: an ISO-8601 instant ({@code 2026-03-18T18:00:00Z}, an offset such
 * as {@code +01:00} allowed), a date-time without a zone read as UTC ({@code 2026-03-18T18:00}),
 * or a date (midnight UTC), as epoch nanos.
 */
final class InstantOption implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return UtcTime.nanos(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (text.endsWith("Z") || text.endsWith("z") || hasOffset(text)) {
                return UtcTime.nanos(OffsetDateTime.parse(text.toUpperCase(Locale.ROOT))
                        .toInstant());
            }
            return UtcTime.nanos(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException | ArithmeticException bad) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time: use an ISO-8601 instant "
                    + "like 2026-03-18T18:00:00Z (a time without a zone is UTC)");
        }
    }

    /** Whether the text ends in {@code +hh:mm} or {@code -hh:mm} after its time part. */
    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
