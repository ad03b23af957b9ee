package io.github.thidua.examples.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.json.ResultJson;
import java.io.UncheckedIOException;

/**
 * Writes an {@link Explanation} as JSON ({@code thidua explain --format json}): {@code kind}
 * ({@code "explanation"}), the bloc's context as in the review result document ({@code regime}, {@code citations},
 * {@code province}, {@code bloc}, {@code blocName}, {@code year}, {@code stage}, {@code decisionDate},
 * {@code profile}, {@code rulePack}), then {@code unit}, {@code name}, {@code rank}, {@code members},
 * {@code total}, {@code tieBreak}, {@code leaderLine}, {@code outcome} (the award the unit ends with, or null),
 * {@code quotas} and {@code decisions}. Reasons have the fields of the result contract ({@code ruleId},
 * {@code legalBasis}, {@code certainty}, {@code vi}, {@code en}), so both languages are always present.
 */
public final class ExplainJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplainJson() {
    }

    public static String write(Explanation e, boolean withAudit) {
        ReviewResult r = e.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "explanation");
        root.put("regime", r.regime().code());
        root.set("citations", ResultJson.citations(r.citations()));
        root.put("province", r.province());
        root.put("bloc", r.bloc().value());
        root.put("blocName", r.blocName());
        root.put("year", r.year());
        root.put("stage", r.stage().name());
        root.put("decisionDate", r.decisionDate().toString());
        root.put("profile", r.profile());
        ObjectNode pack = root.putObject("rulePack");
        pack.put("name", r.rulePack().name());
        pack.put("version", r.rulePack().version());
        root.put("unit", e.unit().value());
        root.put("name", e.name());
        RankedUnit ranked = e.ranked();
        if (ranked == null || r.ranking().units().isEmpty()) {
            root.putNull("rank");
            root.put("members", e.members());
            root.putNull("total");
            root.putNull("tieBreak");
        } else {
            root.put("rank", ranked.rank());
            root.put("members", e.members());
            root.put("total", ranked.total());
            if (ranked.tieBreak() == null) {
                root.putNull("tieBreak");
            } else {
                ObjectNode t = root.putObject("tieBreak");
                t.put("by", ranked.tieBreak().by());
                t.put("over", ranked.tieBreak().over().value());
                t.put("vi", ranked.tieBreak().vi());
                t.put("en", ranked.tieBreak().en());
            }
        }
        if (e.leader() == null) {
            root.putNull("leaderLine");
        } else {
            ObjectNode l = root.putObject("leaderLine");
            l.put("unit", e.leader().unit().value());
            l.put("rank", e.leader().rank());
            l.put("total", e.leader().total());
        }
        if (e.verdict() == null) {
            root.putNull("outcome");
        } else {
            ObjectNode v = root.putObject("outcome");
            v.put("award", e.verdict().award().name());
            v.put("outcome", e.verdict().outcome().name());
        }
        ArrayNode quotas = root.putArray("quotas");
        for (Explanation.QuotaPosition q : e.quotas()) {
            ObjectNode n = quotas.addObject();
            n.put("quota", q.quota().name());
            n.put("award", q.quota().award.name());
            n.put("parameter", q.quota().parameter);
            if (q.parameter() == null) {
                n.putNull("parameterValue");
            } else {
                n.put("parameterValue", q.parameter().display());
            }
            putInt(n, "limit", q.limit());
            putInt(n, "position", q.position());
            putInt(n, "candidates", q.candidates());
            n.put("status", q.status().name());
            if (q.reason() == null) {
                n.putNull("reason");
            } else {
                n.set("reason", ResultJson.reason(q.reason()));
            }
        }
        ArrayNode decisions = root.putArray("decisions");
        for (Decision d : e.awards()) {
            ObjectNode n = decisions.addObject();
            n.put("award", d.award().name());
            n.put("outcome", d.outcome().name());
            n.set("reasons", ResultJson.reasons(d.reasons()));
            n.set("unmet", ResultJson.reasons(d.unmet()));
        }
        if (withAudit) {
            ArrayNode audit = root.putArray("audit");
            for (AuditEntry a : r.audit()) {
                if (a.units().contains(e.unit().value())) {
                    ObjectNode n = audit.addObject();
                    n.put("ruleId", a.ruleId());
                    n.put("rule", a.ruleName());
                    ArrayNode units = n.putArray("units");
                    a.units().forEach(units::add);
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void putInt(ObjectNode n, String field, Integer value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
