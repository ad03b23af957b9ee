/**
 * Embedding thidua in a web service: {@link io.github.thidua.examples.http.ThiduaServer} on the JDK's own HTTP
 * server, started by {@code thidua serve}. See {@code docs/embedding.md} and {@code docs/openapi.yaml}.
 */
package io.github.thidua.examples.http;
