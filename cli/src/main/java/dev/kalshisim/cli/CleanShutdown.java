package dev.kalshisim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A JVM shutdown hook for a long-running command: on Ctrl-C it asks the command to stop, then
 * holds the exit until the command has cleaned up (closed its server, cancelled its orders) or the
 * grace period is over. {@link #close()} marks the clean-up done and removes the hook.
 */
final class CleanShutdown implements AutoCloseable {

    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    /** Installs a hook named {@code name} that runs {@code stop} and waits up to {@code graceNanos}. */
    CleanShutdown(String name, Runnable stop, long graceNanos) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                cleanedUp.await(graceNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting through this very hook.
        }
    }
}
