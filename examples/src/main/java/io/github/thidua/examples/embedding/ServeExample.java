package io.github.thidua.examples.embedding;

// tag::imports[]
import io.github.thidua.examples.http.ThiduaServer;
import io.github.thidua.rules.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
// end::imports[]

/**
 * Starting the HTTP example from Java. {@code docs/embedding.md} shows the imports and the code between the
 * {@code tag::serve[]} markers; a test checks that the two are the same, starts the server with this code, asks it
 * for its health and stops it by interrupting the thread.
 *
 * <pre>{@code java -cp examples/target/thidua.jar io.github.thidua.examples.embedding.ServeExample}</pre>
 */
public final class ServeExample {
    private ServeExample() {
    }

    /** Serves on a free loopback port until interrupted (Ctrl-C). */
    public static void main(String[] args) throws IOException {
        try {
            serve(System.out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the engine, serves until the server is closed or the thread is interrupted, then stops the server. */
    static void serve(PrintStream out) throws IOException, InterruptedException {
        // tag::serve[]
        Engine engine = Engine.builder().build();
        try (ThiduaServer server = ThiduaServer.builder(engine)
                .address(new InetSocketAddress("127.0.0.1", 0))      // 0: any free port
                .maxBodyBytes(2 * 1024 * 1024).threads(4).start()) {
            out.println("listening on " + server.address());
            server.awaitClose();                                    // until close(), or an interrupt of this thread
        }
        // end::serve[]
    }
}
