package io.github.thidua.rules.engine;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.CouncilSession;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.core.profile.ResolvedParameter;
import io.github.thidua.rules.Appraisal;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.CouncilAppraisal;
import io.github.thidua.rules.CouncilVerdict;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.Verdict;
import io.github.thidua.rules.facts.Quotas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provincial council's session appraised: attendance, each ballot against the threshold in force on the
 * session date (Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7: at least 80 % of all members for the provincial flag
 * and the Government flag), the Government flags the council keeps up to the province's cap (never above the
 * national 20 % ceiling) and the PM certificates it forwards. Without a recorded session, a suggestion.
 */
public final class CouncilAppraiser {
    private static final List<AwardType> COUNCIL_AWARDS = List.of(AwardType.GOVERNMENT_FLAG, AwardType.PROVINCIAL_FLAG,
            AwardType.PRIME_MINISTER_CERTIFICATE, AwardType.PROVINCIAL_CERTIFICATE);

    private CouncilAppraiser() {
    }

    /** One proposal reaching the council. */
    private record Proposal(BlocId bloc, UnitId unit, AwardType award, String name) {
    }

    public static CouncilAppraisal appraise(ProvinceReview province, ConsolidationResult consolidation,
                                            List<Appraisal> blocs, Profile profile) {
        LocalDate on = province.council() != null && province.council().date() != null ? province.council().date()
                : province.decisionDate();
        // the council's checks cite only documents of the period in force on the session date
        return new io.github.thidua.rules.facts.CitationScope(
                io.github.thidua.core.law.LegalPeriod.of(province.year(), null, on), on, profile.chain())
                .during(() -> appraiseInScope(province, consolidation, blocs, profile));
    }

