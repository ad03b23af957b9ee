package io.github.thidua.testkit.gen;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compact, human-readable descriptions of generated cases, for failure reports: one header line, then one line per
 * unit with its total, facts, member statistics, ratings, history and vote.
 *
 * <pre>
 * bloc bloc-1 YEAR_END 2024 reviewed 2025-07-01 (regime 2024) profile bac-ninh, 3 members, scheme base 100 [R1 60, R2 40, B1 5 (cap 10), P1 2 (cap 10)]
 *   u02  total 97.5  facts T P S        hc 100 done 100 LĐTT 69 CSTĐ 1 disc 0 women 30  ratings 2024:EXC 2023:EXC 2022:GOOD  history PC2019 PF2021/IRR  vote PF 2/3 of 3 present 3
 * term head u01 deputy u02; election head u03; probe unit 1 improve RATING worsen VOTE shuffle 42
 * </pre>
 */
public final class Describe {
    private Describe() {
    }

    /**
     * Describes a bloc case: the review and its probe.
     *
     * @param c the case
     * @return a multi-line description
     */
    public static String blocCase(BlocCase c) {
        return review(c.review()) + "\n  " + probe(c.probe());
    }

    /**
     * Describes a province case: the council, every bloc and the probe.
     *
     * @param c the case
     * @return a multi-line description
     */
    public static String provinceCase(ProvinceCase c) {
        ProvinceReview p = c.review();
        StringBuilder sb = new StringBuilder();
        sb.append("province ").append(p.province()).append(' ').append(p.year()).append(" council ")
                .append(p.reviewDate() == null ? "31/12" : p.reviewDate()).append(" profile ").append(p.profile())
                .append(", ").append(p.blocs().size()).append(p.blocs().size() == 1 ? " bloc" : " blocs");
        for (BlocReview b : p.blocs()) {
            sb.append('\n').append(review(b));
        }
        return sb.append("\n  ").append(probe(c.probe())).toString();
    }

    /**
     * Describes a bloc review.
     *
     * @param r the review
     * @return a multi-line description
     */
    public static String review(BlocReview r) {
        StringBuilder sb = new StringBuilder();
        sb.append("bloc ").append(r.bloc().id()).append(' ').append(r.stage()).append(' ').append(r.year())
                .append(" reviewed ").append(r.reviewDate() == null ? "31/12" : r.reviewDate())
                .append(" (regime ").append(r.regime().code()).append(") profile ").append(r.profile()).append(", ")
                .append(r.bloc().size()).append(r.bloc().size() == 1 ? " member" : " members");
        if (r.scheme() != null) {
            sb.append(", ").append(scheme(r.scheme()));
        }
        Map<UnitId, UnitYearFacts> facts = new HashMap<>();
        for (UnitYearFacts f : r.facts()) {
            if (f.year() == r.year()) {
                facts.put(f.unit(), f);
            }
        }
        Map<UnitId, TreeMap<Integer, TaskRating>> ratings = new HashMap<>();
        for (YearRating y : r.ratings()) {
            ratings.computeIfAbsent(y.unit(), k -> new TreeMap<>()).put(y.year(), y.rating());
        }
        Map<UnitId, List<AwardRecord>> history = new HashMap<>();
        for (AwardRecord a : r.history()) {
            history.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(a);
        }
        Map<UnitId, List<NominationVote>> votes = new HashMap<>();
        for (NominationVote v : r.votes()) {
            votes.computeIfAbsent(v.unit(), k -> new ArrayList<>()).add(v);
        }
        for (Unit u : r.bloc().members()) {
            sb.append("\n  ").append(u.id()).append("  total ")
                    .append(total(r.scheme(), r.scorecard(u.id()).orElse(null)));
            UnitYearFacts f = facts.get(u.id());
            sb.append("  facts ").append(f == null ? "MISSING" : facts(f));
            TreeMap<Integer, TaskRating> rs = ratings.get(u.id());
            if (rs != null) {
                sb.append("  ratings");
                rs.descendingMap().forEach((y, t) -> sb.append(' ').append(y).append(':').append(rating(t)));
            }
            List<AwardRecord> h = history.get(u.id());
            if (h != null) {
                sb.append("  history");
                for (AwardRecord a : h) {
                    sb.append(' ').append(award(a.award())).append(a.achievementYear());
                    if (a.kind() != AwardKind.REGULAR) {
                        sb.append('/').append(a.kind() == AwardKind.IRREGULAR ? "IRR" : "THEM");
                    }
                    if (a.status() == AwardStatus.REVOKED) {
                        sb.append("/REVOKED");
                    }
                }
            }
            for (NominationVote v : votes.getOrDefault(u.id(), List.of())) {
                sb.append("  vote ").append(award(v.award())).append(' ').append(v.votesFor()).append('/')
                        .append(v.votesFor() + v.votesAgainst()).append(" present ").append(v.present())
                        .append(" of ").append(v.members());
            }
        }
        sb.append("\n  term ");
        if (r.term() == null) {
            sb.append("none");
        } else {
            sb.append("head ").append(r.term().head()).append(" deputy ").append(r.term().deputy());
        }
        sb.append("; election ");
        if (r.election() == null) {
            sb.append("none");
        } else {
            sb.append("head ").append(r.election().head()).append(" deputy ").append(r.election().deputy());
        }
        return sb.toString();
    }

