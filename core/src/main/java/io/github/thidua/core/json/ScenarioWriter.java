package io.github.thidua.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Attestation;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocDecisions;
import io.github.thidua.core.CouncilSession;
import io.github.thidua.core.ExclusionFact;
import io.github.thidua.core.Proposal;
import io.github.thidua.core.Tally;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Pact;
import io.github.thidua.core.PactTarget;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * Writes reviews in the documented format, fields in the documented order. Optional values that are null are
 * omitted; lists and booleans are always written. Decimals are written as held (37.50 stays 37.50), text in NFC.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioWriter() {
    }

    static String write(BlocReview review) {
        return print(blocReview(review));
    }

    static String write(ProvinceReview review) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", Format.PROVINCE_REVIEW);
        o.put("illustrative", review.illustrative());
        putText(o, "note", review.note());
        putText(o, "province", review.province());
        o.put("year", review.year());
        putDate(o, "reviewDate", review.reviewDate());
        putText(o, "profile", review.profile());
        ArrayNode blocs = o.putArray("blocs");
        review.blocs().forEach(b -> blocs.add(blocReview(b)));
        if (review.council() != null) {
            council(o.putObject("council"), review.council());
        }
        return print(o);
    }

    private static String print(ObjectNode root) {
        try {
            return Json.WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // Writing a tree of plain values to a string cannot fail short of a bug.
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode blocReview(BlocReview r) {
        ObjectNode o = NODES.objectNode();
        Bloc bloc = r.bloc();
        o.put("kind", Format.BLOC_REVIEW);
        o.put("illustrative", r.illustrative());
        putText(o, "note", r.note());
        o.put("stage", r.stage().name());
        o.put("year", r.year());
        putDate(o, "reviewDate", r.reviewDate());
        putText(o, "province", bloc.province());
        putText(o, "profile", r.profile());
        ObjectNode b = o.putObject("bloc");
        b.put("id", bloc.id().value());
        putText(b, "name", bloc.name());
        b.put("kind", bloc.kind().name());
        putText(b, "organiser", bloc.organiser());
        ArrayNode members = o.putArray("members");
        for (Unit u : bloc.members()) {
            ObjectNode m = members.addObject();
            m.put("id", u.id().value());
            putText(m, "name", u.name());
            m.put("kind", u.kind().name());
            if (u.managingAgency() != null) {
                ObjectNode a = m.putObject("managingAgency");
                a.put("kind", u.managingAgency().kind().name());
                putText(a, "name", u.managingAgency().name());
            }
            // the reference as written (relative to the bloc review's file), never the unit review inline
            r.unitReview(u.id()).ifPresent(ref -> m.putObject("unitReview").put("file", ref.file()));
        }
        if (r.term() != null) {
            term(o.putObject("term"), r.term());
        }
        if (r.pact() != null) {
            pact(o.putObject("pact"), r.pact());
        }
        if (r.scheme() != null) {
            scheme(o.putObject("scheme"), r.scheme());
        }
        ArrayNode cards = o.putArray("scorecards");
        for (Scorecard card : r.scorecards()) {
            ObjectNode c = cards.addObject();
            putUnit(c, "unit", card.unit());
            ArrayNode scores = c.putArray("scores");
            for (Score s : card.scores()) {
                ObjectNode n = scores.addObject();
                putText(n, "criterion", s.criterion());
                putDecimal(n, "self", s.self());
                putDecimal(n, "assessed", s.assessed());
            }
        }
        ArrayNode ratings = o.putArray("ratings");
        for (YearRating y : r.ratings()) {
            ObjectNode n = ratings.addObject();
            putUnit(n, "unit", y.unit());
            n.put("year", y.year());
            n.put("rating", y.rating().name());
        }
        ArrayNode facts = o.putArray("facts");
        r.facts().forEach(x -> facts(facts.addObject(), x));
        ArrayNode history = o.putArray("history");
        r.history().forEach(h -> history(history.addObject(), h));
        ArrayNode votes = o.putArray("votes");
        for (NominationVote v : r.votes()) {
            ObjectNode n = votes.addObject();
            putUnit(n, "unit", v.unit());
            n.put("award", v.award().name());
            n.put("for", v.votesFor());
            n.put("against", v.votesAgainst());
            n.put("present", v.present());
            n.put("members", v.members());
        }
        if (r.election() != null) {
            ObjectNode e = o.putObject("election");
            putUnit(e, "head", r.election().head());
            putUnit(e, "deputy", r.election().deputy());
        }
        putDate(o, "dossierReceivedDate", r.dossierReceivedDate());
        if (r.decisions() != null) {
            decisions(o.putObject("decisions"), r.decisions());
        }
        if (!r.exclusions().isEmpty()) {
            ArrayNode xs = o.putArray("exclusions");
            for (ExclusionFact x : r.exclusions()) {
                ObjectNode n = xs.addObject();
                putUnit(n, "unit", x.unit());
                n.put("kind", x.kind().name());
                putDate(n, "from", x.from());
                putDate(n, "to", x.to());
                if (x.violationFound()) {
                    n.put("violationFound", true);
                }
                putText(n, "note", x.note());
            }
        }
        if (!r.attestations().isEmpty()) {
            ArrayNode as = o.putArray("attestations");
            for (Attestation a : r.attestations()) {
                ObjectNode n = as.addObject();
                putUnit(n, "unit", a.unit());
                n.put("year", a.year());
                n.put("condition", a.condition().name());
                n.put("met", a.met());
                putText(n, "evidence", a.evidence());
            }
        }
        return o;
    }

    private static void term(ObjectNode o, BlocTerm t) {
        o.put("year", t.year());
        putUnit(o, "head", t.head());
        putUnit(o, "deputy", t.deputy());
        o.put("method", t.method().name());
    }

    private static void pact(ObjectNode o, Pact p) {
        o.put("year", p.year());
        putDate(o, "signedOn", p.signedOn());
        ArrayNode signatories = o.putArray("signatories");
        p.signatories().forEach(u -> signatories.add(u.value()));
        ArrayNode targets = o.putArray("targets");
        for (PactTarget t : p.targets()) {
            ObjectNode n = targets.addObject();
            putUnit(n, "unit", t.unit());
            putText(n, "description", t.description());
        }
    }

    private static void scheme(ObjectNode o, ScoringScheme s) {
        putDecimal(o, "maxBase", s.maxBase());
        putDecimal(o, "bonusCap", s.bonusCap());
        putDecimal(o, "penaltyCap", s.penaltyCap());
        ArrayNode criteria = o.putArray("criteria");
        for (Criterion c : s.criteria()) {
            ObjectNode n = criteria.addObject();
            putText(n, "id", c.id());
            putText(n, "group", c.group());
            putText(n, "name", c.name());
            n.put("kind", c.kind().name());
            putDecimal(n, "max", c.max());
        }
    }

    private static void facts(ObjectNode o, UnitYearFacts f) {
        putUnit(o, "unit", f.unit());
        o.put("year", f.year());
        o.put("targetsExceeded", f.targetsExceeded());
        o.put("partyCleanStrong", f.partyCleanStrong());
        o.put("solidarity", f.solidarity());
        o.put("underDisciplineReview", f.underDisciplineReview());
        o.put("underInvestigation", f.underInvestigation());
        o.put("pendingComplaint", f.pendingComplaint());
        o.put("pressIssueUnderVerification", f.pressIssueUnderVerification());
        putDate(o, "disciplineEndedOn", f.disciplineEndedOn());
        if (f.partyOrganisationExcellent() != null) {
            o.put("partyOrganisationExcellent", f.partyOrganisationExcellent());
        }
        MemberStatistics m = f.members();
        ObjectNode s = o.putObject("members");
        s.put("headcount", m.headcount());
        s.put("completedTasks", m.completedTasks());
        s.put("advancedLabour", m.advancedLabour());
        s.put("emulationFighters", m.emulationFighters());
        s.put("disciplinedWarningOrAbove", m.disciplinedWarningOrAbove());
        s.put("women", m.women());
    }

    private static void history(ObjectNode o, AwardRecord h) {
        putUnit(o, "unit", h.unit());
        o.put("award", h.award().name());
        o.put("achievementYear", h.achievementYear());
        if (h.decision() != null) {
            ObjectNode d = o.putObject("decision");
            putText(d, "number", h.decision().number());
            putDate(d, "date", h.decision().date());
        }
        o.put("kind", h.kind().name());
        o.put("status", h.status().name());
        if (h.periodFrom() != null) {
            o.put("periodFrom", h.periodFrom());
        }
    }

    private static void decisions(ObjectNode o, BlocDecisions d) {
        putText(o, "source", d.source());
        ArrayNode leaders = o.putArray("leaders");
        d.leaders().forEach(l -> leaders.add(l.value()));
        ArrayNode proposals = o.putArray("proposals");
        for (Proposal p : d.proposals()) {
            ObjectNode n = proposals.addObject();
            putUnit(n, "unit", p.unit());
            n.put("award", p.award().name());
            if (p.vote() != null) {
                tally(n.putObject("vote"), p.vote(), true);
            }
            putText(n, "note", p.note());
        }
    }

    private static void tally(ObjectNode n, Tally t, boolean withAttendance) {
        n.put("for", t.votesFor());
        n.put("against", t.votesAgainst());
        if (withAttendance) {
            n.put("present", t.present());
            n.put("members", t.members());
        }
        if (t.written() != 0) {
            n.put("written", t.written());
        }
    }

    private static void council(ObjectNode o, CouncilSession c) {
        putDate(o, "date", c.date());
        o.put("members", c.members());
        o.put("present", c.present());
        putText(o, "minutes", c.minutes());
        ArrayNode ballots = o.putArray("ballots");
        for (Ballot b : c.ballots()) {
            ObjectNode n = ballots.addObject();
            putUnit(n, "unit", b.unit());
            n.put("award", b.award().name());
            tally(n, b.tally(), false);
            if (b.chosen() != null) {
                n.put("chosen", b.chosen());
            }
        }
    }

    private static void putText(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, Normalizer.normalize(value, Normalizer.Form.NFC));
        }
    }

    private static void putUnit(ObjectNode o, String name, UnitId unit) {
        if (unit != null) {
            o.put(name, unit.value());
        }
    }

    private static void putDate(ObjectNode o, String name, LocalDate date) {
        if (date != null) {
            o.put(name, date.toString());
        }
    }

    // DecimalNode directly: the node factory may strip trailing zeros, changing the scale.
    private static void putDecimal(ObjectNode o, String name, BigDecimal value) {
        if (value != null) {
            o.set(name, DecimalNode.valueOf(value));
        }
    }
}
