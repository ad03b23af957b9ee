package io.github.thidua.rules.facts.people;

import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Initiative;
import io.github.thidua.core.people.RecognitionLevel;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.facts.Outcomes;
import io.github.thidua.rules.facts.Param;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which the individuals rules report: every condition with its rule's metadata, the
 * findings, and the ledger of initiatives (one initiative supports one award only, Công văn 5007/BNV-TĐKT,
 * 2023). One instance per evaluation; not thread-safe.
 */
public final class PeopleOutcomes {
    /** A finding about the review as a whole (e.g. the share of excellent ratings). */
    public record PeopleFinding(Severity severity, Reason reason) {
    }

    private final List<PersonCondition> conditions = new ArrayList<>();
    private final List<PeopleFinding> findings = new ArrayList<>();
    /** initiative id -> the award (of its owner) that used it in this review. */
    private final Map<String, IndividualAward> claimed = new HashMap<>();

    /** Records and returns a condition proved (or refuted) by the data. */
    public PersonCondition condition(RuleContext ctx, PersonFact p, IndividualAward award, boolean met, String vi,
                                     String en, Param... params) {
        return add(new PersonCondition(p.getId(), award, met, PersonCondition.Kind.STANDARD,
                Outcomes.reason(ctx, vi, en, params), null));
    }

    /** Records and returns a condition that rests on a judgment the unit attested (or did not attest). */
    public PersonCondition attested(RuleContext ctx, PersonFact p, IndividualAward award, boolean met, String vi,
                                    String en) {
        String pre = met ? "Đơn vị xác nhận: " : "Đơn vị chưa xác nhận: ";
        String preEn = met ? "Attested by the unit: " : "Not attested by the unit: ";
        return add(new PersonCondition(p.getId(), award, met, PersonCondition.Kind.ATTESTED,
                Outcomes.reason(ctx, pre + vi, preEn + en), null));
    }

    /** Records the council's ballot (met or not), or a pending one when no ballot was held. */
    public PersonCondition ballot(RuleContext ctx, PersonFact p, IndividualAward award, Integer votesFor,
                                  Integer council, Param minShare) {
        if (votesFor == null || council == null) {
            return add(new PersonCondition(p.getId(), award, true, PersonCondition.Kind.BALLOT_PENDING,
                    Outcomes.reason(ctx, "Chưa có kết quả bỏ phiếu kín của Hội đồng (cần từ " + minShare.getDisplay()
                                    + " % tổng số thành viên đồng ý): đây là gợi ý, Hội đồng quyết định",
                            "No secret ballot of the council yet (needed: at least " + minShare.getDisplay()
                                    + " % of all members in favour): a suggestion, the council decides", minShare), null));
        }
        // exact: 100 * votes >= percent * members
        boolean met = java.math.BigDecimal.valueOf(100L * votesFor)
                .compareTo(minShare.getDecimalValue().multiply(java.math.BigDecimal.valueOf(council))) >= 0;
        return add(new PersonCondition(p.getId(), award, met, PersonCondition.Kind.BALLOT,
                Outcomes.reason(ctx, votesFor + "/" + council + " thành viên Hội đồng đồng ý (cần từ "
                                + minShare.getDisplay() + " % tổng số thành viên)",
                        votesFor + "/" + council + " council members in favour (needed: at least "
                                + minShare.getDisplay() + " % of all members)", minShare), null));
    }

    /** Records a quota condition: unmet means eligible but not selected. */
    public PersonCondition quota(RuleContext ctx, PersonFact p, IndividualAward award, boolean met, String vi,
                                 String en, Param... params) {
        return add(new PersonCondition(p.getId(), award, met, PersonCondition.Kind.QUOTA,
                Outcomes.reason(ctx, vi, en, params), null));
    }

