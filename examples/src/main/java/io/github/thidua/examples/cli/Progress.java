package io.github.thidua.examples.cli;

import io.github.thidua.examples.cli.render.TextTable;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of long work on stderr, for people watching a terminal: the current step and the seconds elapsed, on
 * one line rewritten in place ({@code \r}) and erased when the work ends. When stderr is not a terminal (a pipe, a
 * file, a CI log) it prints nothing, so that logs and captured output stay clean.
 */
public abstract class Progress implements AutoCloseable {
    /** Silent. */
    public static final Progress NONE = new Progress() {
        @Override
        public void step(String message) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * A ticking progress line on {@code err} when a console is attached ({@code System.console() != null}), else
     * {@link #NONE}.
     */
    public static Progress forConsole(PrintWriter err) {
        return System.console() != null ? ticking(err, 250) : NONE;
    }

    /** A progress line on {@code err}, redrawn every {@code periodMillis}. */
    static Progress ticking(PrintWriter err, long periodMillis) {
        return new Ticking(err, periodMillis);
    }

    /** Starts a new step: what is being done now, in a few words. */
    public abstract void step(String message);

    /** Ends the progress display (erases its line). */
    @Override
    public abstract void close();

    private static final class Ticking extends Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private final ScheduledExecutorService timer;
        private String message = "";
        private int shown;
        private boolean closed;

        Ticking(PrintWriter err, long periodMillis) {
            this.err = err;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "thidua-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void step(String newMessage) {
            this.message = newMessage;
            draw();
        }

        private synchronized void draw() {
            if (closed || message.isEmpty()) {
                return;
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String line = "thidua: " + message + " … " + seconds + " s";
            int width = TextTable.width(line);
            err.print("\r" + line + " ".repeat(Math.max(0, shown - width)));
            err.flush();
            shown = width;
        }

        @Override
        public void close() {
            timer.shutdownNow();
            synchronized (this) {
                if (!closed) {
                    closed = true;
                    err.print("\r" + " ".repeat(shown) + "\r");
                    err.flush();
                }
            }
        }
    }
}
