package io.github.thidua.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.CouncilAppraisal;
import io.github.thidua.rules.CouncilVerdict;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Explanation;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Quota;
import io.github.thidua.rules.QuotaPosition;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.UnitSummary;
import io.github.thidua.rules.Verdict;
import io.github.thidua.rules.Warning;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes results in thidua's stable JSON contract: top level {@code regime}, {@code province}, {@code bloc},
 * {@code year}, {@code stage}, {@code ranking}, {@code decisions}, {@code nextTerm}, {@code findings},
 * {@code warnings}, {@code units}, {@code quotas}; unit ids as in the input, award codes as in
 * {@link io.github.thidua.core.law.AwardType}. Each unit id is accompanied by the unit's name ({@code name},
 * {@code unitName}, {@code headName}, {@code deputyName}) and each ranking line by its score breakdown
 * ({@code regular}, {@code bonus}, {@code penalty}, and {@code criteria} when the scenario scored per criterion),
 * so that a host renders the result without its input. Fields are only ever added, never renamed or removed,
 * within a major version.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    /** The review result as JSON; the audit trail is included when {@code withAudit}. */
    public static String write(ReviewResult r, boolean withAudit) {
        return print(review(r, withAudit));
    }

    /**
     * A bloc review in its mode ({@link Appraisal}): the result of {@link #write(ReviewResult, boolean)} (the engine's
     * suggestion) with an added {@code appraisal} object: {@code mode} ({@code SUGGEST} or {@code APPRAISE}),
     * {@code label} ({@code vi}, {@code en}), {@code leaders} (recorded in appraise mode, suggested otherwise; each
     * {@code unit} and {@code name}), {@code verdicts} (one per recorded proposal, see {@link #verdict}),
     * {@code differences} and {@code notes} (reasons).
     */
    public static String write(Appraisal a, boolean withAudit) {
        ObjectNode root = review(a.suggestion(), withAudit);
        root.set("appraisal", appraisal(a));
        return print(root);
    }

    /**
     * A province review in its mode ({@link CouncilAppraisal}): the consolidation of
     * {@link #write(ConsolidationResult, boolean)}, each bloc with its {@code appraisal}, and an added {@code council}
     * object: {@code mode}, {@code label}, {@code governmentFlagCap}, {@code verdicts} (each {@code bloc}, {@code unit},
     * {@code unitName}, {@code award}, {@code verdict} ({@link CouncilVerdict.Kind}), {@code label}, {@code passed},
     * {@code reasons}) and {@code notes}.
     */
    public static String write(CouncilAppraisal c, boolean withAudit) {
        ObjectNode root = consolidation(c.consolidation(), withAudit);
        ArrayNode blocs = (ArrayNode) root.get("blocs");
        for (int i = 0; i < blocs.size() && i < c.blocs().size(); i++) {
            ((ObjectNode) blocs.get(i)).set("appraisal", appraisal(c.blocs().get(i)));
        }
        Map<String, String> names = new HashMap<>();
        c.consolidation().blocs().forEach(b -> b.units().forEach(u -> names.putIfAbsent(u.unit().value(), u.name())));
        ObjectNode council = MAPPER.createObjectNode();
        council.put("mode", c.mode().name());
        council.set("label", label(c.mode() == Appraisal.Mode.SUGGEST
                ? "gợi ý (chưa có phiên họp Hội đồng Thi đua - Khen thưởng tỉnh được ghi nhận; đây chỉ là gợi ý)"
                : "thẩm định phiếu bầu của Hội đồng Thi đua - Khen thưởng tỉnh",
                c.mode() == Appraisal.Mode.SUGGEST ? "suggestion (no council session recorded)"
                        : "appraisal of the council's recorded ballots"));
        council.put("governmentFlagCap", c.governmentFlagCap());
        ArrayNode verdicts = council.putArray("verdicts");
        for (CouncilVerdict v : c.verdicts()) {
            ObjectNode n = verdicts.addObject();
            n.put("bloc", v.bloc().value());
            n.put("unit", v.unit().value());
            n.put("unitName", names.get(v.unit().value()));
            n.put("award", v.award().name());
            n.put("verdict", v.kind().name());
            n.set("label", label(v.kind().vi(), v.kind().en()));
            n.put("passed", v.passed());
            n.set("reasons", reasons(v.reasons()));
        }
        council.set("notes", reasons(c.notes()));
        root.set("council", council);
        return print(root);
    }

    /** The {@code appraisal} object of {@link #write(Appraisal, boolean)}. */
    public static ObjectNode appraisal(Appraisal a) {
        ReviewResult r = a.suggestion();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("mode", a.mode().name());
        n.set("label", label(a.mode().vi(), a.mode().en()));
        ArrayNode leaders = n.putArray("leaders");
        a.leaders().forEach(u -> leaders.addObject().put("unit", u.value()).put("name", name(r, u.value())));
        ArrayNode verdicts = n.putArray("verdicts");
        a.verdicts().forEach(v -> verdicts.add(verdict(r, v)));
        n.set("differences", reasons(a.differences()));
        n.set("notes", reasons(a.notes()));
        return n;
    }

    /**
     * One verdict: {@code unit}, {@code unitName}, {@code award}, {@code verdict} ({@link Verdict.Kind}),
     * {@code label} ({@code vi}, {@code en}), {@code authority} (who decides the award: code, {@code vi}, {@code en}),
     * {@code authorityId} (the authority catalogue line), {@code suggested} (the outcome the engine would have
     * suggested, or null), {@code reasons} and {@code unmet} (the legal conditions not met).
     */
    static ObjectNode verdict(ReviewResult r, Verdict v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("unit", v.unit().value());
        n.put("unitName", name(r, v.unit().value()));
        n.put("award", v.award().name());
        n.put("verdict", v.kind().name());
        n.set("label", label(v.kind().vi(), v.kind().en()));
        if (v.authority() != null) {
            ObjectNode auth = n.putObject("authority");
            auth.put("code", v.authority().name());
            auth.put("vi", v.authority().vi());
            auth.put("en", v.authority().en());
        }
        n.put("authorityId", v.authorityId());
        n.put("suggested", v.suggested() == null ? null : v.suggested().name());
        n.set("reasons", reasons(v.reasons()));
        n.set("unmet", reasons(v.unmet()));
        return n;
    }

    private static ObjectNode label(String vi, String en) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("vi", vi);
        n.put("en", en);
        return n;
    }

    /** The consolidation result as JSON, each bloc as in {@link #write(ReviewResult, boolean)}. */
    public static String write(ConsolidationResult c, boolean withAudit) {
        return print(consolidation(c, withAudit));
    }

    private static ObjectNode consolidation(ConsolidationResult c, boolean withAudit) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "consolidation");
        root.put("regime", c.regime().code());
        root.set("citations", citations(c.citations()));
        root.put("province", c.province());
        root.put("year", c.year());
        root.put("stage", "YEAR_END");
        root.put("decisionDate", c.decisionDate().toString());
        root.put("profile", c.profile());
        ObjectNode pack = root.putObject("rulePack");
        pack.put("name", c.rulePack().name());
        pack.put("version", c.rulePack().version());
        if (c.rulePack().contentHash() != null) {
            pack.put("contentHash", c.rulePack().contentHash());
        }
        ObjectNode q = root.putObject("quota");
        q.put("award", "GOVERNMENT_FLAG");
        q.put("leaders", c.quota().leaders());
        q.put("share", c.quota().share());
        q.put("cap", c.quota().cap());
        q.put("proposed", c.quota().proposed());
        q.put("confirmed", c.quota().confirmed());
        if (c.quota().reason() != null) {
            q.set("reason", reason(c.quota().reason()));
        }
        ArrayNode blocs = root.putArray("blocs");
        c.blocs().forEach(b -> blocs.add(review(b, withAudit)));
        Map<String, String> names = new HashMap<>();
        c.blocs().forEach(b -> b.units().forEach(u -> names.putIfAbsent(u.unit().value(), u.name())));
        root.set("findings", findings(c.findings(), names::get));
        if (withAudit) {
            root.set("audit", audit(c.audit()));
        }
        return root;
    }

    /** The fields a review and an explanation of it share; returns the {@code rulePack} object. */
    private static ObjectNode reviewHeader(ObjectNode root, ReviewResult r) {
        root.put("regime", r.regime().code());
        root.set("citations", citations(r.citations()));
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
        return pack;
    }

    private static ObjectNode review(ReviewResult r, boolean withAudit) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "review");
        ObjectNode pack = reviewHeader(root, r);
        if (r.rulePack().contentHash() != null) {
            pack.put("contentHash", r.rulePack().contentHash());
        }
        ArrayNode ranking = root.putArray("ranking");
        for (RankedUnit u : r.ranking().units()) {
            ObjectNode n = ranking.addObject();
            n.put("unit", u.unit().value());
            n.put("name", name(r, u.unit().value()));
            n.put("rank", u.rank());
            n.put("total", u.total());
            n.put("regular", u.regular());
            n.put("bonus", u.bonus());
            n.put("penalty", u.penalty());
            ArrayNode criteria = n.putArray("criteria");
            r.unit(u.unit()).ifPresent(s -> s.criteria().forEach(p -> criteria.add(criterion(p))));
            if (u.tieBreak() == null) {
                n.putNull("tieBreak");
            } else {
                ObjectNode t = n.putObject("tieBreak");
                t.put("by", u.tieBreak().by());
                t.put("over", u.tieBreak().over().value());
                t.put("vi", u.tieBreak().vi());
                t.put("en", u.tieBreak().en());
            }
        }
        ArrayNode decisions = root.putArray("decisions");
        for (Decision d : r.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("unit", d.unit().value());
            n.put("unitName", name(r, d.unit().value()));
            n.put("award", d.award().name());
            n.put("outcome", d.outcome().name());
            n.set("reasons", reasons(d.reasons()));
            n.set("unmet", reasons(d.unmet()));
        }
        ArrayNode leaders = root.putArray("leaders");
        r.leaders().forEach(u -> leaders.add(u.value()));
        NextTerm t = r.nextTerm();
        if (t == null) {
            root.putNull("nextTerm");
        } else {
            ObjectNode n = root.putObject("nextTerm");
            n.put("year", t.year());
            n.put("head", t.head() == null ? null : t.head().value());
            n.put("deputy", t.deputy() == null ? null : t.deputy().value());
            n.put("headName", t.head() == null ? null : name(r, t.head().value()));
            n.put("deputyName", t.deputy() == null ? null : name(r, t.deputy().value()));
            n.put("elected", t.elected());
            n.set("reasons", reasons(t.reasons()));
        }
        root.set("findings", findings(r.findings(), id -> name(r, id)));
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : r.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("code", w.code());
            n.put("vi", w.vi());
            n.put("en", w.en());
        }
        ArrayNode units = root.putArray("units");
        for (UnitSummary u : r.units()) {
            ObjectNode n = units.addObject();
            n.put("unit", u.unit().value());
            n.put("name", u.name());
        }
        root.set("quotas", quotas(r.quotas()));
        if (withAudit) {
            root.set("audit", audit(r.audit()));
        }
        return root;
    }

    /** Legal sources as the contract writes them ({@code citation}, {@code validFrom}, {@code validTo}, {@code certainty}). */
    public static ArrayNode citations(List<LegalSource> sources) {
        ArrayNode a = MAPPER.createArrayNode();
        for (LegalSource s : sources) {
            ObjectNode n = a.addObject();
            n.put("citation", s.citation());
            n.put("validFrom", s.validFrom().toString());
            n.put("validTo", s.validTo() == null ? null : s.validTo().toString());
            n.put("certainty", s.certainty().code());
        }
        return a;
    }

    /** Reasons as the contract writes them (see {@link #reason(Reason)}). */
    public static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode a = MAPPER.createArrayNode();
        reasons.forEach(r -> a.add(reason(r)));
        return a;
    }

    /**
     * One reason as the contract writes it: {@code ruleId}, {@code legalBasis}, {@code certainty}, {@code vi},
     * {@code en}, then (added in 1.x) {@code kind} ({@link Reason.Kind}) and {@code citations} (catalogue citation
     * ids such as {@code LAW_2022:25.1.a}; empty when the basis names no catalogue document).
     */
    public static ObjectNode reason(Reason r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", r.ruleId());
        n.put("legalBasis", r.legalBasis());
        n.put("certainty", r.certainty().code());
        n.put("vi", r.vi());
        n.put("en", r.en());
        n.put("kind", r.kind().name());
        ArrayNode ids = n.putArray("citations");
        r.citations().forEach(c -> ids.add(c.id()));
        if (r.legalBasisEn() != null) {
            n.put("legalBasisEn", r.legalBasisEn());
        }
        if (r.assumption() != null) {
            n.put("assumption", r.assumption());
        }
        return n;
    }

    /**
     * The quotas the rules stated and applied: {@code quota} ({@link io.github.thidua.rules.QuotaKind}),
     * {@code award}, {@code parameter}, {@code parameterValue}, {@code limit}, {@code formula}, {@code reason} (the
     * rule that stated it; absent when none did), and {@code positions}: each unit placed, with {@code unit},
     * {@code place}, {@code of}, {@code status} and {@code reason}.
     */
    public static ArrayNode quotas(List<Quota> quotas) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Quota q : quotas) {
            ObjectNode n = a.addObject();
            n.put("quota", q.kind().name());
            n.put("award", q.kind().award().name());
            n.put("parameter", q.parameter());
            n.put("parameterValue", q.parameterValue());
            n.put("limit", q.limit());
            n.put("formula", q.formula());
            if (q.reason() != null) {
                n.set("reason", reason(q.reason()));
            }
            ArrayNode positions = n.putArray("positions");
            for (QuotaPosition p : q.positions()) {
                ObjectNode o = positions.addObject();
                o.put("unit", p.unit().value());
                o.put("place", p.place());
                o.put("of", p.of());
                o.put("status", p.status().name());
                if (p.reason() != null) {
                    o.set("reason", reason(p.reason()));
                }
            }
        }
        return a;
    }

    /**
     * An explanation ({@link ReviewResult#explain}) as JSON: {@code kind} ({@code "explanation"}), the bloc's context
     * as in the review document ({@code regime}, {@code citations}, {@code province}, {@code bloc}, {@code blocName},
     * {@code year}, {@code stage}, {@code decisionDate}, {@code profile}, {@code rulePack}), then {@code unit},
     * {@code name}, {@code rank}, {@code members}, {@code total}, {@code tieBreak}, {@code leaderLine},
     * {@code outcome} (the award the unit ends with, or null), {@code quotas} (the unit's line under each quota:
     * {@code quota}, {@code award}, {@code parameter}, {@code parameterValue}, {@code limit}, {@code formula},
     * {@code position}, {@code candidates}, {@code status}, {@code reason}) and {@code decisions}; with
     * {@code withAudit} the rules fired for the unit. Reasons are written as in the review document.
     */
    public static String write(Explanation e, boolean withAudit) {
        ReviewResult r = e.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", "explanation");
        reviewHeader(root, r);
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
        for (Explanation.QuotaLine q : e.quotas()) {
            ObjectNode n = quotas.addObject();
            n.put("quota", q.quota().kind().name());
            n.put("award", q.quota().kind().award().name());
            n.put("parameter", q.quota().parameter());
            n.put("parameterValue", q.quota().parameterValue());
            putInt(n, "limit", q.quota().limit());
            n.put("formula", q.quota().formula());
            putInt(n, "position", q.position().place());
            putInt(n, "candidates", q.candidates());
            n.put("status", q.position().status().name());
            if (q.position().reason() == null) {
                n.putNull("reason");
            } else {
                n.set("reason", reason(q.position().reason()));
            }
        }
        ArrayNode decisions = root.putArray("decisions");
        for (Decision d : e.awards()) {
            ObjectNode n = decisions.addObject();
            n.put("award", d.award().name());
            n.put("outcome", d.outcome().name());
            n.set("reasons", reasons(d.reasons()));
            n.set("unmet", reasons(d.unmet()));
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
        // added in 1.x: the review's mode and the verdicts on the unit's recorded proposals (explained from an
        // appraisal); absent when explained from a result alone
        if (e.mode() != null) {
            root.put("mode", e.mode().name());
            ArrayNode verdicts = root.putArray("verdicts");
            e.verdicts().forEach(v -> verdicts.add(verdict(r, v)));
            ArrayNode council = root.putArray("council");
            for (CouncilVerdict v : e.council()) {
                ObjectNode n = council.addObject();
                n.put("bloc", v.bloc().value());
                n.put("award", v.award().name());
                n.put("verdict", v.kind().name());
                n.set("label", label(v.kind().vi(), v.kind().en()));
                n.put("passed", v.passed());
                n.set("reasons", reasons(v.reasons()));
            }
            root.set("differences", reasons(e.differences()));
        }
        return print(root);
    }

    private static void putInt(ObjectNode n, String field, Integer value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    /** The unit's name from the result, or null when the result does not carry it. */
    private static String name(ReviewResult r, String unit) {
        for (UnitSummary u : r.units()) {
            if (u.unit().value().equals(unit)) {
                return u.name();
            }
        }
        return null;
    }

    private static ObjectNode criterion(UnitSummary.CriterionPoints p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("criterion", p.criterion());
        n.put("name", p.name());
        n.put("kind", p.kind().name());
        n.put("max", p.max());
        n.put("self", p.self());
        n.put("assessed", (BigDecimal) p.assessed());
        n.put("points", p.points());
        return n;
    }

    private static ArrayNode findings(List<Finding> findings, Function<String, String> names) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Finding f : findings) {
            ObjectNode n = a.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().name());
            n.put("unit", f.unit() == null ? null : f.unit().value());
            n.put("unitName", f.unit() == null ? null : names.apply(f.unit().value()));
            n.put("legalBasis", f.legalBasis());
            n.put("certainty", f.certainty().code());
            n.put("vi", f.vi());
            n.put("en", f.en());
        }
        return a;
    }

    private static ArrayNode audit(List<AuditEntry> entries) {
        ArrayNode a = MAPPER.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode n = a.addObject();
            n.put("ruleId", e.ruleId());
            n.put("rule", e.ruleName());
            ArrayNode units = n.putArray("units");
            e.units().forEach(units::add);
        }
        return a;
    }

    private static String print(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write result JSON", e);
        }
    }
}