    /**
     * Takes one unused initiative of the person for {@code award} and records the condition: the lowest sufficient
     * reach first (so wider ones stay for higher awards), then the earliest. Usable: recognised at {@code min} or
     * wider, in years {@code fromYear..} the review year, not after the review date, not used by an earlier award
     * in the history nor by another award of this review. Science topics count only when {@code topics}.
     *
     * @return the condition (met with the initiative, or unmet)
     */
    public PersonCondition claim(RuleContext ctx, PeopleContext c, PersonFact p, IndividualAward award,
                                 RecognitionLevel min, int fromYear, boolean topics, int count, String vi, String en) {
        List<Initiative> usable = usable(c, p, min, fromYear, topics);
        if (!allMet(p.getId(), award) && usable.size() >= count) {
            // Another condition already fails: do not reserve an initiative the award will not receive.
            return add(new PersonCondition(p.getId(), award, true, PersonCondition.Kind.STANDARD,
                    Outcomes.reason(ctx, "Có " + usable.size() + " sáng kiến/đề tài chưa sử dụng đạt " + vi
                                    + " (không giữ cho danh hiệu, hình thức này vì điều kiện khác chưa đạt)",
                            usable.size() + " unused initiative(s) or topic(s) at " + en
                                    + " (not reserved: another condition is unmet)"), null));
        }
        if (usable.size() < count) {
            return add(new PersonCondition(p.getId(), award, false, PersonCondition.Kind.STANDARD,
                    Outcomes.reason(ctx, "Không có đủ " + count + " sáng kiến/đề tài chưa sử dụng đạt " + vi,
                            "No " + count + " unused initiative(s) or topic(s) at " + en), null));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            claimed.put(usable.get(i).id(), award);
            ids.add(usable.get(i).id());
        }
        String titles = String.join("; ", usable.subList(0, count).stream()
                .map(x -> "\"" + x.title() + "\" (" + x.id() + ", " + x.level().vi() + ", " + x.recognisedBy() + ")")
                .toList());
        String titlesEn = String.join("; ", usable.subList(0, count).stream()
                .map(x -> "\"" + x.title() + "\" (" + x.id() + ", " + x.level().en() + ", " + x.recognisedBy() + ")")
                .toList());
        return add(new PersonCondition(p.getId(), award, true, PersonCondition.Kind.STANDARD,
                Outcomes.reason(ctx, "Sử dụng " + titles + " (mỗi sáng kiến chỉ làm căn cứ cho một danh hiệu, hình thức)",
                        "Uses " + titlesEn + " (each initiative supports one award only)"), String.join(",", ids)));
    }

    /** Whether every condition recorded so far for the person's case for {@code award} (or for every award) is met. */
    public boolean allMet(String person, IndividualAward award) {
        for (PersonCondition c : conditions) {
            if (!c.met() && c.person().equals(person) && (c.award() == null || c.award() == award)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the person has at least {@code count} usable initiatives (no claim is made). */
    public boolean hasUsable(PeopleContext c, PersonFact p, RecognitionLevel min, int fromYear, boolean topics,
                             int count) {
        return usable(c, p, min, fromYear, topics).size() >= count;
    }

    private List<Initiative> usable(PeopleContext c, PersonFact p, RecognitionLevel min, int fromYear,
                                    boolean topics) {
        LocalDate until = c.getReviewDate();
        var used = p.getPerson().usedInitiatives();
        return p.getPerson().initiatives().stream()
                .filter(i -> i.level().atLeast(min))
                .filter(i -> topics || !i.scienceTopic())
                .filter(i -> i.recognisedOn().getYear() >= fromYear && i.recognisedOn().getYear() <= c.getYear())
                .filter(i -> !i.recognisedOn().isAfter(until))
                .filter(i -> !used.contains(i.id()) && !claimed.containsKey(i.id()))
                .sorted(Comparator.comparing(Initiative::level).thenComparing(Initiative::recognisedOn)
                        .thenComparing(Initiative::id))
                .toList();
    }

    /** Records a finding about the whole review. */
    public void finding(RuleContext ctx, Severity severity, String vi, String en, Param... params) {
        findings.add(new PeopleFinding(severity, Outcomes.reason(ctx, vi, en, params)));
    }

    /** Records a finding about the whole review that no rule raised (e.g. the citation scope's warning). */
    public void finding(Severity severity, Reason reason) {
        findings.add(new PeopleFinding(severity, reason));
    }

    private PersonCondition add(PersonCondition recorded) {
        // A person's condition is a legal condition of the award, or its place under a quota.
        // The council's ballot is a condition too, recorded as a vote so that explanations can show it apart.
        Reason.Kind kind = switch (recorded.kind()) {
            case QUOTA -> Reason.Kind.QUOTA;
            case BALLOT, BALLOT_PENDING -> Reason.Kind.VOTE;
            case STANDARD, ATTESTED -> Reason.Kind.CONDITION;
        };
        PersonCondition c = new PersonCondition(recorded.person(), recorded.award(), recorded.met(), recorded.kind(),
                recorded.reason().as(kind), recorded.initiative());
        conditions.add(c);
        return c;
    }

    /** Every condition recorded, in firing order. */
    public List<PersonCondition> conditions() {
        return conditions;
    }

    public List<PeopleFinding> findings() {
        return findings;
    }

    /** The initiatives claimed in this review, by id, with the award that used each. */
    public Map<String, IndividualAward> claimed() {
        return claimed;
    }

    /** Releases the initiatives an award did not end up receiving (so the result does not name them as used). */
    public void release(String initiativeIds) {
        if (initiativeIds != null) {
            for (String id : initiativeIds.split(",")) {
                claimed.remove(id);
            }
        }
    }
}
