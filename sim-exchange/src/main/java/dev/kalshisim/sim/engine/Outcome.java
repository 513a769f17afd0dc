package dev.kalshisim.sim.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * The value of a command or lookup, or the reason it was refused.
 *
 * @param value the result; null exactly when {@code reject} is set
 * @param reject why the command was refused; null on success
 * @param message a human-readable detail for the refusal; null on success
 */
public record Outcome<T>(T value, RejectReason reject, String message) {

    public Outcome {
        if ((value == null) == (reject == null)) {
            throw new IllegalArgumentException("an outcome has exactly one of a value or a reject reason");
        }
    }

    /** A success carrying {@code value}. */
    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null, null);
    }

    /** A refusal for {@code reason} with {@code message}. */
    public static <T> Outcome<T> rejected(RejectReason reason, String message) {
        return new Outcome<>(null, Objects.requireNonNull(reason, "reason"), message);
    }

    public boolean isOk() {
        return reject == null;
    }

    /** The value, or an {@link IllegalStateException} naming the reject reason. */
    public T orElseThrow() {
        if (reject != null) {
            throw new IllegalStateException(reject + ": " + message);
        }
        return value;
    }

    /** The same refusal with another value type, or the mapped value. */
    public <U> Outcome<U> map(Function<T, U> mapper) {
        return reject == null ? Outcome.ok(mapper.apply(value)) : Outcome.rejected(reject, message);
    }
}
