package io.github.thidua.examples.cli;

import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.examples.http.ThiduaServer;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.RulePackException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thidua serve [--port N] [--host ADDRESS] [--rules DIR] [--profile NAME|FILE] [--threads N]
 * [--max-body BYTES]}: runs the HTTP embedding example ({@link ThiduaServer}) until it is interrupted (Ctrl-C).
 * The engine is built once, before the server starts listening; a line on stderr then gives the address, and one
 * line per request follows.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Serve the rules engine over HTTP until Ctrl-C (an embedding example: JSON in, JSON out).",
            "Endpoints:",
            "  POST /reviews         a bloc review (JSON) -> the review result",
            "  POST /consolidations  a province review with inline blocs -> the consolidation",
            "  GET  /rules           the rule pack: every rule's id, legal basis, certainty and dates",
            "  POST /rules/check     DRL text, or {\"files\": {\"path.drl\": \"...\"}} -> the problems found",
            "  GET  /health          UP, with the rule pack's name and version",
            "Chạy máy chủ HTTP ví dụ. See docs/embedding.md and docs/openapi.yaml."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {"0:Stopped (Ctrl-C) / đã dừng.",
            "1:The rule pack does not compile, or an internal error / bộ quy tắc lỗi hoặc lỗi nội bộ.",
            "2:Bad usage: a bad option, --rules or --profile, or the address is in use / cách gọi không hợp lệ."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Serve the rule pack in DIR instead of the bundled national pack.")
    Path rules;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Evaluate every request with this parameter profile instead of the one it names.")
    String profile;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + ThiduaServer.DEFAULT_THREADS,
            description = "Requests served at once (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ThiduaServer.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body; larger ones get 413 (default ${DEFAULT-VALUE}, 2 MiB).")
    int maxBody;

    @Spec
    CommandSpec spec;

    /** How the engine is built; tests replace it. */
    ScenarioCommand.EngineFactory engines = ScenarioCommand.DEFAULT_ENGINES;

    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile ThiduaServer server;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || threads < 1 || maxBody < 1) {
            err.println("thidua serve: --port must be 0-65535, --threads and --max-body positive");
            err.flush();
            return ThiduaCli.BAD_INPUT;
        }
        Engine engine;
        Profile override;
        try {
            override = profile == null ? null : ScenarioCommand.resolveProfileOption(profile);
            if (rules != null) {
                ScenarioCommand.checkRulesDir(rules);
            }
            engine = engines.create(override, rules);
        } catch (BadInputException e) {
            e.lines().forEach(err::println);
            err.flush();
            return ThiduaCli.BAD_INPUT;
        } catch (RulePackException e) {
            List<String> lines = new ArrayList<>();
            lines.add("thidua: the rule pack does not compile / bộ quy tắc không biên dịch được:");
            if (e.problems().isEmpty()) {
                lines.add("  " + e.getMessage());
            }
            e.problems().forEach(p -> lines.add("  " + p.format()));
            lines.forEach(err::println);
            err.flush();
            return ThiduaCli.FAILURES;
        }
        try {
            server = ThiduaServer.builder(engine).address(new InetSocketAddress(host, port)).threads(threads)
                    .maxBodyBytes(maxBody).engineOverridesProfiles(override != null)
                    .log(line -> {
                        synchronized (err) {
                            err.println(line);
                            err.flush();
                        }
                    }).start();
        } catch (BindException e) {
            err.println(new ScenarioError(host + ":" + port, "--port", "cannot listen / không mở được cổng: "
                    + e.getMessage(), "choose another --port, or stop the program using it").format());
            err.flush();
            return ThiduaCli.BAD_INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println(new ScenarioError(host + ":" + port, "--host", "cannot listen / không mở được cổng: "
                    + e.getMessage(), "check --host and --port").format());
            err.flush();
            return ThiduaCli.BAD_INPUT;
        }
        Thread hook = new Thread(this::stop, "thidua-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        InetSocketAddress address = server.address();
        err.println("thidua: serving " + engine.rulePack() + " on http://" + address.getHostString() + ":"
                + address.getPort() + " (POST /reviews, POST /consolidations, GET /rules, POST /rules/check, GET /health);"
                + " Ctrl-C stops it");
        err.flush();
        try {
            stop.await();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
        return ThiduaCli.OK;
    }

    /** Stops the server: {@link #call()} returns. */
    public void stop() {
        ThiduaServer s = server;
        if (s != null) {
            s.close();
        }
        stop.countDown();
    }
}
