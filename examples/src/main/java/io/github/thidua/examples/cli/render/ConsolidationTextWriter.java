package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.ConsolidationResult.GovernmentFlagQuota;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a province's consolidation as a text report for people, fitted to a 120-column terminal:
 * <ol>
 *   <li>the province, year, council date, legal regime, profile and rule pack;</li>
 *   <li>the Government-flag quota: bloc leaders, share, cap, proposed and confirmed, and the rule behind it;</li>
 *   <li>per bloc: its name, the recommended awards counted per award, next year's head, its findings, and its
 *       Government-flag and provincial-flag decisions after the cap (all but refusals) with their first
 *       reason;</li>
 *   <li>province-level findings, and with {@code --audit} the consolidation rules fired.</li>
 * </ol>
 * Every bloc's full decisions are in the JSON output ({@code thidua consolidate FILE --format json}) and in
 * {@code thidua review} of the bloc's file.
 */
public final class ConsolidationTextWriter {
    private final Lang lang;
    private final ResultText text;
    private final Fmt fmt;

    /**
     * @param lang the language of labels and messages
     */
    public ConsolidationTextWriter(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.text = new ResultText(lang);
        this.fmt = new Fmt(lang);
    }

    /**
     * The report.
     *
     * @param province    the province review read from the scenario
     * @param profileName the name of the parameter profile used
     * @param result      the engine's consolidation
     * @param audit       whether to add the audit trail of the consolidation rules
     * @return the report, lines ending with a line feed
     */
    public String write(ProvinceReview province, String profileName, ConsolidationResult result, boolean audit) {
        return write(province, profileName, result, audit, false);
    }

    /**
     * The report, with every bloc's decisions when {@code details}.
     *
     * @param province    the province review read from the scenario
     * @param profileName the name of the parameter profile used
     * @param result      the engine's consolidation
     * @param audit       whether to add the audit trail of the consolidation rules
     * @param details     whether to add every decision of every bloc with its reason
     * @return the report, lines ending with a line feed
     */
    public String write(ProvinceReview province, String profileName, ConsolidationResult result, boolean audit,
                        boolean details) {
        text.useNames(result.blocs());
        StringBuilder sb = new StringBuilder();
        TextTable header = new TextTable().column("", TextTable.Align.LEFT).column("", TextTable.Align.LEFT);
        header.row(lang.pick("Tỉnh", "Province"), result.province());
        header.row(lang.pick("Năm thi đua", "Year"), Integer.toString(result.year()));
        header.row(lang.pick("Ngày xét", "Decision date"), fmt.date(result.decisionDate()));
        header.row(lang.pick("Chế độ pháp lý", "Legal regime"),
                result.regime().code() + ": " + result.regime().describe(result.decisionDate()));
        header.row(lang.pick("Bộ tham số", "Profile"), profileName);
        header.row(lang.pick("Bộ quy tắc", "Rule pack"), result.rulePack().toString());
        header.row(lang.pick("Số khối, cụm", "Blocs"), Integer.toString(result.blocs().size()));
        sb.append(header.render());
        if (province.illustrative()) {
            sb.append(lang.pick("Lưu ý: dữ liệu có phần minh hoạ, xem trường \"note\" của tệp kịch bản.",
                    "Note: the data is partly illustrative; see the scenario's \"note\".")).append('\n');
        }
        sb.append(quota(result.quota()));
        Map<String, BlocReview> blocs = new HashMap<>();
        province.blocs().forEach(b -> blocs.put(b.bloc().id().value(), b));
        for (ReviewResult bloc : result.blocs()) {
            sb.append(bloc(bloc, blocs.get(bloc.bloc().value())));
            if (details && !bloc.decisions().isEmpty()) {
                sb.append(lang.pick("Chi tiết các quyết định", "All decisions")).append('\n');
                sb.append(text.decisionsTable(bloc.decisions(),
                        id -> bloc.ranking().of(id).map(RankedUnit::rank).orElse(null), bloc::nameOf).render());
            }
        }
        sb.append(ResultText.section(lang.pick("Toàn tỉnh", "Province")));
        Map<UnitId, String> allNames = new HashMap<>();
        result.blocs().forEach(b -> b.units().forEach(u -> allNames.putIfAbsent(u.unit(), u.name())));
        sb.append(text.findings(result.findings(), allNames::get));
        if (audit) {
            sb.append(text.audit(result.audit()));
        }
        return sb.toString();
    }

