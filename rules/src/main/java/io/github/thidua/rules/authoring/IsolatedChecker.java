package io.github.thidua.rules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.rules.json.ProblemJson;
import io.github.thidua.rules.pack.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link RuleChecker} run in a child JVM with a heap limit and a deadline: the way to check a pack nobody vouches
 * for. Inside the JVM, the bytecode gate stops pack code from reaching outside the sandbox and the budget bounds
 * the code a pack runs, but the Drools compiler itself (parsing, generating and compiling Java) can only be bounded
 * by a process: a DRL crafted to make it allocate or loop would otherwise take the host's heap or a thread with it.
 * The child gets {@code -Xmx}, stops on its first OutOfMemoryError, is killed at the deadline, and its answer is read
 * up to a fixed size; whatever happens there, the caller gets a list of problems (a {@code BUDGET} or
 * {@code ISOLATION} problem when the child did not answer).
 *
 * <p>The child is started with this JVM's {@code java} and class path ({@code java.class.path}); a host whose
 * class path cannot start a plain JVM (e.g. a Spring Boot fat jar) sets {@link #classPath(String)}. Instances are
 * immutable and thread-safe; each check starts one process (about 1 s more than an in-process check of a warm
 * JVM, and the compiler's cold start).
 */
public final class IsolatedChecker {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The largest answer read from the child (the checker's own output is bounded far below this). */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    private static final String ANSWER_MARK = "THIDUA-CHECK-ANSWER ";

    private final boolean compile;
    private final String profile;
    private final int maxHeapMb;
    private final Duration timeout;
    private final String classPath;
    /** The class the child JVM starts and its system properties (a launcher that starts this class). */
    private final List<String> launch;

    private IsolatedChecker(boolean compile, String profile, int maxHeapMb, Duration timeout, String classPath,
                            List<String> launch) {
        this.compile = compile;
        this.profile = profile;
        this.maxHeapMb = maxHeapMb;
        this.timeout = timeout;
        this.classPath = classPath;
        this.launch = launch;
    }

    /** Compiling, national profile, 768 MB of heap, 120 s, this JVM's class path. */
    public static IsolatedChecker create() {
        return new IsolatedChecker(true, null, 768, Duration.ofSeconds(120), System.getProperty("java.class.path"),
                List.of(IsolatedChecker.class.getName()));
    }

    /** Whether to compile ({@link RuleChecker#compile(boolean)}). */
    public IsolatedChecker compile(boolean c) {
        return new IsolatedChecker(c, profile, maxHeapMb, timeout, classPath, launch);
    }

    /**
     * The profile parameter names are checked against: a bundled name or a profile file (absolute, or relative to
     * this JVM's working directory), as {@link Profiles#resolve(String, Path)} reads it.
     */
    public IsolatedChecker profile(String nameOrFile) {
        String p = Objects.requireNonNull(nameOrFile, "profile");
        if (!Profiles.BUNDLED.contains(p)) {
            p = Path.of(p).toAbsolutePath().toString();
        }
        return new IsolatedChecker(compile, p, maxHeapMb, timeout, classPath, launch);
    }

    /** The child's heap limit ({@code -Xmx}), at least 128 MB. */
    public IsolatedChecker maxHeapMb(int mb) {
        if (mb < 128) {
            throw new IllegalArgumentException("the checker needs at least 128 MB");
        }
        return new IsolatedChecker(compile, profile, mb, timeout, classPath, launch);
    }

    /** How long the child may take before it is killed. */
    public IsolatedChecker timeout(Duration t) {
        if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        return new IsolatedChecker(compile, profile, maxHeapMb, t, classPath, launch);
    }

    /** The class path the child starts with (it needs thidua-rules, thidua-core and the compiler stack). */
    public IsolatedChecker classPath(String cp) {
        return new IsolatedChecker(compile, profile, maxHeapMb, timeout, Objects.requireNonNull(cp, "classPath"), launch);
    }

    /**
     * Starts the child through a launcher class instead of this class directly, e.g. for a Spring Boot fat jar:
     * {@code classPath("app.jar").launcher("org.springframework.boot.loader.launch.PropertiesLauncher",
     * Map.of("loader.main", IsolatedChecker.class.getName()))}.
     */
    public IsolatedChecker launcher(String mainClass, Map<String, String> systemProperties) {
        List<String> l = new ArrayList<>();
        new java.util.TreeMap<>(systemProperties).forEach((k, v) -> l.add("-D" + k + "=" + v));
        l.add(Objects.requireNonNull(mainClass, "mainClass"));
        return new IsolatedChecker(compile, profile, maxHeapMb, timeout, classPath, List.copyOf(l));
    }

    /** Checks a pack directory in a child JVM; see {@link RuleChecker#check(Path)}. */
    public List<Problem> check(Path packDir) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("dir", packDir.toAbsolutePath().toString());
        return run(request);
    }

    /** Checks in-memory DRL files in a child JVM; see {@link RuleChecker#check(Map)}. */
    public List<Problem> check(Map<String, String> files) {
        ObjectNode request = MAPPER.createObjectNode();
        ObjectNode f = request.putObject("files");
        files.forEach(f::put);
        return run(request);
    }

    private List<Problem> run(ObjectNode request) {
        request.put("compile", compile);
        if (profile != null) {
            request.put("profile", profile);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + maxHeapMb + "m", "-Xss8m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", classPath));
        cmd.addAll(launch);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return List.of(problem("ISOLATION", "the checker's process could not be started: " + e.getMessage()));
        }
        try {
            Bounded answer = new Bounded(p.getInputStream());
            Thread reader = new Thread(answer, "thidua-check-answer");
            reader.setDaemon(true);
            reader.start();
            try (OutputStream in = p.getOutputStream()) {
                MAPPER.writeValue(in, request);
            } catch (IOException e) {
                // the child died before reading its request: its exit tells why
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return List.of(problem("BUDGET", "checking took longer than " + timeout.toSeconds()
                        + " s and was stopped; split the pack or simplify the rule that makes the compiler work so hard"));
            }
            reader.join(5_000);
            String out = answer.text();
            int mark = out.lastIndexOf(ANSWER_MARK);
            if (p.exitValue() != 0 || mark < 0) {
                String why = p.exitValue() == 3 ? "ran out of its " + maxHeapMb + " MB of memory"
                        : answer.truncated ? "answered more than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MB"
                        : "stopped with exit code " + p.exitValue();
                return List.of(problem(p.exitValue() == 3 ? "BUDGET" : "ISOLATION",
                        "the checker's process " + why + " before answering"));
            }
            return parse(MAPPER.readTree(out.substring(mark + ANSWER_MARK.length())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return List.of(problem("ISOLATION", "interrupted while waiting for the checker's process"));
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            return List.of(problem("ISOLATION", "the checker's process gave an unreadable answer"));
        }
    }

    private static Problem problem(String code, String message) {
        return Problem.error(".", 0, 0, code, message, null);
    }

    private static List<Problem> parse(JsonNode answer) {
        List<Problem> problems = new ArrayList<>();
        answer.path("problems").forEach(n -> problems.add(ProblemJson.read(n)));
        return List.copyOf(problems);
    }

    /** Reads a stream up to {@link #MAX_ANSWER_BYTES}, then drains and drops the rest. */
    private static final class Bounded implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Bounded(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] b = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(b)) > 0) {
                    synchronized (buf) {
                        if (buf.size() + n <= MAX_ANSWER_BYTES) {
                            buf.write(b, 0, n);
                        } else {
                            truncated = true;
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }

        String text() {
            synchronized (buf) {
                return truncated ? "" : buf.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The child: reads one request (JSON) from stdin, checks, writes the answer after a marker line on stdout.
     * Not an API; started by {@link #check}.
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        // whatever the libraries print goes to stderr, which the parent discards
        System.setOut(System.err);
        List<Problem> problems;
        try {
            problems = checkRequest(MAPPER.readTree(System.in));
        } catch (RuntimeException e) {
            // a bad profile, an unreadable request: an answer, not a crash
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().split("\\R", 2)[0];
            problems = List.of(problem("CHECK", msg.length() > 300 ? msg.substring(0, 300) + "…" : msg));
        } catch (StackOverflowError e) {
            problems = List.of(problem("NESTING", "the DRL is nested too deeply to be checked; simplify the expression"));
        }
        ObjectNode answer = MAPPER.createObjectNode();
        ArrayNode list = answer.putArray("problems");
        for (Problem p : problems) {
            ProblemJson.write(list.addObject(), p);
        }
        out.print(ANSWER_MARK);
        out.println(MAPPER.writeValueAsString(answer));
        out.flush();
        System.exit(0);
    }

    private static List<Problem> checkRequest(JsonNode request) {
        RuleChecker checker = RuleChecker.create().compile(request.path("compile").asBoolean(true));
        if (request.hasNonNull("profile")) {
            checker = checker.profile(Profiles.resolve(request.get("profile").asText(), null));
        }
        List<Problem> problems;
        if (request.hasNonNull("dir")) {
            problems = checker.check(Path.of(request.get("dir").asText()));
        } else {
            Map<String, String> files = new LinkedHashMap<>();
            request.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            problems = checker.check(files);
        }
        return problems;
    }
}
