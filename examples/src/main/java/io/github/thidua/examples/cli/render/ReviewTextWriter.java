package io.github.thidua.examples.cli.render;

import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.core.rank.Ranking;
import io.github.thidua.core.rank.TieBreak;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a bloc's review result as a text report for people, fitted to a 120-column terminal:
 * <ol>
 *   <li>the bloc: name, kind, province, year, stage, legal regime, profile, rule pack, head and deputy;</li>
 *   <li>the ranking as a {@link TextTable}, or a note when nothing was ranked;</li>
 *   <li>the awards in rank order (each unit's RECOMMENDED or PENDING_PROVINCE decision), then every decision with
 *       its outcome and first reason (for a refusal, the unmet conditions) and the rule that decided it;</li>
 *   <li>a summary: recommended awards counted per award, next year's head and deputy, findings and warnings;</li>
 *   <li>with {@code --audit}, the rules fired in order.</li>
 * </ol>
 * Labels and messages are in Vietnamese or English ({@link Lang}); names stay as written in the scenario.
 */
public final class ReviewTextWriter {
    private static final String NONE = ResultText.NONE;

    private final Lang lang;
    private final ResultText text;

    /**
     * @param lang the language of labels and messages
     */
    public ReviewTextWriter(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
    }

    /**
     * The report.
     *
     * @param review the review read from the scenario
     * @param result the engine's result for it
     * @param audit  whether to add the audit trail
     * @return the report, lines ending with a line feed
     */
    public String write(BlocReview review, ReviewResult result, boolean audit) {
        StringBuilder sb = new StringBuilder();
        sb.append(header(review, result).render());
        if (review.illustrative()) {
            sb.append(lang.pick("Lưu ý: dữ liệu có phần minh hoạ, xem trường \"note\" của tệp kịch bản.",
                    "Note: the data is partly illustrative; see the scenario's \"note\".")).append('\n');
        }
        Ranking ranking = result.ranking();
        sb.append(ResultText.section(lang.pick("Xếp hạng", "Ranking")));
        if (ranking.units().isEmpty()) {
            sb.append(review.stage() == Stage.PACT
                    ? lang.pick("Không xếp hạng ở hội nghị ký giao ước thi đua.", "No ranking at the pact signing.")
                    : lang.pick("Chưa xếp hạng: kịch bản không có bảng điểm.",
                            "No ranking: the scenario has no scorecards.")).append('\n');
        } else {
            sb.append(rankingTable(review, ranking).render());
        }
        sb.append(decisions(review, result));
        sb.append(summary(review, result));
        if (audit) {
            sb.append(text.audit(result.audit()));
        }
        return sb.toString();
    }

    private String decisions(BlocReview review, ReviewResult result) {
        StringBuilder sb = new StringBuilder();
        if (result.decisions().isEmpty()) {
            sb.append(ResultText.section(lang.pick("Khen thưởng", "Awards")));
            String none = review.stage() == Stage.YEAR_END
                    ? lang.pick("Không có quyết định khen thưởng.", "No award decisions.")
                    : lang.pick("Không xét khen thưởng ở kỳ này (" + review.stage().vi() + ").",
                            "No award decisions at this stage (" + review.stage().en() + ").");
            return sb.append(none).append('\n').toString();
        }
        sb.append(ResultText.section(lang.pick("Khen thưởng theo thứ tự xếp hạng", "Awards in rank order")));
        sb.append(awardsTable(review, result).render());
        sb.append(ResultText.section(lang.pick("Chi tiết các quyết định", "All decisions")));
        sb.append(text.decisionsTable(result.decisions(),
                id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null),
                id -> review.bloc().member(id).map(Unit::name).orElse(null)).render());
        return sb.toString();
    }

    /** Each ranked unit with the award it is recommended (or pending) for, or a dash. */
    private TextTable awardsTable(BlocReview review, ReviewResult result) {
        String awardHeader = lang.pick("Hình thức khen thưởng", "Award");
        int awardWidth = TextTable.width(awardHeader);
        int unitWidth = TextTable.width(lang.pick("Mã đơn vị", "Unit"));
        for (Decision d : result.decisions()) {
            awardWidth = Math.max(awardWidth, TextTable.width(text.award(d.award())));
            unitWidth = Math.max(unitWidth, TextTable.width(d.unit().value()));
        }
        int rankWidth = Math.max(TextTable.width(lang.pick("Hạng", "Rank")),
                Integer.toString(review.bloc().size()).length());
        int outcomeWidth = Math.max(20, ResultText.WIDTH - rankWidth - unitWidth - awardWidth - 6);
        TextTable t = new TextTable()
                .column(lang.pick("Hạng", "Rank"), TextTable.Align.RIGHT)
                .column(lang.pick("Mã đơn vị", "Unit"), TextTable.Align.LEFT)
                .column(awardHeader, TextTable.Align.LEFT)
                .column(lang.pick("Kết quả", "Outcome"), TextTable.Align.LEFT, outcomeWidth);
        List<RankedUnit> units = result.ranking().units();
        List<UnitId> order = units.isEmpty()
                ? review.bloc().members().stream().map(Unit::id).toList()
                : units.stream().map(RankedUnit::unit).toList();
        for (UnitId id : order) {
            String rank = result.ranking().of(id).map(u -> Integer.toString(u.rank())).orElse("");
            List<Decision> awarded = result.decisionsFor(id).stream().filter(d -> d.outcome().isAward()).toList();
            if (awarded.isEmpty()) {
                t.row(rank, id.value(), NONE, "");
            }
            for (Decision d : awarded) {
                t.row(rank, id.value(), text.award(d.award()), text.outcome(d.outcome()));
                rank = "";
            }
        }
        return t;
    }

    private String summary(BlocReview review, ReviewResult result) {
        StringBuilder sb = new StringBuilder(ResultText.section(lang.pick("Tổng hợp", "Summary")));
        if (!result.decisions().isEmpty()) {
            sb.append(lang.pick("Đề nghị khen thưởng", "Recommended")).append('\n');
            text.countLines(ResultText.count(result.decisions(), Outcome.RECOMMENDED), "  ")
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
            text.nextTermLines(next, review.bloc().kind(), id -> review.bloc().member(id).map(Unit::name).orElse(null))
                    .forEach(l -> sb.append(l).append('\n'));
        }
        sb.append(text.findings(result.findings()));
        sb.append(text.warnings(result.warnings()));
        return sb.toString();
    }

    private TextTable header(BlocReview review, ReviewResult result) {
        Bloc bloc = review.bloc();
        Regime regime = review.regime();
        boolean cluster = bloc.kind() == BlocKind.CUM;
        TextTable t = new TextTable().column("", TextTable.Align.LEFT).column("", TextTable.Align.LEFT);
        t.row(lang.pick(cluster ? "Tên cụm" : "Tên khối", "Bloc"), bloc.name());
        t.row(lang.pick("Loại", "Kind"), lang.pick(bloc.kind().vi(), bloc.kind().en()) + " (" + bloc.kind() + ")");
        t.row(lang.pick("Tỉnh", "Province"), bloc.province());
        t.row(lang.pick("Năm thi đua", "Year"), Integer.toString(review.year()));
        t.row(lang.pick("Kỳ", "Stage"),
                lang.pick(review.stage().vi(), review.stage().en()) + " (" + review.stage() + ")");
        t.row(lang.pick("Chế độ pháp lý", "Legal regime"),
                regime.code() + ": " + regime.describe(review.decisionDate()));
        t.row(lang.pick("Bộ tham số", "Profile"), result.profile());
        t.row(lang.pick("Bộ quy tắc", "Rule pack"), result.rulePack().toString());
        BlocTerm term = review.term();
        t.row(lang.pick(cluster ? "Cụm trưởng" : "Trưởng khối", "Head"),
                term == null ? NONE : unit(bloc, term.head()));
        t.row(lang.pick(cluster ? "Cụm phó" : "Phó khối", "Deputy"),
                term == null || term.deputy() == null ? NONE : unit(bloc, term.deputy()));
        return t;
    }

    private TextTable rankingTable(BlocReview review, Ranking ranking) {
        List<RankedUnit> units = ranking.units();
        int totalScale = scale(units, RankedUnit::total);
        int regularScale = scale(units, RankedUnit::regular);
        int bonusScale = scale(units, RankedUnit::bonus);
        int penaltyScale = scale(units, RankedUnit::penalty);
        String[] headers = {lang.pick("Hạng", "Rank"), lang.pick("Mã đơn vị", "Unit"), lang.pick("Tên đơn vị", "Name"),
            lang.pick("Tổng", "Total"), lang.pick("Cơ bản", "Regular"), lang.pick("Thưởng", "Bonus"),
            lang.pick("Trừ", "Penalty"), lang.pick("Ghi chú", "Tie-break")};
        List<String[]> rows = new ArrayList<>();
        for (RankedUnit u : units) {
            TieBreak tb = u.tieBreak();
            rows.add(new String[] {Integer.toString(u.rank()),
                u.unit().value(),
                review.bloc().member(u.unit()).map(Unit::name).orElse(""),
                number(u.total(), totalScale),
                number(u.regular(), regularScale),
                number(u.bonus(), bonusScale),
                number(u.penalty(), penaltyScale),
                tb == null ? "" : lang.pick(tb.vi(), tb.en())});
        }
        int[] natural = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            natural[c] = TextTable.width(headers[c]);
            for (String[] row : rows) {
                natural[c] = Math.max(natural[c], TextTable.width(row[c]));
            }
        }
        // Names and tie-break notes share what the other columns leave of the width; notes wrap first.
        int fixed = 2 * (headers.length - 1);
        for (int c : new int[] {0, 1, 3, 4, 5, 6}) {
            fixed += natural[c];
        }
        int available = ResultText.WIDTH - fixed;
        int noteWidth = Math.min(natural[7], Math.max(16, available - natural[2]));
        int nameWidth = Math.max(20, available - noteWidth);
        TextTable t = new TextTable()
                .column(headers[0], TextTable.Align.RIGHT)
                .column(headers[1], TextTable.Align.LEFT)
                .column(headers[2], TextTable.Align.LEFT, nameWidth)
                .column(headers[3], TextTable.Align.RIGHT)
                .column(headers[4], TextTable.Align.RIGHT)
                .column(headers[5], TextTable.Align.RIGHT)
                .column(headers[6], TextTable.Align.RIGHT)
                .column(headers[7], TextTable.Align.LEFT, noteWidth);
        rows.forEach(t::row);
        return t;
    }

    private static String unit(Bloc bloc, UnitId id) {
        return bloc.member(id).map(u -> id.value() + " (" + u.name() + ")").orElse(id.value());
    }

    /** The number of decimals a column needs so that no value is rounded: the largest among its values. */
    private static int scale(List<RankedUnit> units, Function<RankedUnit, BigDecimal> value) {
        int scale = 0;
        for (RankedUnit u : units) {
            scale = Math.max(scale, Math.max(0, value.apply(u).stripTrailingZeros().scale()));
        }
        return scale;
    }

    private static String number(BigDecimal value, int scale) {
        return value.setScale(scale).toPlainString();
    }
}
