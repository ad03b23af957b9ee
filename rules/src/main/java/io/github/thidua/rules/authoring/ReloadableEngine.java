package io.github.thidua.rules.authoring;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.RulePackInfo;
import io.github.thidua.rules.pack.PackCompiler;
import io.github.thidua.rules.pack.PackLoader;
import io.github.thidua.rules.pack.Problem;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine on an external rule pack directory that can be reloaded while it serves evaluations.
 *
 * <pre>{@code
 * try (ReloadableEngine engine = ReloadableEngine.builder(Path.of("packs/bac-ninh"))
 *         .watch(Duration.ofMillis(500))                        // optional: reload when files change
 *         .onReload(r -> log.info("{}", r))
 *         .build()) {                                           // compiles the current version
 *     ReviewResult result = engine.review(review);              // result.rulePack() names the version
 *     ReloadableEngine.Reload r = engine.reload();              // or explicitly
 *     if (!r.success()) r.problems().forEach(p -> log.warn(p.format()));
 * }
 * }</pre>
 *
 * <p>{@link #reload()} reads, checks and compiles the directory's current content on the calling thread (the
 * watcher's thread when watching), never on an evaluation's. Only when that succeeds is the new {@link Engine}
 * swapped in, atomically; if it fails, the previous version keeps serving and the reload reports the problems.
 * Each evaluation takes the engine current when it starts and finishes on it, so evaluations in flight during a
 * swap complete on the version they started with; every result names its pack ({@link ReviewResult#rulePack()}).
 * Reloads are serialised. Thread-safe.
 */
public final class ReloadableEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableEngine.class);

    /**
     * The outcome of a reload.
     *
     * @param success    whether the new version was compiled and swapped in
     * @param previous   the version serving before
     * @param current    the version serving after (the new one on success, else the previous one)
     * @param generation how many successful loads so far (1 for the initial version)
     * @param problems   why the new version was refused (empty on success)
     * @param took       how long reading, checking and compiling took
     */
    public record Reload(boolean success, RulePackInfo previous, RulePackInfo current, long generation,
                         List<Problem> problems, Duration took) {
        public Reload {
            problems = List.copyOf(problems);
        }

        @Override
        public String toString() {
            return success ? "reloaded " + current + " (generation " + generation + ", " + took.toMillis() + " ms)"
                    : "reload refused, still serving " + current + ": " + problems.size() + " problem(s)"
                    + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.stream().map(Problem::format).toList()));
        }
    }

    private final Path dir;
    private final Profile profile;
    private final AtomicReference<Engine> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Reload> last = new AtomicReference<>();
    private final List<Consumer<Reload>> listeners = new CopyOnWriteArrayList<>();
    private final Object reloadLock = new Object();
    private final Duration debounce;
    private final Duration reloadTimeout;
    private volatile Watcher watcher;

    private ReloadableEngine(Builder b) {
        this.dir = b.dir;
        this.profile = b.profile;
        this.debounce = b.debounce;
        this.reloadTimeout = b.reloadTimeout;
        this.listeners.addAll(b.listeners);
    }

    /** A builder for an engine on the pack in {@code packDir}. */
    public static Builder builder(Path packDir) {
        return new Builder(packDir);
    }

    /** An engine on the pack in {@code packDir}, without watching; compiles it now. */
    public static ReloadableEngine open(Path packDir) {
        return builder(packDir).build();
    }

    /** Builder of {@link ReloadableEngine}. */
    public static final class Builder {
        private final Path dir;
        private Profile profile;
        private Duration debounce;
        private Duration reloadTimeout = Duration.ofMinutes(5);
        private final List<Consumer<Reload>> listeners = new ArrayList<>();

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "packDir");
        }

        /** Uses this profile for every evaluation (see {@link Engine.Builder#profile(Profile)}). */
        public Builder profile(Profile p) {
            this.profile = p;
            return this;
        }

        /**
         * Watches the pack directory (and its sub-directories) and reloads once no file has changed for
         * {@code quietPeriod}. Off by default.
         */
        public Builder watch(Duration quietPeriod) {
            if (quietPeriod.isNegative()) {
                throw new IllegalArgumentException("quietPeriod must not be negative");
            }
            this.debounce = quietPeriod;
            return this;
        }

        /**
         * How long a reload may take to read and compile the pack (5 minutes by default); a reload past it is
         * refused and the previous version keeps serving.
         */
        public Builder reloadTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.reloadTimeout = timeout;
            return this;
        }

        /** Called after every reload, successful or not (on the reloading thread). */
        public Builder onReload(Consumer<Reload> listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Compiles the current version of the pack and starts watching if asked.
         *
         * @throws RulePackException if the pack is refused or does not compile (there is no previous version to serve)
         */
        public ReloadableEngine build() {
            ReloadableEngine e = new ReloadableEngine(this);
            Engine first = e.compile();
            e.current.set(first);
            e.generation.set(1);
            if (debounce != null) {
                e.startWatching();
            }
            return e;
        }
    }

    /** The engine serving now (a snapshot: it stays usable after a reload). */
    public Engine engine() {
        return current.get();
    }

    /** The pack version serving now. */
    public RulePackInfo rulePack() {
        return current.get().rulePack();
    }

    /** How many versions have been loaded successfully (1 after {@link Builder#build()}). */
    public long generation() {
        return generation.get();
    }

    /** The last reload, if any. */
    public Optional<Reload> lastReload() {
        return Optional.ofNullable(last.get());
    }

    /** Reviews a bloc on the version serving when the call starts. */
    public ReviewResult review(BlocReview review) {
        return current.get().review(review);
    }

    /** Reviews a bloc with a profile on the version serving when the call starts. */
    public ReviewResult review(BlocReview review, Profile p) {
        return current.get().review(review, p);
    }

    /** Consolidates a province on the version serving when the call starts. */
    public ConsolidationResult consolidate(ProvinceReview province) {
        return current.get().consolidate(province);
    }

    /**
     * Reads, checks and compiles the pack directory's current content, and swaps it in if that succeeds. On
     * failure the previous version keeps serving. Never throws, and returns within the reload timeout plus the
     * time a reload already running takes: a pack that hangs the compiler cannot block later reloads.
     */
    public Reload reload() {
        synchronized (reloadLock) {
            long start = System.nanoTime();
            RulePackInfo before = current.get().rulePack();
            Reload r;
            try {
                Engine next = compileBounded();
                current.set(next);
                r = new Reload(true, before, next.rulePack(), generation.incrementAndGet(), List.of(), since(start));
                LOG.info("Rule pack {} reloaded from {} ({} ms)", next.rulePack(), dir, r.took().toMillis());
            } catch (RulePackException e) {
                r = new Reload(false, before, before, generation.get(), cleanPaths(e.problems()), since(start));
                LOG.warn("Rule pack reload from {} refused, still serving {}: {}", dir, before, e.getMessage());
            } catch (Throwable e) {
                // never thrown to the caller, whatever the pack did to the compiler (an Error included)
                String msg = e.getMessage() == null ? "" : e.getMessage().strip().split("\\R", 2)[0];
                if (msg.length() > 300) {
                    msg = msg.substring(0, 300) + "…";
                }
                r = new Reload(false, before, before, generation.get(), List.of(Problem.error(".", 0, 0,
                        "COMPILER_EXCEPTION", "the Drools compiler failed with " + e.getClass().getSimpleName()
                                + (msg.isEmpty() ? "" : ": " + msg) + " (run the rule checker to locate it)", null)), since(start));
                LOG.warn("Rule pack reload from {} failed, still serving {}", dir, before, e);
            }
            last.set(r);
            for (Consumer<Reload> l : listeners) {
                try {
                    l.accept(r);
                } catch (RuntimeException | Error ex) {
                    LOG.warn("A reload listener failed", ex);
                }
            }
            return r;
        }
    }

    /**
     * {@link #compile()} on a thread of its own with a deadline ({@link Builder#reloadTimeout(Duration)}): a pack
     * that makes the compiler hang cannot hold the reload lock, so a fixed pack can always be loaded later. The
     * abandoned thread is a daemon and is left to finish.
     */
    private Engine compileBounded() throws Throwable {
        java.util.concurrent.CompletableFuture<Engine> result = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                result.complete(compile());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "thidua-pack-compile", 64L * 1024 * 1024);
        t.setDaemon(true);
        t.start();
        try {
            return result.get(reloadTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new RulePackException("rule pack in " + dir + " did not compile within " + reloadTimeout.toSeconds()
                    + " s", List.of(Problem.error(".", 0, 0, "BUDGET", "compiling took longer than "
                    + reloadTimeout.toSeconds() + " s; the previous version keeps serving", null)));
        }
    }

    /**
     * Loads (reads, parses, sandboxes) and compiles the pack. If compiling fails, the pack is compiled once more by
     * the checker's compiler so the problems name their file, line and rule (the runtime compiler gives some
     * without a line, and may throw).
     */
    private Engine compile() {
        PackLoader.Merged merged = PackLoader.load(dir);
        Engine.Builder b = Engine.builder().rulePack(merged.pack());
        if (profile != null) {
            b.profile(profile);
        }
        try {
            return b.build();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            List<Problem> mapped = PackCompiler.check(merged.pack().info(), merged.parsed(), 1).stream()
                    .filter(Problem::isError).toList();
            if (mapped.isEmpty()) {
                throw e;
            }
            throw new RulePackException("rule pack " + merged.pack().info() + " (" + dir + ") does not compile",
                    mapped);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static List<Problem> cleanPaths(List<Problem> problems) {
        return problems.stream().map(p -> p.path().startsWith(RulePack.BUNDLED_ROOT)
                ? p.at(p.path().substring(RulePack.BUNDLED_ROOT.length()), p.line(), p.column(), p.rule())
                : p).toList();
    }

    /** Stops watching. The engine still serves its current version. */
    @Override
    public void close() {
        Watcher w = watcher;
        watcher = null;
        if (w != null) {
            w.close();
        }
    }

    private void startWatching() {
        try {
            Watcher w = new Watcher();
            watcher = w;
            w.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Watches the pack directory tree and reloads after a quiet period. */
    private final class Watcher implements AutoCloseable {
        private final WatchService service;
        private final Thread thread;
        private final ScheduledExecutorService scheduler;
        private ScheduledFuture<?> pending;
        private volatile boolean closed;

        Watcher() throws IOException {
            service = FileSystems.getDefault().newWatchService();
            registerTree(dir);
            thread = new Thread(this::loop, "thidua-pack-watch");
            thread.setDaemon(true);
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "thidua-pack-reload");
                t.setDaemon(true);
                return t;
            });
        }

        void start() {
            thread.start();
        }

        private void registerTree(Path root) throws IOException {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }

        private void loop() {
            while (!closed) {
                WatchKey key;
                try {
                    key = service.take();
                } catch (InterruptedException | ClosedWatchServiceException e) {
                    return;
                }
                Path base = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path p) {
                        Path changed = base.resolve(p);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                            try {
                                registerTree(changed);
                            } catch (IOException e) {
                                LOG.warn("Cannot watch {}: {}", changed, e.getMessage());
                            }
                        }
                    }
                }
                key.reset();
                schedule();
            }
        }

        private synchronized void schedule() {
            if (closed) {
                return;
            }
            if (pending != null) {
                pending.cancel(false);
            }
            pending = scheduler.schedule(() -> {
                if (!closed) {
                    reload();
                }
            }, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
            scheduler.shutdownNow();
            try {
                service.close();
            } catch (IOException ignored) {
                // closing
            }
            thread.interrupt();
        }
    }
}
