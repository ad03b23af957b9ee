package io.github.thidua.examples.cli.render;

import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.people.BonusLine;
import io.github.thidua.rules.people.PersonDecision;
import io.github.thidua.rules.people.PersonExplanation;
import io.github.thidua.rules.people.PersonOutcome;
import io.github.thidua.rules.people.UnitReviewResult;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders a unit review result as text or as a self-contained HTML page: per title and form, who is recommended,
 * awaiting the ballot or not selected (with the reason), and who is not Lao động tiên tiến and why; the findings;
 * the member statistics derived from the people; the collective titles; the bonus lines and their total. Names,
 * not ids, where people read.
 */
public final class UnitReviewReport {
    private final Lang lang;

    /** @param lang the language of labels and messages */
    public UnitReviewReport(Lang lang) {
        this.lang = lang;
    }

    /** The unit review as a text report. */
    public String text(UnitReview review, UnitReviewResult r, boolean audit) {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections(review, r)) {
            sb.append(s.title).append('\n');
            s.lines.forEach(l -> sb.append("  ").append(l).append('\n'));
            sb.append('\n');
        }
        if (audit) {
            sb.append(lang.pick("Các quy tắc đã áp dụng", "Rules fired")).append(": ")
                    .append(String.join(", ", r.audit())).append('\n');
        }
        return sb.toString();
    }

    /** The unit review as a self-contained HTML page. */
    public String html(UnitReview review, UnitReviewResult r, boolean audit) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.pick("vi", "en")).append("\">\n<head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.esc(title(review))).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
                        + "h2{border-bottom:1px solid #ccc}li{margin:.2em 0}.muted{color:#555}</style></head>\n<body>\n");
        List<Section> sections = sections(review, r);
        sb.append("<h1>").append(Html.esc(sections.get(0).title)).append("</h1>\n");
        sections.get(0).lines.forEach(l -> sb.append("<p class=\"muted\">").append(Html.esc(l)).append("</p>\n"));
        for (Section s : sections.subList(1, sections.size())) {
            sb.append("<h2>").append(Html.esc(s.title)).append("</h2>\n<ul>\n");
            s.lines.forEach(l -> sb.append("<li>").append(Html.esc(l.strip())).append("</li>\n"));
            sb.append("</ul>\n");
        }
        if (audit) {
            sb.append("<h2>").append(lang.pick("Các quy tắc đã áp dụng", "Rules fired")).append("</h2>\n<p>")
                    .append(Html.esc(String.join(", ", r.audit()))).append("</p>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private record Section(String title, List<String> lines) {
    }

    /**
     * Why one person got what they got, as text: per title or form the outcome, the deciding authority, the
     * conditions met and not met, the council's ballot, the quota place and the initiatives used; each reason with
     * its rule, legal basis (and catalogue citations) and certainty.
     */
    public String explanation(PersonExplanation x, boolean audit) {
        UnitReviewResult r = x.result();
        StringBuilder sb = new StringBuilder();
        sb.append(lang.pick("Giải trình kết quả bình xét của ", "Why ")).append(x.name()).append(" (").append(x.person())
                .append(")").append(lang.pick("", " got what they got")).append('\n');
        sb.append(r.unitName()).append(" · ").append(lang.pick("năm thi đua ", "emulation year ")).append(r.year())
                .append(" · ").append(lang.pick("ngày xét ", "reviewed ")).append(r.reviewDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .append(" · ").append(lang.pick("căn cứ ", "under ")).append(r.regime().law().document()).append(" + ")
                .append(r.decree()).append("\n\n");
        for (PersonExplanation.Case c : x.cases()) {
            sb.append(name(c.award())).append(": ").append(label(c.outcome()))
                    .append(c.decision().attested() ? lang.pick(" (dựa trên xác nhận của đơn vị)",
                            " (rests on the unit's attestation)") : "").append('\n');
            sb.append("  ").append(lang.pick("Thẩm quyền quyết định: ", "Decided by: ")).append(c.authority().name(
                    lang.pick("vi", "en"))).append(" [").append(c.authority().basis()).append(" · ")
                    .append(certainty(c.authority().certainty())).append("]\n");
            block(sb, lang.pick("Điều kiện đạt", "Conditions met"), c.met(), c);
            block(sb, lang.pick("Điều kiện chưa đạt", "Conditions not met"), c.unmet().stream()
                    .filter(y -> !c.ballot().contains(y) && !c.quota().contains(y)).toList(), c);
            block(sb, lang.pick("Phiếu bầu của Hội đồng thi đua - khen thưởng", "The council's ballot"), c.ballot(), c);
            block(sb, lang.pick("Vị trí trong chỉ tiêu", "Place under the quota"), c.quota(), c);
            if (!c.initiatives().isEmpty()) {
                sb.append("  ").append(lang.pick("Sáng kiến đã dùng (mỗi sáng kiến chỉ dùng cho một hình thức): ",
                        "Initiatives used (one initiative, one award): ")).append(String.join(", ", c.initiatives()))
                        .append('\n');
            }
            sb.append('\n');
        }
        if (audit) {
            sb.append(lang.pick("Các quy tắc đã áp dụng", "Rules fired")).append(": ")
                    .append(String.join(", ", r.audit())).append('\n');
        }
        return sb.toString();
    }

    /** Reasons under a title, each marked met (✓) or not met (✗), with its rule, basis, citations and certainty. */
    private void block(StringBuilder sb, String title, List<Reason> reasons, PersonExplanation.Case c) {
        if (reasons.isEmpty()) {
            return;
        }
        sb.append("  ").append(title).append(":\n");
        for (Reason x : reasons) {
            char mark = c.unmet().contains(x) ? '✗' : c.ballot().contains(x) && c.decision().ballotPending() ? '…'
                    : '✓';
            sb.append("    ").append(mark).append(' ').append(lang.pick(x.vi(), x.en())).append('\n');
            sb.append("      ").append(x.ruleId()).append(" · ").append(x.basis(lang == Lang.EN ? "en" : "vi"));
            if (!x.citations().isEmpty()) {
                sb.append(" (").append(String.join(", ", x.citations().stream().map(k -> k.id()).toList()))
                        .append(')');
            }
            sb.append(" · ").append(certainty(x.certainty()));
            if (x.assumption() != null) {
                sb.append(lang.pick(" (nguồn của giả định: ", " (where the assumption comes from: "))
                        .append(ResultText.LEGAL_NOTES).append(x.assumption()).append(')');
            }
            sb.append('\n');
        }
    }

    /** A certainty in the report's language (Vietnamese output is Vietnamese throughout). */
    private String certainty(io.github.thidua.core.law.Certainty c) {
        return switch (c) {
            case CONFIRMED -> lang.pick("đã xác nhận", "confirmed");
            case SECONDARY -> lang.pick("nguồn thứ cấp", "secondary source");
            case ASSUMPTION -> lang.pick("giả định", "assumption");
        };
    }

    private String title(UnitReview review) {
        return lang.pick("Bình xét thi đua cá nhân năm ", "Year-end review of people, ") + review.year() + " — "
                + review.unit().name();
    }

    private List<Section> sections(UnitReview review, UnitReviewResult r) {
        List<Section> out = new java.util.ArrayList<>();
        out.add(new Section(title(review), List.of(
                lang.pick("Căn cứ: ", "Law: ") + r.regime().law().document() + " + " + r.decree()
                        + lang.pick("; họp ngày ", "; meeting on ") + new Fmt(lang).date(r.reviewDate())
                        + lang.pick("; quyết định ngày ", "; decisions on ") + new Fmt(lang).date(r.decisionDate())
                        + (review.illustrative() ? lang.pick(" (dữ liệu minh họa)", " (illustrative data)") : ""))));
        for (IndividualAward award : IndividualAward.values()) {
            List<String> lines = new java.util.ArrayList<>();
            for (PersonOutcome o : List.of(PersonOutcome.RECOMMENDED, PersonOutcome.AWAITING_BALLOT,
                    PersonOutcome.NOT_SELECTED)) {
                for (PersonDecision d : of(r, award, o)) {
                    StringBuilder l = new StringBuilder(d.name()).append(" — ").append(label(o));
                    if (!d.initiatives().isEmpty()) {
                        l.append(lang.pick("; sáng kiến: ", "; initiatives: ")).append(String.join(", ", d.initiatives()));
                    }
                    if (d.attested()) {
                        l.append(lang.pick("; có tiêu chí do đơn vị xác nhận", "; rests on a judgment the unit attested"));
                    }
                    if (!d.unmet().isEmpty()) {
                        l.append(": ").append(msg(d.unmet().get(0)));
                    }
                    if (o == PersonOutcome.RECOMMENDED) {
                        l.append(" (").append(d.authority().name(lang.pick("vi", "en"))).append(")");
                    }
                    lines.add(l.toString());
                }
            }
            if (award == IndividualAward.ADVANCED_LABOUR) {
                for (PersonDecision d : of(r, award, PersonOutcome.NOT_ELIGIBLE)) {
                    lines.add(d.name() + " — " + label(PersonOutcome.NOT_ELIGIBLE) + ": "
                            + String.join("; ", d.unmet().stream().map(this::msg).toList()));
                }
            }
            if (!lines.isEmpty()) {
                out.add(new Section(name(award) + " (" + of(r, award, PersonOutcome.RECOMMENDED).size()
                        + lang.pick(" đề nghị)", " recommended)"), lines));
            }
        }
        if (!r.findings().isEmpty()) {
            out.add(new Section(lang.pick("Nhận xét", "Findings"),
                    r.findings().stream().map(f -> f.severity().name() + ": " + msg(f.reason())).toList()));
        }
        var s = r.statistics();
        out.add(new Section(lang.pick("Thống kê thành viên (tính từ danh sách cá nhân)", "Member statistics (derived from the people)"),
                List.of(lang.pick("Tổng số: ", "Headcount: ") + s.headcount()
                        + lang.pick("; hoàn thành nhiệm vụ: ", "; completed tasks: ") + s.completedTasks()
                        + lang.pick("; Lao động tiên tiến: ", "; Advanced Labourers: ") + s.advancedLabour()
                        + lang.pick("; Chiến sĩ thi đua cơ sở: ", "; Grassroots fighters: ") + s.emulationFighters()
                        + lang.pick("; kỷ luật từ cảnh cáo trở lên: ", "; disciplined at warning or above: ")
                        + s.disciplinedWarningOrAbove() + lang.pick("; nữ: ", "; women: ") + s.women())));
        if (!r.collective().isEmpty()) {
            List<String> lines = new java.util.ArrayList<>();
            for (Decision d : r.collective()) {
                String because = !d.unmet().isEmpty() ? msg(d.unmet().get(0))
                        : d.reasons().isEmpty() ? "" : msg(d.reasons().get(0));
                lines.add(lang.pick(d.award().vi(), d.award().en()) + " — " + lang.pick(d.outcome().vi(), d.outcome().en())
                        + (because.isEmpty() ? "" : ": " + because));
            }
            out.add(new Section(lang.pick("Danh hiệu tập thể của đơn vị", "The unit's collective titles"), lines));
        }
        NumberFormat vnd = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        List<String> lines = new java.util.ArrayList<>();
        for (BonusLine b : r.bonuses()) {
            String amount = b.amount() == null ? lang.pick("chưa tính được", "not computed") : vnd.format(b.amount()) + " đ";
            lines.add(b.name() + " — " + lang.pick(b.award(), b.awardEn()) + ": " + amount
                    + (b.multiple() == null ? "" : " (" + b.multiple().toPlainString() + " × "
                    + (b.baseSalary() == null ? "?" : vnd.format(b.baseSalary())) + ")")
                    + (b.note() == null ? "" : "; " + pickNote(b.note())));
        }
        lines.add(lang.pick("Tổng cộng: ", "Total: ") + vnd.format(r.bonusTotal()) + " đ");
        out.add(new Section(lang.pick("Tiền thưởng", "Bonuses"), lines));
        return out;
    }

    private List<PersonDecision> of(UnitReviewResult r, IndividualAward award, PersonOutcome o) {
        return r.decisions().stream().filter(d -> d.award() == award && d.outcome() == o).toList();
    }

    private String name(IndividualAward a) {
        return lang.pick(a.vi(), a.en());
    }

    private String label(PersonOutcome o) {
        return lang.pick(o.vi(), o.en());
    }

    private String msg(Reason x) {
        String basis = x.basis(lang == Lang.EN ? "en" : "vi");
        return lang.pick(x.vi(), x.en()) + " [" + x.ruleId() + (basis == null || basis.isBlank() ? "" : ", " + basis)
                + (x.assumption() == null ? "" : lang.pick(", giả định: ", ", assumption: ") + ResultText.LEGAL_NOTES
                + x.assumption()) + "]";
    }

    /** Bonus notes are "vi / en". */
    private String pickNote(String note) {
        int i = note.indexOf(" / ");
        return i < 0 ? note : lang.pick(note.substring(0, i), note.substring(i + 3));
    }
}
