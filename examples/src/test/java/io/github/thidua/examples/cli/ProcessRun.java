package io.github.thidua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A finished child process of the integration tests that run the jar or the launcher: its exit code, stdout and
 * stderr (read concurrently, so a full pipe never blocks the child).
 */
record ProcessRun(int code, String out, String err) {
    /**
     * Starts {@code builder} with stdin closed and waits for it; a child still running after {@code timeoutSeconds}
     * is killed and fails the test, naming {@code what}.
     */
    static ProcessRun of(ProcessBuilder builder, long timeoutSeconds, String what)
            throws IOException, InterruptedException, ExecutionException {
        Process p = builder.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(what + " did not finish in " + timeoutSeconds + " s");
        }
        return new ProcessRun(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
