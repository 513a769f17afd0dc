package dev.kalshisim.core.model;

/**
 * Exact parsing and formatting of Kalshi's decimal strings into scaled {@code long}s.
 *
 * <p>One strict grammar for every fixed-point type: an optional {@code -}, one or more digits, and
 * optionally a point followed by one or more digits. No exponent, no {@code +}, no spaces, no
 * leading point. The number of decimals must lie in a per-call range, so that {@code "0.123456789"}
 * is refused rather than silently rounded.
 */
final class FixedPoint {

    private FixedPoint() {
    }

    /**
     * Parses {@code text} into units of 10^-scale.
     *
     * @param what the name used in error messages, e.g. "price"
     * @throws IllegalArgumentException naming the bad text and the rule it breaks
     */
    static long parse(String text, int scale, int minDecimals, int maxDecimals, boolean allowNegative, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        int position = 0;
        boolean negative = false;
        if (text.charAt(0) == '-') {
            if (!allowNegative) {
                throw new IllegalArgumentException(what + " must not be negative: \"" + text + "\"");
            }
            negative = true;
            position = 1;
        }
        long whole = 0;
        int wholeDigits = 0;
        while (position < text.length() && isDigit(text.charAt(position))) {
            whole = accumulate(whole, text.charAt(position), text, what);
            wholeDigits++;
            position++;
        }
        if (wholeDigits == 0) {
            throw malformed(text, what, scale, maxDecimals);
        }
        long fraction = 0;
        int decimals = 0;
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            while (position < text.length() && isDigit(text.charAt(position))) {
                if (decimals == maxDecimals) {
                    throw new IllegalArgumentException(
                            what + " has more than " + maxDecimals + " decimals: \"" + text + "\"");
                }
                fraction = fraction * 10 + (text.charAt(position) - '0');
                decimals++;
                position++;
            }
            if (decimals == 0) {
                throw malformed(text, what, scale, maxDecimals);
            }
        }
        if (position != text.length()) {
            throw malformed(text, what, scale, maxDecimals);
        }
        if (decimals < minDecimals) {
            throw new IllegalArgumentException(
                    what + " needs at least " + minDecimals + " decimals: \"" + text + "\"");
        }
        if (decimals > scale) {
            // Extra digits beyond the type's scale are accepted only when they are zeros.
            long excess = pow10(decimals - scale);
            if (fraction % excess != 0) {
                throw new IllegalArgumentException(
                        what + " is finer than 1/" + pow10(scale) + ": \"" + text + "\"");
            }
            fraction /= excess;
        } else {
            fraction = Math.multiplyExact(fraction, pow10(scale - decimals));
        }
        try {
            long units = Math.addExact(Math.multiplyExact(whole, pow10(scale)), fraction);
            return negative ? -units : units;
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException(what + " is out of range: \"" + text + "\"");
        }
    }

    /**
     * Formats {@code units} (of 10^-scale) with at least {@code minDecimals} decimals, trimming
     * trailing zeros beyond that.
     */
    static String format(long units, int scale, int minDecimals) {
        StringBuilder out = new StringBuilder(24);
        if (units < 0) {
            out.append('-');
        }
        // Long.MIN_VALUE has no positive twin; unsigned division keeps it exact.
        long magnitude = units < 0 ? -units : units;
        long divisor = pow10(scale);
        long whole = Long.divideUnsigned(magnitude, divisor);
        long fraction = Long.remainderUnsigned(magnitude, divisor);
        out.append(Long.toUnsignedString(whole));
        int decimals = scale;
        while (decimals > minDecimals && fraction % 10 == 0) {
            fraction /= 10;
            decimals--;
        }
        if (decimals > 0) {
            out.append('.');
            String digits = Long.toString(fraction);
            for (int pad = digits.length(); pad < decimals; pad++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long accumulate(long value, char digit, String text, String what) {
        try {
            return Math.addExact(Math.multiplyExact(value, 10L), digit - '0');
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException(what + " is out of range: \"" + text + "\"");
        }
    }

    private static IllegalArgumentException malformed(String text, String what, int scale, int maxDecimals) {
        return new IllegalArgumentException(
                what + " must be a decimal like \"" + format(pow10(scale) / 2, scale, Math.min(scale, maxDecimals))
                        + "\", got \"" + text + "\"");
    }
}
