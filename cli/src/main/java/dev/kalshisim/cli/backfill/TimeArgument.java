package dev.kalshisim.cli.backfill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code --from}/{@code --to}: an ISO-8601 instant ({@code 2026-01-12T15:00:00Z}), a date
 * ({@code 2026-01-12}, midnight UTC) or Unix seconds, as Unix seconds.
 */
public final class TimeArgument implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
                return Long.parseLong(text);
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            return Instant.parse(text).getEpochSecond();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a time: use 2026-01-12T15:00:00Z, 2026-01-12 or Unix seconds");
        }
    }
}
