package io.github.thidua.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.rules.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and oversized clients on loopback, bounded in number (8) and time: they must not keep the server from
 * answering a normal request within 1 s, an oversized declared body is answered 413 and the connection closed
 * (not drained), a client that never finishes its headers is disconnected after {@link ThiduaServer#REQUEST_SECONDS},
 * and a request that makes a handler fail with an Error still gets an answer.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HostileClientsTest {
    private static ThiduaServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = ThiduaServer.start(Engine.builder().build(), new InetSocketAddress("127.0.0.1", 0));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Socket open() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.address().getPort()), 5_000);
        s.setSoTimeout(20_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static HttpResponse<String> getRules() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/rules"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eightSlowClientsDoNotDelayANormalRequest() throws Exception {
        assertThat(getRules().statusCode()).isEqualTo(200); // warm up
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket s = open(); // slow headers: never finished
                send(s, "POST /reviews HTTP/1.1\r\nHost: x\r\n");
                slow.add(s);
            }
            for (int i = 0; i < 3; i++) {
                Socket s = open(); // slow body: 10 of 1000 bytes
                send(s, "POST /reviews HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"kind\": ");
                slow.add(s);
            }
            for (int i = 0; i < 2; i++) {
                Socket s = open(); // declares a body over the limit and sends none
                send(s, "POST /reviews HTTP/1.1\r\nHost: x\r\nContent-Length: 900000000\r\n\r\n");
                slow.add(s);
            }
            Thread.sleep(200);
            long start = System.nanoTime();
            HttpResponse<String> r = getRules();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("HostileClientsTest: GET /rules with 8 slow connections open answered in " + ms + " ms");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(ms).isLessThan(1_000);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void anOversizedDeclaredBodyIsAnswered413AndTheConnectionClosed() throws Exception {
        try (Socket s = open()) {
            long start = System.nanoTime();
            send(s, "POST /reviews HTTP/1.1\r\nHost: x\r\nContent-Length: 900000000\r\n\r\n");
            String response = readAll(s.getInputStream());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(response).startsWith("HTTP/1.1 413");
            // closed by the server (end of stream), not drained for the declared 900 MB
            assertThat(ms).isLessThan(5_000);
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsDisconnected() throws Exception {
        try (Socket s = open()) {
            long start = System.nanoTime();
            send(s, "POST /reviews HTTP/1.1\r\nHost: x\r\n");
            String response = readAll(s.getInputStream());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("HostileClientsTest: unfinished headers disconnected after " + ms + " ms");
            assertThat(ms).isLessThan((ThiduaServer.REQUEST_SECONDS + 5) * 1_000L);
            assertThat(response).doesNotContain("200 OK");
        }
    }

    @Test
    void anErrorInAHandlerIsAnsweredAndTheServerKeepsServing() throws Exception {
        // 40 000 nested parentheses: deep recursion in the DRL parser
        String drl = "package p;\nrule \"r\" when eval(" + "(".repeat(40_000) + "true" + ")".repeat(40_000) + ") then end\n";
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/rules/check?compile=false"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(drl)).build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(200, 400, 500);
        assertThat(r.body()).isNotBlank();
        assertThat(getRules().statusCode()).isEqualTo(200);
    }

    private static String readAll(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0 && sb.length() < 100_000) {
                sb.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            sb.append("<timeout>");
        } catch (IOException e) {
            // reset by the server: closed
        }
        return sb.toString();
    }
}