    private static CouncilAppraisal appraiseInScope(ProvinceReview province, ConsolidationResult consolidation,
                                                    List<Appraisal> blocs, Profile profile) {
        LocalDate date = province.council() != null && province.council().date() != null ? province.council().date()
                : province.decisionDate();
        List<Proposal> proposals = new ArrayList<>();
        int leaders = 0;
        for (int i = 0; i < blocs.size(); i++) {
            Appraisal a = blocs.get(i);
            BlocReview b = province.blocs().get(i);
            Map<UnitId, String> names = new HashMap<>();
            b.bloc().members().forEach(u -> names.put(u.id(), u.name()));
            leaders += a.leaders().size();
            if (a.mode() == Appraisal.Mode.APPRAISE) {
                for (Verdict v : a.verdicts()) {
                    if (v.kind() == Verdict.Kind.VALID && COUNCIL_AWARDS.contains(v.award())) {
                        proposals.add(new Proposal(b.bloc().id(), v.unit(), v.award(), names.get(v.unit())));
                    }
                }
            } else {
                for (Decision d : a.suggestion().decisions()) {
                    if (d.outcome().isAward() && COUNCIL_AWARDS.contains(d.award())
                            && AuthorityCatalogue.blocProposes(d.award(), date)) {
                        proposals.add(new Proposal(b.bloc().id(), d.unit(), d.award(), names.get(d.unit())));
                    }
                }
            }
        }
        int cap = cap(profile, province.year(), leaders);
        List<Reason> notes = new ArrayList<>();
        List<CouncilVerdict> verdicts = new ArrayList<>();
        CouncilSession session = province.council();
        if (session == null) {
            notes.add(reason("COUNCIL_SUGGESTION", "Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7 (Hội đồng bỏ phiếu kín)",
                    Certainty.CONFIRMED,
                    "Chưa ghi nhận phiên họp Hội đồng Thi đua - Khen thưởng tỉnh: kết quả tổng hợp chỉ là gợi ý; Hội đồng bỏ phiếu và quyết định",
                    "No council session is recorded: the consolidation is only a suggestion; the council votes and decides"));
            for (Proposal p : proposals) {
                Decision d = consolidation.blocs().stream().filter(r -> r.bloc().equals(p.bloc())).findFirst()
                        .flatMap(r -> r.decision(p.unit(), p.award())).orElse(null);
                String outcome = d == null ? "—" : d.outcome().vi();
                String outcomeEn = d == null ? "—" : d.outcome().en();
                verdicts.add(new CouncilVerdict(p.bloc(), p.unit(), p.award(), CouncilVerdict.Kind.SUGGESTED, List.of(
                        reason("COUNCIL_SUGGESTION", "—", Certainty.CONFIRMED, "Gợi ý: " + outcome,
                                "Suggestion: " + outcomeEn))));
            }
            return new CouncilAppraisal(Appraisal.Mode.SUGGEST, consolidation, blocs, verdicts, cap, notes);
        }
        ResolvedParameter attendance = profile.find("council.attendanceMin", date, 1).orElse(null);
        boolean quorate = attendance == null || BigDecimal.valueOf(session.present())
                .compareTo(attendance.decimalValue().multiply(BigDecimal.valueOf(session.members()))) >= 0;
        if (attendance != null) {
            notes.add(reason(quorate ? "COUNCIL_ATTENDANCE" : "COUNCIL_ATTENDANCE_BELOW", attendance.reference(),
                    attendance.certainty(),
                    "Dự họp " + session.present() + "/" + session.members() + " thành viên (cần ít nhất "
                            + pct(attendance.doubleValue()) + ")",
                    session.present() + "/" + session.members() + " members present (needed: at least "
                            + pct(attendance.doubleValue()) + ")"));
        }
        int keptGovernmentFlags = 0;
        for (Proposal p : proposals) {
            Ballot ballot = session.ballots().stream().filter(b -> b.unit().equals(p.unit()) && b.award() == p.award())
                    .findFirst().orElse(null);
            List<Reason> reasons = new ArrayList<>();
            CouncilVerdict.Kind kind;
            if (!quorate) {
                kind = CouncilVerdict.Kind.NO_QUORUM;
                reasons.add(notes.get(notes.size() - 1));
            } else if (ballot == null) {
                kind = CouncilVerdict.Kind.NO_BALLOT;
                reasons.add(reason("COUNCIL_NO_BALLOT", "Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7", Certainty.CONFIRMED,
                        "Chưa có kết quả bỏ phiếu của Hội đồng về " + p.award().vi() + " cho " + p.name(),
                        "No council ballot recorded on the " + p.award().en() + " for " + p.name()));
            } else {
                Appraiser.Checked vote = ballot(p, ballot, profile, date);
                reasons.add(vote.reason());
                if (!vote.passed()) {
                    kind = CouncilVerdict.Kind.BELOW_THRESHOLD;
                } else if (p.award() == AwardType.GOVERNMENT_FLAG) {
                    if (Boolean.FALSE.equals(ballot.chosen())) {
                        kind = CouncilVerdict.Kind.NOT_CHOSEN;
                    } else if (keptGovernmentFlags >= cap) {
                        kind = CouncilVerdict.Kind.OVER_CAP;
                        reasons.add(0, capReason(profile, province.year(), leaders, cap, true));
                    } else if (Boolean.TRUE.equals(ballot.chosen())) {
                        keptGovernmentFlags++;
                        kind = CouncilVerdict.Kind.KEPT;
                        reasons.add(capReason(profile, province.year(), leaders, cap, false));
                    } else {
                        keptGovernmentFlags++;
                        kind = CouncilVerdict.Kind.PASSED;
                        reasons.add(capReason(profile, province.year(), leaders, cap, false));
                    }
                } else if (p.award() == AwardType.PRIME_MINISTER_CERTIFICATE) {
                    kind = Boolean.TRUE.equals(ballot.chosen()) ? CouncilVerdict.Kind.FORWARDED
                            : Boolean.FALSE.equals(ballot.chosen()) ? CouncilVerdict.Kind.NOT_CHOSEN
                            : CouncilVerdict.Kind.PASSED;
                    reasons.add(reason("COUNCIL_FORWARD", "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 73 (tỉnh trình Thủ tướng)",
                            Certainty.SECONDARY,
                            "Hội đồng quyết định có trình Thủ tướng Chính phủ hay không",
                            "The council decides whether to forward it to the Prime Minister"));
                } else {
                    kind = CouncilVerdict.Kind.PASSED;
                }
            }
            verdicts.add(new CouncilVerdict(p.bloc(), p.unit(), p.award(), kind, reasons));
        }
        return new CouncilAppraisal(Appraisal.Mode.APPRAISE, consolidation, blocs, verdicts, cap, notes);
    }

