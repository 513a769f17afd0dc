package dev.kalshisim.kalshi.stream;

/** A registered listener; {@link #close()} removes it. */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Removes the listener; later calls do nothing. */
    @Override
    void close();
}
