package io.github.thidua.rules.engine;

import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ExclusionFact;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Proposal;
import io.github.thidua.core.Tally;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AuthorityEntry;
import io.github.thidua.core.law.AwardForm;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.rules.Verdict;
import io.github.thidua.rules.facts.Quotas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Appraisal (thẩm định) of a bloc's recorded decisions: every proposal is checked against who may propose it,
 * its conditions (from the rule pack's evaluation of the same review), the bloc's leaders, dated exclusions,
 * attested conditions, the vote threshold, the quotas and "one achievement, one form". The recorded decisions are
 * never replaced; where the pack's rank-based suggestion differs, the differences say so.
 */
public final class Appraiser {
    private static final String TT08 = "Thông tư 08/2017/TT-BNV, Điều 8";

    private final BlocReview review;
    private final ReviewResult suggestion;
    private final Profile profile;
    private final LocalDate date;
    private final LocalDate paramDate;
    private final Map<UnitId, Unit> units = new java.util.HashMap<>();

    private Appraiser(BlocReview review, ReviewResult suggestion, Profile profile) {
        this.review = review;
        this.suggestion = suggestion;
        this.profile = profile;
        this.date = review.decisionDate();
        this.paramDate = LocalDate.of(review.year(), 12, 31);
        review.bloc().members().forEach(u -> units.put(u.id(), u));
    }

    /** The review in its mode: appraised when it records decisions, else the suggestion, labelled as such. */
    public static Appraisal appraise(BlocReview review, ReviewResult suggestion, Profile profile) {
        // the checks' reasons cite only documents of the review's period in force on its decision date
        return new io.github.thidua.rules.facts.CitationScope(review.period(), review.decisionDate(), profile.chain())
                .during(() -> appraiseInScope(review, suggestion, profile));
    }

    private static Appraisal appraiseInScope(BlocReview review, ReviewResult suggestion, Profile profile) {
        return new Appraiser(review, suggestion, profile).run();
    }

    /**
     * The reason with only the citations that may stand for this review's decision (its period, in force on the
     * decision date), as the pack's own reasons keep them.
     */
    private Reason scoped(Reason r) {
        io.github.thidua.rules.facts.CitationScope scope = new io.github.thidua.rules.facts.CitationScope(
                review.period(), date, List.of());
        return new Reason(r.ruleId(), r.legalBasis(), r.certainty(), r.vi(), r.en(), r.kind(),
                scope.applicable(r.ruleId(), r.citations()), r.assumption(), r.legalBasisEn());
    }

    private Verdict scoped(Verdict v) {
        return new Verdict(v.unit(), v.award(), v.kind(), v.reasons().stream().map(this::scoped).toList(),
                v.unmet().stream().map(this::scoped).toList(), v.authority(), v.authorityId(), v.suggested());
    }

    private Appraisal run() {
        Appraisal a = unscoped();
        return new Appraisal(a.mode(), a.suggestion(), a.leaders(), a.verdicts().stream().map(this::scoped).toList(),
                a.differences().stream().map(this::scoped).toList(), a.notes().stream().map(this::scoped).toList());
    }

    private Appraisal unscoped() {
        List<Reason> notes = otherAuthorityNotes();
        if (!review.hasDecisions()) {
            notes.add(0, reason("APPR_MODE_SUGGEST", "Luật Thi đua, khen thưởng (bình xét, suy tôn do khối quyết định)",
                    Certainty.CONFIRMED,
                    "Chưa ghi nhận quyết định của khối: kết quả theo xếp hạng điểm chỉ là gợi ý; khối bình xét, suy tôn và quyết định",
                    "No decision of the bloc is recorded: the rank-based result is only a suggestion; the bloc discusses, votes and decides"));
            return new Appraisal(Appraisal.Mode.SUGGEST, suggestion, suggestion.leaders(), List.of(), List.of(), notes);
        }
        List<UnitId> leaders = review.decisions().leaders();
        List<Verdict> verdicts = new ArrayList<>();
        Map<AwardType, Integer> seen = new EnumMap<>(AwardType.class);
        for (Proposal p : review.decisions().proposals()) {
            int position = seen.merge(p.award(), 1, Integer::sum);
            verdicts.add(verdict(p, position, leaders));
        }
        return new Appraisal(Appraisal.Mode.APPRAISE, suggestion, leaders, verdicts, differences(leaders), notes);
    }

    // ---- one proposal ----

    private Verdict verdict(Proposal p, int position, List<UnitId> leaders) {
        UnitId u = p.unit();
        AwardType a = p.award();
        Unit unit = units.get(u);
        AuthorityEntry auth = AuthorityCatalogue.lookup(a, date, unit.managingAgency()).orElse(null);
        Outcome suggested = suggestion.decision(u, a).map(Decision::outcome).orElse(null);
        List<Reason> problems = new ArrayList<>();
        List<Reason> checks = new ArrayList<>();
        List<Reason> unmet = new ArrayList<>();
        Verdict.Kind kind = null;

        if (auth != null && !auth.blocProposes()) {
            Reason r = reason("APPR_AUTHORITY", auth.citation(), auth.certainty(),
                    "Khối không đề nghị " + a.vi() + ": do " + auth.decides().vi()
                            + " quyết định theo đề nghị của " + auth.proposers().get(0).vi().toLowerCase(Locale.ROOT),
                    "A bloc does not propose the " + a.en() + ": " + auth.decides().en() + " decides it, on the proposal of "
                            + auth.proposers().get(0).en());
            return new Verdict(u, a, Verdict.Kind.NOT_WITHIN_POWER, List.of(r), List.of(), auth.decides(), auth.id(),
                    suggested);
        }
        if (auth != null) {
            checks.add(reason("APPR_AUTHORITY", auth.citation(), auth.certainty(),
                    "Khối được đề nghị; " + auth.decides().vi() + " quyết định",
                    "The bloc may propose it; " + auth.decides().en() + " decides"));
        }
        // Conditions evaluated by the rule pack (leadership is checked against the recorded leaders instead).
        Optional<Decision> d = suggestion.decision(u, a);
        if (d.isEmpty()) {
            unmet.add(reason("APPR_NOT_EVALUATED", "—", Certainty.CONFIRMED,
                    "Chưa đánh giá được điều kiện của " + a.vi() + " ở cuộc họp này",
                    "The conditions of the " + a.en() + " were not evaluated at this meeting"));
        } else {
            for (Reason r : d.get().unmet()) {
                if (!isLeadershipCondition(r)) {
                    unmet.add(r);
                }
            }
        }
        if (a == AwardType.PROVINCIAL_FLAG || a == AwardType.GOVERNMENT_FLAG) {
            if (!leaders.contains(u)) {
                unmet.add(reason("APPR_LEADER", leaderBasis(a), Certainty.CONFIRMED,
                        name(u) + " không được khối suy tôn là đơn vị dẫn đầu; " + a.vi() + " chỉ dành cho đơn vị dẫn đầu khối",
                        name(u) + " was not chosen as a leader of the bloc; the " + a.en() + " goes only to the bloc's leaders"));
            } else {
                checks.add(reason("APPR_LEADER", leaderBasis(a), Certainty.CONFIRMED,
                        name(u) + " được khối suy tôn là đơn vị dẫn đầu", name(u) + " was chosen as a leader of the bloc"));
            }
            if (a == AwardType.GOVERNMENT_FLAG) {
                suggestion.decision(u, AwardType.PROVINCIAL_FLAG).ifPresent(pf -> pf.unmet().stream()
                        .filter(r -> !isLeadershipCondition(r)).findFirst().ifPresent(r -> unmet.add(reason(
                                "APPR_LEADER_FLAG_STANDARD", leaderBasis(a), Certainty.CONFIRMED,
                                "Chưa đạt tiêu chuẩn Cờ thi đua cấp tỉnh: " + r.vi(),
                                "Does not meet the provincial flag's standard: " + r.en()))));
            }
            // the unattested conditions (new factors or models) and the dated exclusions are the pack's own
            // conditions (PF17_NEW_MODEL, EXCL17_DATED, EXCL24_DATED): their unmet reasons come with the suggestion
        }
        endedExclusions(u, checks);
        if (!unmet.isEmpty()) {
            kind = Verdict.Kind.NOT_ELIGIBLE;
            problems.add(reason("APPR_NOT_ELIGIBLE", unmet.get(0).legalBasis(), weakest(unmet),
                    name(u) + " chưa đủ điều kiện " + a.vi() + " (" + unmet.size() + " điều kiện chưa đạt)",
                    name(u) + " does not meet the conditions of the " + a.en() + " (" + unmet.size() + " unmet)"));
        }
        // One achievement, one form; no two state-level forms in one year.
        Reason form = oneForm(p);
        if (form != null) {
            problems.add(form);
            kind = kind == null ? Verdict.Kind.ONE_ACHIEVEMENT_ONE_FORM : kind;
        }
        Checked vote = vote(p);
        if (vote != null) {
            if (!vote.passed()) {
                problems.add(vote.reason());
                kind = kind == null ? Verdict.Kind.VOTE_BELOW_THRESHOLD : kind;
            } else {
                checks.add(vote.reason());
            }
        }
        Checked quota = quota(a, u, position, leaders);
        if (quota != null) {
            if (!quota.passed()) {
                problems.add(quota.reason());
                kind = kind == null ? Verdict.Kind.OVER_QUOTA : kind;
            } else {
                checks.add(quota.reason());
            }
        }
        if (a == AwardType.PROVINCIAL_FLAG && isProposed(u, AwardType.GOVERNMENT_FLAG)) {
            ResolvedParameter keeps = param("bloc.leaderKeepsFlagWhenProposedForGovernmentFlag");
            if (keeps != null && !keeps.booleanValue()) {
                problems.add(reason("APPR_LEADER_KEEPS_FLAG", keeps.reference(), keeps.certainty(),
                        "Theo quy định của tỉnh, đơn vị được đề nghị Cờ thi đua của Chính phủ không đồng thời nhận Cờ thi đua cấp tỉnh",
                        "Under the province's rules a unit proposed for the Government flag does not also hold the provincial flag"));
                kind = kind == null ? Verdict.Kind.ONE_ACHIEVEMENT_ONE_FORM : kind;
            } else if (keeps != null) {
                checks.add(reason("APPR_LEADER_KEEPS_FLAG", keeps.reference(), keeps.certainty(),
                        "Đơn vị dẫn đầu được đề nghị Cờ thi đua của Chính phủ vẫn nhận Cờ thi đua cấp tỉnh",
                        "A leader proposed for the Government flag still holds its provincial flag"));
            }
        }
        List<Reason> reasons = new ArrayList<>(problems);
        reasons.addAll(unmet.isEmpty() ? List.of() : List.of());
        if (kind == null) {
            kind = Verdict.Kind.VALID;
            reasons.add(reason("APPR_VALID", a.sources(review.regime()).isEmpty() ? "—"
                            : a.sources(review.regime()).get(0).citation(), Certainty.CONFIRMED,
                    "Đề nghị của khối hợp lệ: " + name(u) + " – " + a.vi(),
                    "The bloc's proposal is valid: " + name(u) + " – " + a.en()));
        }
        reasons.addAll(checks);
        if (suggested != null && !suggested.isAward() && kind == Verdict.Kind.VALID) {
            reasons.add(reason("APPR_DIFFERS", "—", Certainty.CONFIRMED,
                    "Khối quyết định đề nghị; theo xếp hạng điểm, thidua sẽ không gợi ý (" + suggested.vi() + ")",
                    "The bloc decided to propose it; by the score ranking thidua would not have suggested it ("
                            + suggested.en() + ")"));
        }
        return new Verdict(u, a, kind, reasons, unmet, auth == null ? a.authority() : auth.decides(),
                auth == null ? null : auth.id(), suggested);
    }

    /** Whether a condition the rules recorded is the unit's leading the bloc (checked against the recorded leaders). */
    private static boolean isLeadershipCondition(Reason r) {
        return r.kind() == Reason.Kind.LEADERSHIP;
    }

    /** A check's reason and whether the proposal passed it. */
    record Checked(Reason reason, boolean passed) {
    }

    private String leaderBasis(AwardType a) {
        if (review.regime() == Regime.REGIME_2017) {
            return a == AwardType.GOVERNMENT_FLAG ? "Nghị định 91/2017/NĐ-CP, Điều 11; Công văn 5007/BNV-TĐKT"
                    : "Nghị định 91/2017/NĐ-CP, Điều 12; " + TT08;
        }
        return a == AwardType.GOVERNMENT_FLAG ? "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 25, khoản 1"
                : "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26, khoản 1";
    }

    /** The dated procedures that ended with no violation before the decision: the award proceeds (a check). */
    private void endedExclusions(UnitId u, List<Reason> checks) {
        String basis = review.regime() == Regime.REGIME_2017 ? "Thông tư 08/2017/TT-BNV"
                : date.isBefore(Regime.DECREE_152_FROM) ? "Nghị định 98/2023/NĐ-CP, Điều 4"
                : "Nghị định 152/2025/NĐ-CP, Điều 4";
        for (ExclusionFact x : review.exclusions(u)) {
            String what = x.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (!x.barsOn(date) && !date.isBefore(x.from())) {
                checks.add(reason("APPR_EXCLUSION_ENDED", basis, Certainty.CONFIRMED,
                        "Thủ tục (" + exclusionVi(x) + ") đã kết thúc ngày " + x.to() + " không có vi phạm: tiếp tục xét",
                        "The procedure (" + what + ") ended on " + x.to() + " with no violation: the award proceeds"));
            }
        }
    }

    private static String exclusionVi(ExclusionFact x) {
        return switch (x.kind()) {
            case DISCIPLINE_REVIEW -> "xem xét kỷ luật";
            case INVESTIGATION -> "điều tra, thanh tra, kiểm tra";
            case COMPLAINT -> "xác minh khiếu nại, tố cáo";
            case PRESS_VERIFICATION -> "xác minh vấn đề báo chí nêu";
            case DISCIPLINE -> "đang chấp hành kỷ luật";
        };
    }

    /** "One achievement, one form" (forms of commendation only) and "no two state-level forms in one year". */
    private Reason oneForm(Proposal p) {
        AwardType a = p.award();
        for (Proposal other : review.decisions().proposals()) {
            if (!other.unit().equals(p.unit()) || other.award() == a) {
                continue;
            }
            if (a.form() == AwardForm.COMMENDATION && other.award().form() == AwardForm.COMMENDATION
                    && other.award().outranks(a)) {
                return reason("APPR_ONE_FORM", "Luật Thi đua, khen thưởng (nguyên tắc: một thành tích không khen thưởng nhiều lần, nhiều hình thức); Nghị định 152/2025/NĐ-CP, Điều 49, khoản 7 (danh hiệu và hình thức khen thưởng cùng lúc)",
                        Certainty.SECONDARY,
                        "Cùng thành tích năm " + review.year() + " đã được đề nghị " + other.award().vi() + "; không khen nhiều hình thức cho một thành tích",
                        "The same achievement of " + review.year() + " is already proposed for the " + other.award().en()
                                + "; one achievement is not rewarded with several forms");
            }
            if (a.isStateLevel() && other.award().isStateLevel() && other.award().outranks(a)) {
                return stateForm(other.award().vi(), other.award().en());
            }
        }
        if (a.isStateLevel()) {
            for (AwardRecord h : review.history(p.unit())) {
                if (h.award().isStateLevel() && h.achievementYear() == review.year() && h.kind() == AwardKind.REGULAR
                        && (h.status().isOpen() || h.status() == io.github.thidua.core.AwardStatus.GRANTED)) {
                    return stateForm(h.award().vi() + " (" + h.status().name().toLowerCase(Locale.ROOT) + ")",
                            h.award().en() + " (" + h.status().name().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return null;
    }

    private Reason stateForm(String vi, String en) {
        boolean a = review.regime() == Regime.REGIME_2017;
        return reason("APPR_STATE_FORM", a ? "Thông tư 08/2017/TT-BNV; Thông tư 12/2019/TT-BNV"
                        : "Thông tư 08/2017/TT-BNV (assumed carried over to Luật 06/2022/QH15)",
                a ? Certainty.CONFIRMED : Certainty.ASSUMPTION,
                "Trong một năm không đề nghị hai hình thức khen thưởng cấp Nhà nước; đã có: " + vi,
                "No two state-level forms are proposed within one year; already: " + en);
    }

    private Checked vote(Proposal p) {
        ResolvedParameter min = param("bloc.voteShareMin");
        ResolvedParameter base = param("bloc.voteBase");
        if (min == null || base == null) {
            return null;
        }
        int votesFor;
        int denominator;
        Tally t = p.vote();
        if (t != null) {
            votesFor = t.votesFor();
            denominator = "PRESENT".equals(base.textValue()) ? t.present() : t.members();
        } else {
            NominationVote v = review.votes().stream().filter(x -> x.unit().equals(p.unit()) && x.award() == p.award())
                    .findFirst().orElse(null);
            if (v == null) {
                return null;
            }
            votesFor = v.votesFor();
            denominator = "PRESENT".equals(base.textValue()) ? v.present() : v.members();
        }
        boolean met = BigDecimal.valueOf(votesFor).compareTo(min.decimalValue().multiply(BigDecimal.valueOf(denominator))) >= 0;
        String basis = "Bình xét, suy tôn tại hội nghị tổng kết khối; " + min.reference();
        Certainty c = weaker(min.certainty(), base.certainty());
        String share = denominator == 0 ? "0" : String.valueOf(Math.round(1000.0 * votesFor / denominator) / 10.0);
        String need = String.valueOf(Math.round(1000 * min.doubleValue()) / 10.0);
        return new Checked(met
                ? reason("APPR_VOTE", basis, c, "Được " + votesFor + "/" + denominator + " phiếu tán thành (" + share + " %; cần ít nhất " + need + " %)",
                "Voted in favour by " + votesFor + "/" + denominator + " (" + share + " %; needed: at least " + need + " %)")
                : reason("APPR_VOTE_BELOW", basis, c, "Chỉ được " + votesFor + "/" + denominator + " phiếu tán thành (" + share + " %; cần ít nhất " + need + " %)",
                "Only " + votesFor + "/" + denominator + " voted in favour (" + share + " %; needed: at least " + need + " %)"),
                met);
    }

    private Checked quota(AwardType a, UnitId u, int position, List<UnitId> leaders) {
        ResolvedParameter p;
        int max;
        int pos = position;
        String what;
        String whatEn;
        switch (a) {
            case PROVINCIAL_FLAG -> {
                p = param("bloc.leaderCount");
                if (p == null) {
                    return null;
                }
                max = p.intValue();
                int idx = leaders.indexOf(u);
                pos = idx < 0 ? position : idx + 1;
                what = "đơn vị dẫn đầu";
                whatEn = "leaders";
            }
            case GOVERNMENT_FLAG -> {
                p = param("bloc.governmentFlagMax");
                if (p == null) {
                    return null;
                }
                max = p.intValue();
                what = "đề nghị Cờ thi đua của Chính phủ";
                whatEn = "Government-flag proposals";
            }
            case PROVINCIAL_CERTIFICATE -> {
                p = param("bloc.certificateShare");
                if (p == null) {
                    return null;
                }
                max = Quotas.floorShare(p.decimalValue(), review.bloc().size());
                what = "đề nghị Bằng khen của Chủ tịch UBND tỉnh";
                whatEn = "provincial-certificate proposals";
            }
            default -> {
                return null;
            }
        }
        if (pos > max) {
            return new Checked(reason("APPR_QUOTA_OVER", p.reference(), p.certainty(),
                    "Thứ " + pos + " trong các " + what + " của khối; tối đa " + max,
                    "Number " + pos + " of the bloc's " + whatEn + "; at most " + max), false);
        }
        return new Checked(reason("APPR_QUOTA", p.reference(), p.certainty(),
                "Trong giới hạn: thứ " + pos + "/" + max + " " + what,
                "Within the quota: " + pos + " of " + max + " " + whatEn), true);
    }

    private boolean isProposed(UnitId u, AwardType a) {
        return review.decisions().proposals().stream().anyMatch(p -> p.unit().equals(u) && p.award() == a);
    }

    // ---- differences and notes ----

    private List<Reason> differences(List<UnitId> leaders) {
        List<Reason> out = new ArrayList<>();
        List<UnitId> suggested = suggestion.leaders();
        List<UnitId> notSuggested = leaders.stream().filter(l -> !suggested.contains(l)).toList();
        List<UnitId> notChosen = suggested.stream().filter(l -> !leaders.contains(l)).toList();
        for (int i = 0; i < notSuggested.size(); i++) {
            UnitId chosen = notSuggested.get(i);
            String by = i < notChosen.size() ? "; theo điểm, " + name(notChosen.get(i)) + " xếp thứ " + rank(notChosen.get(i)) : "";
            String byEn = i < notChosen.size() ? "; by score, " + name(notChosen.get(i)) + " ranks " + rank(notChosen.get(i)) : "";
            out.add(reason("APPR_DIFFERS_LEADER", leaderBasis(AwardType.PROVINCIAL_FLAG), Certainty.CONFIRMED,
                    "Khối chọn " + name(chosen) + " (xếp thứ " + rank(chosen) + ") làm đơn vị dẫn đầu" + by,
                    "The bloc chose " + name(chosen) + " (rank " + rank(chosen) + ") as a leader" + byEn));
        }
        for (AwardType a : AwardType.values()) {
            if (!AuthorityCatalogue.blocProposes(a, date)) {
                continue;
            }
            Set<UnitId> recorded = new LinkedHashSet<>();
            review.decisions().proposals().stream().filter(p -> p.award() == a).forEach(p -> recorded.add(p.unit()));
            Set<UnitId> engine = new LinkedHashSet<>();
            suggestion.decisions().stream().filter(d -> d.award() == a && d.outcome().isAward())
                    .forEach(d -> engine.add(d.unit()));
            for (UnitId u : engine) {
                if (!recorded.contains(u)) {
                    out.add(reason("APPR_DIFFERS", "—", Certainty.CONFIRMED,
                            "Theo xếp hạng điểm, thidua gợi ý " + name(u) + " cho " + a.vi() + "; khối không đề nghị",
                            "By the score ranking thidua suggests " + name(u) + " for the " + a.en() + "; the bloc did not propose it"));
                }
            }
        }
        return out;
    }

    /** Titles the pack found a unit eligible for but that another authority decides: information, not proposals. */
    private List<Reason> otherAuthorityNotes() {
        List<Reason> out = new ArrayList<>();
        for (Decision d : suggestion.decisions()) {
            Unit unit = units.get(d.unit());
            AuthorityEntry auth = AuthorityCatalogue.lookup(d.award(), date, unit == null ? null : unit.managingAgency())
                    .orElse(null);
            if (auth != null && !auth.blocProposes() && d.outcome() != Outcome.NOT_ELIGIBLE) {
                out.add(reason("APPR_OTHER_AUTHORITY", auth.citation(), auth.certainty(),
                        name(d.unit()) + " đủ điều kiện " + d.award().vi() + ": thông tin gửi " + auth.decides().vi()
                                + " (không thuộc đề nghị của khối)",
                        name(d.unit()) + " meets the conditions of the " + d.award().en() + ": for "
                                + auth.decides().en() + " (not a bloc proposal)"));
            }
        }
        return out;
    }

    // ---- helpers ----

    private ResolvedParameter param(String name) {
        return profile.find(name, paramDate, review.bloc().size()).orElse(null);
    }

    private String name(UnitId u) {
        Unit unit = units.get(u);
        return unit == null ? u.value() : unit.name();
    }

    private int rank(UnitId u) {
        return suggestion.ranking().of(u).map(r -> r.rank()).orElse(0);
    }

    private static Certainty weaker(Certainty a, Certainty b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static Certainty weakest(List<Reason> reasons) {
        Certainty c = Certainty.CONFIRMED;
        for (Reason r : reasons) {
            if (r.certainty() != null) {
                c = weaker(c, r.certainty());
            }
        }
        return c;
    }

    static Reason reason(String ruleId, String basis, Certainty certainty, String vi, String en) {
        java.util.List<io.github.thidua.core.law.Citation> cited = io.github.thidua.rules.pack.LegalBasisCitations.of(basis);
        io.github.thidua.rules.facts.CitationScope scope = io.github.thidua.rules.facts.CitationScope.current();
        return new Reason(ruleId, basis, certainty, vi, en, Reason.Kind.CHECK,
                scope == null ? cited : scope.applicable(ruleId, cited));
    }
}