    private static Appraiser.Checked ballot(Proposal p, Ballot b, Profile profile, LocalDate date) {
        boolean flag = p.award() == AwardType.PROVINCIAL_FLAG || p.award() == AwardType.GOVERNMENT_FLAG;
        ResolvedParameter threshold = flag ? profile.find("council.voteShareFlags", date, 1).orElse(null) : null;
        BigDecimal share = threshold != null ? threshold.decimalValue() : new BigDecimal("0.5");
        String basis = threshold != null ? threshold.reference()
                : "Hội đồng quyết định theo đa số (nguyên tắc tập trung dân chủ); ngưỡng riêng chưa xác định";
        Certainty certainty = threshold != null ? threshold.certainty() : Certainty.ASSUMPTION;
        int members = b.tally().members();
        int votesFor = b.tally().votesFor();
        // A majority means more than half; a share threshold means at least that share.
        boolean met = threshold != null
                ? BigDecimal.valueOf(votesFor).compareTo(share.multiply(BigDecimal.valueOf(members))) >= 0
                : 2 * votesFor > members;
        String written = b.tally().written() > 0 ? " (" + b.tally().written() + " ý kiến bằng văn bản)" : "";
        String writtenEn = b.tally().written() > 0 ? " (" + b.tally().written() + " written opinions)" : "";
        String need = threshold != null ? "ít nhất " + pct(share.doubleValue()) : "quá một nửa";
        String needEn = threshold != null ? "at least " + pct(share.doubleValue()) : "more than half";
        return new Appraiser.Checked(reason(met ? "COUNCIL_BALLOT" : "COUNCIL_BALLOT_BELOW", basis, certainty,
                votesFor + "/" + members + " thành viên Hội đồng tán thành" + written + "; cần " + need
                        + " tổng số thành viên" + (met ? "" : ": không được thông qua"),
                votesFor + "/" + members + " council members in favour" + writtenEn + "; needed: " + needEn
                        + " of all members" + (met ? "" : ": not passed")), met);
    }

    /** floor(share × leaders), the share never above the national ceiling whatever the profile says. */
    static int cap(Profile profile, int year, int leaders) {
        BigDecimal share = shareOf(profile, year);
        return Quotas.floorShare(share, leaders);
    }

    private static BigDecimal shareOf(Profile profile, int year) {
        LocalDate on = LocalDate.of(year, 12, 31);
        BigDecimal own = profile.get("province.governmentFlagShare", on, 1).decimalValue();
        BigDecimal national = Profiles.bundled(Profiles.NATIONAL).get("province.governmentFlagShare", on, 1)
                .decimalValue();
        return own.min(national);
    }

    private static Reason capReason(Profile profile, int year, int leaders, int cap, boolean over) {
        ResolvedParameter p = profile.get("province.governmentFlagShare", LocalDate.of(year, 12, 31), 1);
        String share = pct(shareOf(profile, year).doubleValue());
        return reason(over ? "COUNCIL_CAP_OVER" : "COUNCIL_CAP", p.reference(), p.certainty(),
                (over ? "Vượt giới hạn: " : "Trong giới hạn: ") + "tối đa " + cap + " Cờ thi đua của Chính phủ (" + share
                        + " của " + leaders + " đơn vị dẫn đầu các khối, cụm)",
                (over ? "Over the cap: " : "Within the cap: ") + "at most " + cap + " Government flags (" + share + " of "
                        + leaders + " bloc leaders)");
    }

    private static String pct(double share) {
        double v = Math.round(share * 1000) / 10.0;
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + " %";
    }

    private static Reason reason(String ruleId, String basis, Certainty certainty, String vi, String en) {
        java.util.List<io.github.thidua.core.law.Citation> cited = io.github.thidua.rules.pack.LegalBasisCitations.of(basis);
        io.github.thidua.rules.facts.CitationScope scope = io.github.thidua.rules.facts.CitationScope.current();
        return new Reason(ruleId, basis, certainty, vi, en, Reason.Kind.CHECK,
                scope == null ? cited : scope.applicable(ruleId, cited));
    }

}
