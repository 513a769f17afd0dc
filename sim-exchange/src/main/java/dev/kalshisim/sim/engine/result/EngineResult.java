package dev.kalshisim.sim.engine.result;

import java.util.Objects;
import java.util.function.Function;

/**
 * The value of a command or lookup, or the reason it was refused. (Named so, not "outcome":
 * in this domain an outcome is YES or NO.)
 *
 * @param value the result; null exactly when {@code reject} is set
 * @param reject why the command was refused; null on success
 * @param message a human-readable detail for the refusal; null on success
 */
public record EngineResult<T>(T value, RejectReason reject, String message) {

    public EngineResult {
        if ((value == null) == (reject == null)) {
            throw new IllegalArgumentException("an engine result has exactly one of a value or a reject reason");
        }
    }

    /** A success carrying {@code value}. */
    public static <T> EngineResult<T> ok(T value) {
        return new EngineResult<>(Objects.requireNonNull(value, "value"), null, null);
    }

    /** A refusal for {@code reason} with {@code message}. */
    public static <T> EngineResult<T> rejected(RejectReason reason, String message) {
        return new EngineResult<>(null, Objects.requireNonNull(reason, "reason"), message);
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
    public <U> EngineResult<U> map(Function<T, U> mapper) {
        return reject == null ? EngineResult.ok(mapper.apply(value)) : EngineResult.rejected(reject, message);
    }
}
