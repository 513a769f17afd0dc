package dev.kalshisim.bench;

/**
 * The values of the bench commands' {@code --name value} options, read from {@code args[i]} with
 * {@code args[i - 1]} naming the option; a missing or bad value is an {@link IllegalArgumentException}
 * whose message is the one line the command prints.
 */
final class OptionValues {

    private OptionValues() {
    }

    static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static long positive(String[] args, int i) {
        long value = Long.parseLong(value(args, i));
        if (value <= 0) {
            throw new IllegalArgumentException(args[i - 1] + " must be positive: " + value);
        }
        return value;
    }

    static int positiveInt(String[] args, int i) {
        return Math.toIntExact(positive(args, i));
    }

    static long notNegative(String[] args, int i) {
        long value = Long.parseLong(value(args, i));
        if (value < 0) {
            throw new IllegalArgumentException(args[i - 1] + " must not be negative: " + value);
        }
        return value;
    }
}
