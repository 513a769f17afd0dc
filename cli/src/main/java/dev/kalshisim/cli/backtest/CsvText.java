package dev.kalshisim.cli.backtest;

/**
 * RFC 4180 fields: a field holding a comma, a double quote, a carriage return or a line feed is
 * written between double quotes with each double quote doubled; any other field as it is. A
 * missing value is an empty field.
 */
final class CsvText {

    private CsvText() {
    }

    static void appendField(StringBuilder line, String value) {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    static String field(String value) {
        StringBuilder line = new StringBuilder();
        appendField(line, value);
        return line.toString();
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
