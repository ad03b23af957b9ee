package io.github.thidua.examples.cli.render;

import io.github.thidua.rules.Explanation;
import io.github.thidua.rules.json.ResultJson;

/**
 * Writes an {@link Explanation} as JSON ({@code thidua explain --format json}): the rules module's explanation
 * document ({@link ResultJson#write(Explanation, boolean)}), the same one the HTTP example answers. Reasons have the
 * fields of the result contract, so both languages are always present.
 */
public final class ExplainJson {
    private ExplainJson() {
    }

    public static String write(Explanation e, boolean withAudit) {
        return ResultJson.write(e, withAudit);
    }
}