    private static String probe(Probe p) {
        return "probe unit #" + p.unit() + " improve " + p.improve() + " worsen " + p.worsen() + " shuffle "
                + p.shuffleSeed();
    }

    private static String scheme(ScoringScheme s) {
        StringBuilder sb = new StringBuilder("scheme base ").append(plain(s.maxBase())).append(" [");
        boolean first = true;
        for (Criterion c : s.criteria()) {
            sb.append(first ? "" : ", ").append(c.id()).append(' ').append(plain(c.max()));
            first = false;
        }
        return sb.append("] bonus cap ").append(plain(s.bonusCap())).append(" penalty cap ")
                .append(plain(s.penaltyCap())).toString();
    }

    private static String total(ScoringScheme scheme, Scorecard card) {
        if (scheme == null || card == null) {
            return "0";
        }
        BigDecimal regular = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        for (Score s : card.scores()) {
            CriterionKind kind = scheme.criterion(s.criterion()).map(Criterion::kind).orElse(CriterionKind.REGULAR);
            switch (kind) {
                case REGULAR -> regular = regular.add(s.effective());
                case BONUS -> bonus = bonus.add(s.effective());
                default -> penalty = penalty.add(s.effective());
            }
        }
        regular = regular.min(scheme.maxBase());
        bonus = bonus.min(scheme.bonusCap());
        penalty = penalty.min(scheme.penaltyCap());
        String t = plain(regular.add(bonus).subtract(penalty));
        return penalty.signum() == 0 ? t : t + " (penalty " + plain(penalty) + ")";
    }

    private static String facts(UnitYearFacts f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.targetsExceeded() ? "T" : "-T").append(f.partyCleanStrong() ? " P" : " -P")
                .append(f.solidarity() ? " S" : " -S");
        if (f.underDisciplineReview()) {
            sb.append(" DISCIPLINE_REVIEW");
        }
        if (f.underInvestigation()) {
            sb.append(" INVESTIGATION");
        }
        if (f.pendingComplaint()) {
            sb.append(" COMPLAINT");
        }
        if (f.pressIssueUnderVerification()) {
            sb.append(" PRESS");
        }
        if (f.disciplineEndedOn() != null) {
            sb.append(" discipline ended ").append(f.disciplineEndedOn());
        }
        MemberStatistics m = f.members();
        sb.append("  hc ").append(m.headcount()).append(" done ").append(m.completedTasks()).append(" LĐTT ")
                .append(m.advancedLabour()).append(" CSTĐ ").append(m.emulationFighters()).append(" disc ")
                .append(m.disciplinedWarningOrAbove()).append(" women ").append(m.women());
        return sb.toString();
    }

    private static String rating(TaskRating t) {
        return switch (t) {
            case EXCELLENT -> "EXC";
            case GOOD -> "GOOD";
            case COMPLETED -> "DONE";
            case NOT_COMPLETED -> "NOT";
        };
    }

    /**
     * The short code of an award used in descriptions.
     *
     * @param a the award
     * @return GF, PMC, PF, PC, ELC, ALC or CC
     */
    public static String award(AwardType a) {
        return switch (a) {
            case GOVERNMENT_FLAG -> "GF";
            case PRIME_MINISTER_CERTIFICATE -> "PMC";
            case PROVINCIAL_FLAG -> "PF";
            case PROVINCIAL_CERTIFICATE -> "PC";
            case EXCELLENT_LABOUR_COLLECTIVE -> "ELC";
            case ADVANCED_LABOUR_COLLECTIVE -> "ALC";
            case CERTIFICATE_OF_COMMENDATION -> "CC";
        };
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
