package dev.kalshisim.sim.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Fills the date tokens of catalog text from an event's close time, in Eastern time as Kalshi dates
 * its events: {@code {date}} becomes a ticker date code in the event's pattern, upper case
 * ({@code yyMMM} gives {@code 26OCT}, {@code yyMMMdd} gives {@code 26SEP03}); {@code {day}} becomes
 * {@code Sep 3, 2026} and {@code {month}} becomes {@code October 2026}.
 */
final class DateTokens {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final String code;
    private final String day;
    private final String month;

    /** Tokens for {@code at}, with {@code {date}} written in {@code codePattern}. */
    DateTokens(Instant at, String codePattern) {
        var local = at.atZone(EASTERN);
        this.code = DateTimeFormatter.ofPattern(codePattern, Locale.ENGLISH).format(local).toUpperCase(Locale.ROOT);
        this.day = DAY.format(local);
        this.month = MONTH.format(local);
    }

    /** {@code text} with every token replaced; null stays null. */
    String fill(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("{date}", code).replace("{day}", day).replace("{month}", month);
    }
}
