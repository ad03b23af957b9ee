package io.github.thidua.rules.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.Reason;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The unit review result as a JSON document ({@code "kind": "unit-review-result"}): every person's case for every
 * title and form with its reasons, the findings, the derived member statistics, the collective titles and the
 * bonus lines with their total. Field names are stable within a major version.
 */
public final class UnitReviewJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UnitReviewJson() {
    }

    /** The fields a unit review result and a person's explanation share. */
    private static void header(ObjectNode root, UnitReviewResult r) {
        root.put("regime", r.regime().code());
        root.put("decree", r.decree());
        root.put("year", r.year());
        root.put("unit", r.unitId());
        root.put("unitName", r.unitName());
        root.put("reviewDate", r.reviewDate().toString());
        root.put("decisionDate", r.decisionDate().toString());
    }

    /** The result as JSON; the audit trail (rule ids fired, in order) when {@code withAudit}. */
    public static String write(UnitReviewResult r, boolean withAudit) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "unit-review-result");
        header(root, r);
        ArrayNode decisions = root.putArray("decisions");
        for (PersonDecision d : r.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("person", d.person());
            n.put("name", d.name());
            n.put("award", d.award().name());
            n.put("outcome", d.outcome().name());
            ArrayNode used = n.putArray("initiatives");
            d.initiatives().forEach(used::add);
            n.put("attested", d.attested());
            ObjectNode a = n.putObject("authority");
            a.put("vi", d.authority().vi());
            a.put("en", d.authority().en());
            a.put("legalBasis", d.authority().basis());
            a.put("certainty", d.authority().certainty().code());
            if (d.authority().catalogueId() != null) {
                a.put("catalogueId", d.authority().catalogueId());
            }
            n.set("reasons", reasons(d.reasons()));
            n.set("unmet", reasons(d.unmet()));
        }
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(f -> {
            ObjectNode n = reason(f.reason());
            n.put("severity", f.severity().name());
            findings.add(n);
        });
        ObjectNode s = root.putObject("statistics");
        s.put("headcount", r.statistics().headcount());
        s.put("completedTasks", r.statistics().completedTasks());
        s.put("advancedLabour", r.statistics().advancedLabour());
        s.put("emulationFighters", r.statistics().emulationFighters());
        s.put("disciplinedWarningOrAbove", r.statistics().disciplinedWarningOrAbove());
        s.put("women", r.statistics().women());
        ArrayNode collective = root.putArray("collective");
        for (Decision d : r.collective()) {
            ObjectNode n = collective.addObject();
            n.put("unit", d.unit().value());
            n.put("award", d.award().name());
            n.put("outcome", d.outcome().name());
            n.set("reasons", reasons(d.reasons()));
            n.set("unmet", reasons(d.unmet()));
        }
        ArrayNode cf = root.putArray("collectiveFindings");
        for (Finding f : r.collectiveFindings()) {
            ObjectNode n = cf.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().name());
            n.put("legalBasis", f.legalBasis());
            n.put("vi", f.vi());
            n.put("en", f.en());
        }
        ArrayNode bonuses = root.putArray("bonuses");
        for (BonusLine b : r.bonuses()) {
            ObjectNode n = bonuses.addObject();
            n.put("subject", b.subject());
            n.put("name", b.name());
            n.put("award", b.award());
            n.put("awardEn", b.awardEn());
            if (b.multiple() == null) {
                n.putNull("multiple");
            } else {
                n.put("multiple", b.multiple());
            }
            if (b.baseSalary() == null) {
                n.putNull("baseSalary");
            } else {
                n.put("baseSalary", b.baseSalary());
            }
            if (b.amount() == null) {
                n.putNull("amount");
            } else {
                n.put("amount", b.amount());
            }
            n.put("legalBasis", b.basis());
            n.put("note", b.note());
        }
        root.put("bonusTotal", r.bonusTotal());
        if (withAudit) {
            ArrayNode audit = root.putArray("audit");
            r.audit().forEach(audit::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A person's explanation as JSON ({@code "kind": "person-explanation"}): the unit review's period and dates, the
     * person, and per title or form the outcome, the conditions met and not met, the ballot, the quota place, the
     * initiatives used and the deciding authority; each reason with its rule, kind, legal basis, catalogue
     * citation ids and certainty. The audit trail of the whole review when {@code withAudit}.
     */
    public static String write(PersonExplanation x, boolean withAudit) {
        UnitReviewResult r = x.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "person-explanation");
        header(root, r);
        root.put("person", x.person());
        root.put("name", x.name());
        ArrayNode cases = root.putArray("cases");
        for (PersonExplanation.Case c : x.cases()) {
            ObjectNode n = cases.addObject();
            n.put("award", c.award().name());
            n.put("awardVi", c.award().vi());
            n.put("awardEn", c.award().en());
            n.put("outcome", c.outcome().name());
            n.put("outcomeVi", c.outcome().vi());
            n.put("outcomeEn", c.outcome().en());
            n.put("attested", c.decision().attested());
            n.put("ballotPending", c.decision().ballotPending());
            n.set("met", full(c.met()));
            n.set("unmet", full(c.unmet()));
            n.set("ballot", full(c.ballot()));
            n.set("quota", full(c.quota()));
            ArrayNode used = n.putArray("initiatives");
            c.initiatives().forEach(used::add);
            ObjectNode a = n.putObject("authority");
            a.put("vi", c.authority().vi());
            a.put("en", c.authority().en());
            a.put("legalBasis", c.authority().basis());
            a.put("certainty", c.authority().certainty().code());
            if (c.authority().catalogueId() != null) {
                a.put("catalogueId", c.authority().catalogueId());
            }
        }
        if (withAudit) {
            ArrayNode audit = root.putArray("audit");
            r.audit().forEach(audit::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reasons in the result document's full form (with kind and catalogue citations). */
    private static ArrayNode full(List<Reason> reasons) {
        return io.github.thidua.rules.json.ResultJson.reasons(reasons);
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode a = MAPPER.createArrayNode();
        reasons.forEach(x -> a.add(reason(x)));
        return a;
    }

    private static ObjectNode reason(Reason x) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", x.ruleId());
        n.put("legalBasis", x.legalBasis());
        n.put("certainty", x.certainty().code());
        n.put("vi", x.vi());
        n.put("en", x.en());
        ArrayNode ids = n.putArray("citations");
        x.citations().forEach(c -> ids.add(c.id()));
        if (x.legalBasisEn() != null) {
            n.put("legalBasisEn", x.legalBasisEn());
        }
        if (x.assumption() != null) {
            n.put("assumption", x.assumption());
        }
        return n;
    }
}
