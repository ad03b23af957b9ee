package io.github.thidua.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.pack.Problem;
import java.util.function.UnaryOperator;

/**
 * A checker {@link Problem} as JSON, one object per problem: {@code path}, {@code line}, {@code column},
 * {@code severity}, {@code code}, {@code message}, {@code rule} and the one-line {@code text}. The form of
 * {@code POST /rules/check} answers (docs/openapi.yaml) and of the isolated checker's answer.
 */
public final class ProblemJson {
    private ProblemJson() {
    }

    /** Writes {@code p} into {@code n}, passing the free texts (message, rule, text) through {@code cut}. */
    public static void write(ObjectNode n, Problem p, UnaryOperator<String> cut) {
        n.put("path", p.path());
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("severity", p.severity().name());
        n.put("code", p.code());
        n.put("message", cut.apply(p.message()));
        n.put("rule", p.rule() == null ? null : cut.apply(p.rule()));
        n.put("text", cut.apply(p.format()));
    }

    /** Writes {@code p} into {@code n} unabridged. */
    public static void write(ObjectNode n, Problem p) {
        write(n, p, UnaryOperator.identity());
    }

    /** The problem {@link #write} wrote ({@code text} is derived, so it is not read). */
    public static Problem read(JsonNode n) {
        return new Problem(n.path("path").asText("."), n.path("line").asInt(), n.path("column").asInt(),
                Severity.valueOf(n.path("severity").asText("ERROR")), n.path("code").asText(),
                n.path("message").asText(), n.hasNonNull("rule") ? n.get("rule").asText() : null);
    }
}
