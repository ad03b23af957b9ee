package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code thidua serve}: starts the HTTP example on a loopback ephemeral port, serves, and stops. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+) ");

    @Test
    void servesUntilStopped() throws Exception {
        CommandLine cli = ThiduaCli.newCommandLine(Cli.SHARED_ENGINES);
        ServeCommand serve = (ServeCommand) cli.getSubcommands().get("serve").getCommand();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true)).setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli.execute("serve", "--port", "0", "--host", "127.0.0.1", "--threads", "2"));
        try {
            int port = awaitPort(err, exit);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> rules = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/rules")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rules.statusCode()).isEqualTo(200);
            assertThat(rules.body()).contains("\"name\" : \"thidua-national\"");
        } finally {
            serve.stop();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ThiduaCli.OK);
        assertThat(err.toString()).contains("thidua: serving thidua-national", "Ctrl-C stops it",
                "thidua-http: GET /rules 200");
    }

    @Test
    void aPortInUseIsBadUsage() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));

            Run run = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.code()).as(run.toString()).isEqualTo(ThiduaCli.BAD_INPUT);
            assertThat(run.err()).contains("--port: cannot listen", "choose another --port");
        }
    }

    @Test
    void aBadPortOrRulesDirectoryIsBadUsage() {
        assertThat(Cli.run("serve", "--port", "70000").code()).isEqualTo(ThiduaCli.BAD_INPUT);
        Run rules = Cli.run("serve", "--port", "0", "--rules", "/nonexistent-thidua-pack");
        assertThat(rules.code()).isEqualTo(ThiduaCli.BAD_INPUT);
        assertThat(rules.err()).contains("--rules: directory not found");
    }

    @Test
    void theHelpListsTheEndpointsAndExitCodes() {
        Run run = Cli.run("serve", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("POST /reviews", "POST /consolidations", "GET  /rules", "POST /rules/check",
                "--port=N", "--host=ADDRESS", "Exit codes", "0   Stopped", "2   Bad usage");
    }

    private static int awaitPort(StringWriter err, CompletableFuture<Integer> exit) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(err.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertThat(exit).as("serve exited early: " + err).isNotDone();
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + err);
    }
}
