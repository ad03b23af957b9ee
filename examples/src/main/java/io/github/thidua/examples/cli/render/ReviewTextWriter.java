package io.github.thidua.examples.cli.render;

import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.core.rank.Ranking;
import io.github.thidua.core.rank.TieBreak;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a bloc's review result as a brief text report for people, fitted to a 120-column terminal:
 * <ol>
 *   <li>the bloc: name, province, year, stage, legal regime, profile, rule pack, this year's head and deputy;</li>
 *   <li>the ranking with each unit's points (total, base, bonus, penalty) and the award it is proposed for, tie-breaks
 *       as notes under the table, or a note when nothing was ranked;</li>
 *   <li>a summary: proposals counted per award, next year's head and deputy, findings and warnings;</li>
 *   <li>with {@code --details}, every decision with its outcome and first reason (for a refusal, the unmet
 *       conditions) and the rule that decided it;</li>
 *   <li>with {@code --audit}, the rules fired in order.</li>
 * </ol>
 * Units are named, never shown by id; numbers and dates follow the language ({@link Fmt}). Everything is read
 * from the result ({@link ReviewResult#units()} gives the names); the review only adds the bloc's kind and this
 * year's head and deputy.
 */
public final class ReviewTextWriter {
    private static final String NONE = ResultText.NONE;

    private final Lang lang;
    private final ResultText text;
    private final Fmt fmt;

    /**
     * @param lang the language of labels and messages
     */
    public ReviewTextWriter(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
        this.fmt = new Fmt(lang);
    }

    /** The brief report, without the decision details ({@link #write(BlocReview, ReviewResult, boolean, boolean)}). */
    public String write(BlocReview review, ReviewResult result, boolean audit) {
        return write(review, result, audit, false);
    }

    /**
     * The report.
     *
     * @param review  the review read from the scenario
     * @param result  the engine's result for it
     * @param audit   whether to add the audit trail
     * @param details whether to add every decision with its reason
     * @return the report, lines ending with a line feed
     */
    public String write(BlocReview review, ReviewResult result, boolean audit, boolean details) {
        Function<UnitId, String> names = result::nameOf;
        text.useNames(List.of(result));
        StringBuilder sb = new StringBuilder();
        sb.append(header(review, result, names));
        Ranking ranking = result.ranking();
        sb.append(ResultText.section(result.decisions().isEmpty() ? lang.pick("Xếp hạng", "Ranking")
                : lang.pick("Xếp hạng và đề nghị khen thưởng", "Ranking and proposals")));
        if (ranking.units().isEmpty()) {
            sb.append(review.stage() == Stage.PACT
                    ? lang.pick("Không xếp hạng ở hội nghị ký giao ước thi đua.", "No ranking at the pact signing.")
                    : lang.pick("Chưa xếp hạng: kịch bản không có bảng điểm.",
                            "No ranking: the scenario has no scorecards.")).append('\n');
            if (!result.decisions().isEmpty()) {
                sb.append(proposalsWithoutRanking(review, result, names));
            }
        } else {
            sb.append(rankingTable(result, names));
        }
        if (result.decisions().isEmpty()) {
            sb.append(review.stage() == Stage.YEAR_END
                    ? lang.pick("Không có quyết định khen thưởng.", "No award decisions.")
                    : lang.pick("Không xét khen thưởng ở kỳ này (" + review.stage().vi() + ").",
                            "No award decisions at this stage (" + review.stage().en() + ").")).append('\n');
        }
        sb.append(summary(review, result, names));
        if (details && !result.decisions().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Chi tiết các quyết định", "All decisions")));
            sb.append(text.decisionsTable(result.decisions(),
                    id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null), names).render());
        } else if (!result.decisions().isEmpty()) {
            sb.append(lang.pick("Xem mọi quyết định và lý do: --details; một đơn vị: thidua explain --unit MÃ",
                    "Every decision with its reason: --details; one unit: thidua explain --unit ID")).append('\n');
        }
        if (audit) {
            sb.append(text.audit(result.audit()));
        }
        return sb.toString();
    }

    private String header(BlocReview review, ReviewResult result, Function<UnitId, String> names) {
        Bloc bloc = review.bloc();
        boolean cluster = bloc.kind() == BlocKind.CUM;
        List<String> lines = new ArrayList<>();
        lines.add(result.blocName());
        lines.add(String.join(" · ", result.province(),
                lang.pick("năm thi đua ", "year ") + result.year(),
                lang.pick(review.stage().vi(), review.stage().en()),
                lang.pick("ngày xét ", "decided ") + fmt.date(result.decisionDate()),
                bloc.size() + lang.pick(" thành viên", " members")));
        lines.add(lang.pick("Căn cứ: ", "Law: ") + result.regime().describe(result.decisionDate()) + " · "
                + lang.pick("bộ tham số ", "profile ") + result.profile() + " · "
                + lang.pick("bộ quy tắc ", "rule pack ") + result.rulePack());
        BlocTerm term = review.term();
        lines.add(lang.pick(cluster ? "Cụm trưởng: " : "Trưởng khối: ", "Head: ")
                + (term == null ? NONE : ResultText.unit(term.head(), names)) + " · "
                + lang.pick(cluster ? "Cụm phó: " : "Phó khối: ", "Deputy: ")
                + (term == null || term.deputy() == null ? NONE : ResultText.unit(term.deputy(), names)));
        if (review.illustrative()) {
            lines.add(lang.pick("Lưu ý: dữ liệu có phần minh hoạ, xem trường \"note\" của tệp kịch bản.",
                    "Note: the data is partly illustrative; see the scenario's \"note\"."));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            TextTable.wrap(line, ResultText.WIDTH).forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    /** The award a unit ends with (recommended, or pending the council with a mark), or a dash. */
    private String proposal(ReviewResult result, UnitId id) {
        List<String> awards = new ArrayList<>();
        for (Decision d : result.decisionsFor(id)) {
            if (d.outcome().isAward()) {
                awards.add(text.award(d.award()) + (d.outcome() == Outcome.RECOMMENDED ? "" : " (" + text.outcome(d.outcome()) + ")"));
            }
        }
        return awards.isEmpty() ? (result.decisions().isEmpty() ? "" : NONE) : String.join("; ", awards);
    }

    private String proposalsWithoutRanking(BlocReview review, ReviewResult result, Function<UnitId, String> names) {
        TextTable t = new TextTable()
                .column(lang.pick("Đơn vị", "Unit"), TextTable.Align.LEFT, 50)
                .column(lang.pick("Đề nghị khen thưởng", "Proposed award"), TextTable.Align.LEFT, 60);
        for (Unit u : review.bloc().members()) {
            t.row(ResultText.unit(u.id(), names), proposal(result, u.id()));
        }
        return t.render();
    }

    private String rankingTable(ReviewResult result, Function<UnitId, String> names) {
        List<RankedUnit> units = result.ranking().units();
        int scale = Math.max(Math.max(Fmt.scale(units, RankedUnit::total), Fmt.scale(units, RankedUnit::regular)),
                Math.max(Fmt.scale(units, RankedUnit::bonus), Fmt.scale(units, RankedUnit::penalty)));
        boolean awards = !result.decisions().isEmpty();
        String[] headers = {lang.pick("Hạng", "Rank"), lang.pick("Đơn vị", "Unit"), lang.pick("Tổng", "Total"),
            lang.pick("Cơ bản", "Base"), lang.pick("Thưởng", "Bonus"), lang.pick("Trừ", "Penalty"),
            lang.pick("Đề nghị khen thưởng", "Proposed award")};
        List<String[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RankedUnit u : units) {
            TieBreak tb = u.tieBreak();
            String rank = Integer.toString(u.rank());
            if (tb != null) {
                rank = rank + "*";
                notes.add("* " + ResultText.unit(u.unit(), names) + ": " + text.tieBreak(tb, names));
            }
            rows.add(new String[] {rank, ResultText.unit(u.unit(), names), fmt.number(u.total(), scale),
                fmt.number(u.regular(), scale), fmt.number(u.bonus(), scale), fmt.number(u.penalty(), scale),
                awards ? proposal(result, u.unit()) : ""});
        }
        int[] natural = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            natural[c] = TextTable.width(headers[c]);
            for (String[] row : rows) {
                natural[c] = Math.max(natural[c], TextTable.width(row[c]));
            }
        }
        int columns = awards ? headers.length : headers.length - 1;
        int fixed = 2 * (columns - 1);
        for (int c : new int[] {0, 2, 3, 4, 5}) {
            fixed += natural[c];
        }
        int available = ResultText.WIDTH - fixed;
        // The award keeps its line where it can; long names wrap first.
        int awardWidth = awards ? Math.min(natural[6], Math.max(24, available - 30)) : 0;
        int nameWidth = Math.min(natural[1], Math.max(20, available - awardWidth));
        TextTable t = new TextTable()
                .column(headers[0], TextTable.Align.RIGHT)
                .column(headers[1], TextTable.Align.LEFT, nameWidth)
                .column(headers[2], TextTable.Align.RIGHT)
                .column(headers[3], TextTable.Align.RIGHT)
                .column(headers[4], TextTable.Align.RIGHT)
                .column(headers[5], TextTable.Align.RIGHT);
        if (awards) {
            t.column(headers[6], TextTable.Align.LEFT, awardWidth);
            rows.forEach(t::row);
        } else {
            rows.forEach(r -> t.row(java.util.Arrays.copyOf(r, 6)));
        }
        StringBuilder sb = new StringBuilder(t.render());
        for (String note : notes) {
            TextTable.wrap(note, ResultText.WIDTH).forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    private String summary(BlocReview review, ReviewResult result, Function<UnitId, String> names) {
        StringBuilder sb = new StringBuilder(ResultText.section(lang.pick("Tổng hợp", "Summary")));
        if (!result.decisions().isEmpty()) {
            Map<AwardType, Integer> recommended = ResultText.count(result.decisions(), Outcome.RECOMMENDED);
            sb.append(lang.pick("Đề nghị khen thưởng", "Proposals")).append(recommended.isEmpty()
                    ? ": " + lang.pick("không có", "none") + "\n" : "\n");
            text.countLines(recommended, "  ").stream().filter(l -> !recommended.isEmpty())
                    .forEach(l -> sb.append(l).append('\n'));
            Map<AwardType, Integer> pending = ResultText.count(result.decisions(), Outcome.PENDING_PROVINCE);
            if (!pending.isEmpty()) {
                sb.append(lang.pick("Chờ Hội đồng Thi đua - Khen thưởng tỉnh xem xét",
                        "Pending the provincial council")).append('\n');
                text.countLines(pending, "  ").forEach(l -> sb.append(l).append('\n'));
            }
        }
        NextTerm next = result.nextTerm();
        if (next != null) {
            text.nextTermLines(next, review.bloc().kind(), names).forEach(l -> sb.append(l).append('\n'));
        }
        sb.append(text.findings(result.findings(), names));
        sb.append(text.warnings(result.warnings()));
        return sb.toString();
    }
}