    private String quota(GovernmentFlagQuota q) {
        StringBuilder sb = new StringBuilder(ResultText.section(lang.pick(
                "Tỷ lệ " + AwardType.GOVERNMENT_FLAG.vi() + " toàn tỉnh",
                "Province-wide quota of the " + AwardType.GOVERNMENT_FLAG.en())));
        String share = fmt.number(q.share());
        TextTable t = new TextTable().column("", TextTable.Align.LEFT)
                .column("", TextTable.Align.LEFT, ResultText.WIDTH - 26);
        t.row(lang.pick("Đơn vị dẫn đầu các khối", "Bloc leaders"), Integer.toString(q.leaders()));
        t.row(lang.pick("Tỷ lệ", "Share"), share);
        t.row(lang.pick("Tối đa", "Cap"), q.cap() + lang.pick(" trên " + q.leaders() + " đơn vị dẫn đầu",
                " of " + q.leaders() + " leaders") + " (" + share + " × " + q.leaders() + lang.pick(", làm tròn xuống",
                ", rounded down") + ")");
        t.row(lang.pick("Các khối đề nghị", "Proposed"), Integer.toString(q.proposed()));
        t.row(lang.pick("Được giữ", "Confirmed"), Integer.toString(q.confirmed()));
        if (q.reason() != null) {
            t.row(lang.pick("Căn cứ", "Basis"), text.withRule(q.reason()));
        }
        return sb.append(t.render()).toString();
    }

    private String bloc(ReviewResult result, BlocReview review) {
        Function<UnitId, String> names = result::nameOf;
        BlocKind kind = review == null ? BlocKind.KHOI : review.bloc().kind();
        StringBuilder sb = new StringBuilder(ResultText.section(result.blocName()));
        sb.append(lang.pick("Đề nghị khen thưởng", "Recommended")).append('\n');
        text.countLines(ResultText.count(result.decisions(), Outcome.RECOMMENDED), "  ")
                .forEach(l -> sb.append(l).append('\n'));
        Map<AwardType, Integer> pending = ResultText.count(result.decisions(), Outcome.PENDING_PROVINCE);
        if (!pending.isEmpty()) {
            sb.append(lang.pick("Chờ Hội đồng tỉnh xem xét", "Pending the provincial council")).append('\n');
            text.countLines(pending, "  ").forEach(l -> sb.append(l).append('\n'));
        }
        if (result.nextTerm() != null) {
            sb.append(text.nextTermLines(result.nextTerm(), kind, names).get(0)).append('\n');
        }
        if (!result.findings().isEmpty()) {
            sb.append(text.findings(result.findings(), names));
        }
        List<Decision> flags = ResultText.filter(result.decisions(),
                d -> (d.award() == AwardType.GOVERNMENT_FLAG || d.award() == AwardType.PROVINCIAL_FLAG)
                        && d.outcome() != Outcome.NOT_ELIGIBLE);
        sb.append(lang.pick("Cờ thi đua sau khi áp tỷ lệ toàn tỉnh", "Emulation flags after the province-wide cap"));
        if (flags.isEmpty()) {
            return sb.append(": ").append(lang.pick("không có", "none")).append('\n').toString();
        }
        return sb.append('\n').append(text.decisionsTable(flags,
                id -> result.ranking().of(id).map(RankedUnit::rank).orElse(null), names).render()).toString();
    }
}
