package io.github.thidua.rules.pack;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The time and allocation budget of code from an external rule pack. The bytecode of every runtime-compiled pack is
 * instrumented ({@link PackBytecode}) to call {@link #tick()} on method entry and before every backward jump, and
 * {@link #array(int)} before every array allocation; the engine opens a budget around each evaluation
 * ({@link #open(Limits)}). Once the deadline has passed or the thread has allocated more than its budget, every
 * later tick throws {@link Exceeded}, an {@link Error} that pack code may not catch (the verifier refuses handlers
 * for {@code Throwable} and {@code Error}).
 *
 * <p>Pack code that runs on a thread without an open budget (for example while a KieBase is built) is stopped at its
 * first tick: nothing from a pack is meant to run outside an evaluation. Public only because instrumented classes
 * live in another class loader; not an API.
 */
public final class Budget {
    private static final ThreadLocal<State> STATE = new ThreadLocal<>();
    private static final String OUTSIDE = "rule pack code ran outside an evaluation and outside a build";
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private Budget() {
    }

    /**
     * The limits of one evaluation.
     *
     * @param deadline        wall-clock time an evaluation may take
     * @param allocationBytes bytes the evaluating thread may allocate (an upper bound of what it can retain)
     * @param maxArrayLength  the longest array pack code may allocate at once
     */
    public record Limits(Duration deadline, long allocationBytes, int maxArrayLength) {
        /** 10 s, 512 MiB allocated, arrays of at most 1 M elements. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 512L * 1024 * 1024, 1 << 20);
        /**
         * Loading a compiled pack's rule base (Drools runs generated code then, and evaluates conditions that depend
         * on no fact): 120 s, 8 GiB allocated by the building thread (Drools's own allocations count too).
         */
        public static final Limits BUILD = new Limits(Duration.ofSeconds(120), 8L * 1024 * 1024 * 1024, 1 << 20);

        public Limits {
            if (deadline.isNegative() || deadline.isZero() || allocationBytes <= 0 || maxArrayLength < 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Thrown into pack code that has used up its budget. */
    public static final class Exceeded extends Error {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static final class State {
        final Limits limits;
        final long deadlineNanos;
        final long allocatedAtStart;
        String phase = "in one evaluation";
        String exceeded;

        State(Limits limits) {
            this.limits = limits;
            this.deadlineNanos = System.nanoTime() + limits.deadline().toNanos();
            this.allocatedAtStart = allocated();
        }
    }

    /** An open budget; closing it ends it on this thread. */
    public static final class Scope implements AutoCloseable {
        private final State previous;

        private Scope(State previous) {
            this.previous = previous;
        }

        /** Why the budget was exceeded, or null. */
        public String exceeded() {
            State s = STATE.get();
            return s == null ? null : s.exceeded;
        }

        @Override
        public void close() {
            if (previous == null) {
                STATE.remove();
            } else {
                STATE.set(previous);
            }
        }
    }

    /** Opens a budget on this thread (nested budgets restore the outer one on close). */
    public static Scope open(Limits limits) {
        State previous = STATE.get();
        STATE.set(new State(limits));
        return new Scope(previous);
    }

    /** Opens the budget of loading a pack's rule base; its messages say so. */
    public static Scope openBuild(Limits limits) {
        Scope s = open(limits);
        STATE.get().phase = "while the rule base was built (a condition that depends on no fact, such as eval(f()) or"
                + " from f(), is evaluated then)";
        return s;
    }

    /** Called by instrumented pack code on method entry and before backward jumps. */
    public static void tick() {
        State s = STATE.get();
        if (s == null) {
            throw new Exceeded(OUTSIDE);
        }
        if (s.exceeded != null) {
            throw new Exceeded(s.exceeded);
        }
        // every tick reads the clock and the allocation counter (tens of ns): a loop that doubles a string
        // must be stopped within a few rounds, not after a thousand
        check(s);
    }

    /** The budget's message if {@code e} or one of its causes is {@link Exceeded}, else null. */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Exceeded) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** Called by instrumented pack code before it allocates an array of {@code length} elements. */
    public static int array(int length) {
        tick();
        State s = STATE.get();
        if (length > s.limits.maxArrayLength()) {
            s.exceeded = "rule pack code allocated an array of " + length + " elements (at most "
                    + s.limits.maxArrayLength() + ")";
            throw new Exceeded(s.exceeded);
        }
        return length;
    }

    /** {@link java.math.BigDecimal#toPlainString()} for pack code, refusing values whose plain form is huge. */
    public static String toPlainString(java.math.BigDecimal value) {
        tick();
        if (Math.abs((long) value.scale()) > 10_000) {
            State s = STATE.get();
            s.exceeded = "rule pack code wrote a number with " + Math.abs((long) value.scale()) + " digits in plain form";
            throw new Exceeded(s.exceeded);
        }
        return value.toPlainString();
    }

    private static void check(State s) {
        if (System.nanoTime() - s.deadlineNanos > 0) {
            s.exceeded = "rule pack code ran past the deadline of " + s.limits.deadline().toMillis() + " ms " + s.phase;
            throw new Exceeded(s.exceeded);
        }
        long used = allocated() - s.allocatedAtStart;
        if (used > s.limits.allocationBytes()) {
            s.exceeded = "rule pack code allocated more than " + (s.limits.allocationBytes() >> 20)
                    + " MiB " + s.phase;
            throw new Exceeded(s.exceeded);
        }
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            if (!t.isThreadAllocatedMemoryEnabled()) {
                t.setThreadAllocatedMemoryEnabled(true);
            }
            return t;
        }
        return null;
    }
}
