package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocKind;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Finding;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.Severity;
import io.github.thidua.rules.Warning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pieces of the text reports that {@link ReviewTextWriter} and {@link ConsolidationTextWriter} share: award
 * and outcome names, reasons, the decisions table, recommended counts, next year's head and deputy, findings,
 * warnings and the audit trail, in Vietnamese or English, laid out to fit {@value #WIDTH} terminal columns.
 */
final class ResultText {
    /** The widest line the reports aim for: a common terminal width. */
    static final int WIDTH = 120;
    /** Printed for a missing value. */
    static final String NONE = "—";
    /** The most lines a reason takes in the decisions table; longer reasons are shortened. */
    private static final int REASON_LINES = 2;
    /** How far the decisions table's rows are indented under their unit's heading: an empty column and a gap. */
    private static final int INDENT = 2;
    /** The most lines a warning takes; the full text is in the JSON output. */
    private static final int WARNING_LINES = 3;
    /** Space between table columns ({@link TextTable}). */
    private static final int GAP = 2;

    private final Lang lang;
    /** Unit ids to names, for the messages the rules write with ids in them. */
    private final Map<String, String> names = new java.util.HashMap<>();
    private java.util.regex.Pattern ids;

    ResultText(Lang lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
    }

    /**
     * Remembers the units' names of these results, so that messages naming a unit by its id read with its name
     * (people read names, not ids).
     */
    ResultText useNames(List<io.github.thidua.rules.ReviewResult> results) {
        for (io.github.thidua.rules.ReviewResult r : results) {
            r.units().forEach(u -> names.putIfAbsent(u.unit().value(), u.name()));
        }
        if (!names.isEmpty()) {
            List<String> keys = new ArrayList<>(names.keySet());
            keys.sort((a, b) -> b.length() - a.length()); // the longest id first: no id is cut by a shorter one
            ids = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_-])("
                    + String.join("|", keys.stream().map(java.util.regex.Pattern::quote).toList())
                    + ")(?![\\p{L}\\p{N}_-])");
        }
        return this;
    }

    /** The text with every unit id of the results replaced by the unit's name. */
    String named(String text) {
        if (ids == null || text == null) {
            return text;
        }
        return ids.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(names.get(m.group(1))));
    }

    Lang lang() {
        return lang;
    }

    String pick(String vi, String en) {
        return lang.pick(vi, en);
    }

    String award(AwardType award) {
        return lang.pick(award.vi(), award.en());
    }

    String outcome(Outcome outcome) {
        return lang.pick(outcome.vi(), outcome.en());
    }

    String message(Reason reason) {
        return named(lang.pick(reason.vi(), reason.en()));
    }

    String message(Finding finding) {
        return named(lang.pick(finding.vi(), finding.en()));
    }

    String message(Warning warning) {
        return named(lang.pick(warning.vi(), warning.en()));
    }

    /** {@code message [RULE_ID]}. */
    String withRule(Reason reason) {
        return message(reason) + " [" + reason.ruleId() + "]";
    }

    /** Heading of a report section, preceded by an empty line. */
    static String section(String title) {
        return "\n" + title + "\n";
    }

    /**
     * Why a decision came out as it did, to fit {@code width} columns on at most {@value #REASON_LINES} lines:
     * the unmet conditions of a refusal (joined by "; "), else the first reason's message; then the first
     * reason's rule id in brackets. A text that does not fit is shortened, never the rule id.
     */
    String reasonCell(Decision d, int width) {
        Reason first = d.reasons().isEmpty() ? null : d.reasons().get(0);
        String text;
        if (d.outcome() == Outcome.NOT_ELIGIBLE && !d.unmet().isEmpty()) {
            text = String.join("; ", d.unmet().stream().map(this::message).toList());
        } else {
            text = first == null ? "" : message(first);
        }
        String suffix = first == null ? "" : " [" + first.ruleId() + "]";
        return fit(text, suffix, width, REASON_LINES);
    }

    /** {@code text + suffix}, with {@code text} shortened until the whole wraps into {@code lines} lines. */
    static String fit(String text, String suffix, int width, int lines) {
        String cell = text + suffix;
        if (TextTable.wrap(cell, width).size() <= lines) {
            return cell;
        }
        int budget = Math.max(1, lines * width - TextTable.width(suffix));
        while (true) {
            cell = TextTable.shorten(text, budget) + suffix;
            if (budget == 1 || TextTable.wrap(cell, width).size() <= lines) {
                return cell;
            }
            budget = Math.max(1, budget - 4);
        }
    }

    /**
     * The decisions as a table fitted to {@value #WIDTH} columns: award, outcome, and reason with its rule id,
     * under a heading line per unit ({@code Hạng 1: name}).
     *
     * @param decisions the decisions, grouped by unit (as the engine orders them: rank, then award precedence)
     * @param ranks     a unit's rank, or null when unknown
     * @param names     a unit's name, or null when unknown
     */
    TextTable decisionsTable(List<Decision> decisions, Function<UnitId, Integer> ranks,
                             Function<UnitId, String> names) {
        int awardWidth = TextTable.width(lang.pick("Tập thể lao động tiên tiến", "Certificate of Commendation"));
        int outcomeWidth = TextTable.width(lang.pick("đề nghị khen thưởng", "eligible, not selected"));
        int reasonWidth = WIDTH - INDENT - awardWidth - outcomeWidth - 2 * GAP;
        TextTable t = new TextTable()
                .column("", TextTable.Align.LEFT, 1) // always empty: indents the rows under their unit's heading
                .column(lang.pick("Hình thức khen thưởng", "Award"), TextTable.Align.LEFT, awardWidth)
                .column(lang.pick("Kết quả", "Outcome"), TextTable.Align.LEFT, outcomeWidth)
                .column(lang.pick("Lý do [quy tắc]", "Reason [rule]"), TextTable.Align.LEFT, reasonWidth);
        UnitId previous = null;
        for (Decision d : decisions) {
            if (!d.unit().equals(previous)) {
                Integer rank = ranks.apply(d.unit());
                t.span((rank == null ? "" : lang.pick("Hạng ", "Rank ") + rank + ": ") + unit(d.unit(), names));
                previous = d.unit();
            }
            t.row("", award(d.award()), outcome(d.outcome()), reasonCell(d, reasonWidth));
        }
        return t;
    }

    /** How many decisions have {@code outcome}, per award in order of precedence; awards with none are left out. */
    static Map<AwardType, Integer> count(List<Decision> decisions, Outcome outcome) {
        Map<AwardType, Integer> counts = new EnumMap<>(AwardType.class);
        for (Decision d : decisions) {
            if (d.outcome() == outcome) {
                counts.merge(d.award(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Lines {@code indent + "award: n"}, or {@code indent + "không có"} when there are none. */
    List<String> countLines(Map<AwardType, Integer> counts, String indent) {
        List<String> lines = new ArrayList<>();
        counts.forEach((award, n) -> lines.add(indent + award(award) + ": " + n));
        if (lines.isEmpty()) {
            lines.add(indent + lang.pick("không có", "none"));
        }
        return lines;
    }

    /**
     * Next year's head and deputy, one line each: {@code Trưởng khối năm 2023: name, được bầu [RULE]}.
     *
     * @param names a unit's name, or null when unknown
     */
    List<String> nextTermLines(NextTerm term, BlocKind kind, Function<UnitId, String> names) {
        boolean cluster = kind == BlocKind.CUM;
        String how = term.elected() ? lang.pick("được bầu", "elected") : lang.pick("theo quy chế", "policy");
        String rule = term.reasons().isEmpty() ? "" : " [" + term.reasons().get(0).ruleId() + "]";
        String head = lang.pick(cluster ? "Cụm trưởng năm " : "Trưởng khối năm ", "Head for ") + term.year() + ": "
                + (term.head() == null ? NONE + " " + lang.pick("(chưa xác định)", "(not determined)")
                        : unit(term.head(), names) + ", " + how + rule);
        String deputy = lang.pick(cluster ? "Cụm phó năm " : "Phó khối năm ", "Deputy for ") + term.year() + ": "
                + (term.deputy() == null ? NONE : unit(term.deputy(), names) + ", " + how);
        return List.of(head, deputy);
    }

    /** Why a unit is ahead of the next with the same total, naming that unit rather than its id. */
    String tieBreak(io.github.thidua.core.rank.TieBreak tb, Function<UnitId, String> names) {
        return lang.pick(tb.vi(), tb.en()).replace(tb.over().value(), unit(tb.over(), names));
    }

    /** The unit's name, or its id when the name is unknown: people read names, not ids. */
    static String unit(UnitId id, Function<UnitId, String> names) {
        String name = names.apply(id);
        return name == null ? id.value() : name;
    }

    /** Findings: a heading, then a table (severity, unit, message, rule) or "none". */
    String findings(List<Finding> findings, Function<UnitId, String> names) {
        StringBuilder sb = new StringBuilder();
        String title = lang.pick("Phát hiện", "Findings");
        if (findings.isEmpty()) {
            return sb.append(title).append(": ").append(lang.pick("không có", "none")).append('\n').toString();
        }
        sb.append(title).append('\n');
        String levelHeader = lang.pick("Mức", "Severity");
        String unitHeader = lang.pick("Đơn vị", "Unit");
        String ruleHeader = lang.pick("Quy tắc", "Rule");
        int levelWidth = TextTable.width(levelHeader);
        int unitWidth = TextTable.width(unitHeader);
        int ruleWidth = TextTable.width(ruleHeader);
        for (Finding f : findings) {
            levelWidth = Math.max(levelWidth, TextTable.width(severity(f.severity())));
            unitWidth = Math.max(unitWidth, f.unit() == null ? 1 : Math.min(30, TextTable.width(unit(f.unit(), names))));
            ruleWidth = Math.max(ruleWidth, TextTable.width(f.ruleId()));
        }
        int messageWidth = Math.max(30, WIDTH - levelWidth - unitWidth - ruleWidth - 3 * GAP);
        TextTable t = new TextTable()
                .column(levelHeader, TextTable.Align.LEFT)
                .column(unitHeader, TextTable.Align.LEFT, unitWidth)
                .column(lang.pick("Nội dung", "Message"), TextTable.Align.LEFT, messageWidth)
                .column(ruleHeader, TextTable.Align.LEFT);
        for (Finding f : findings) {
            t.row(severity(f.severity()), f.unit() == null ? NONE : unit(f.unit(), names), message(f), f.ruleId());
        }
        return sb.append(t.render()).toString();
    }

    /** Warnings: a heading, then code and message (long messages shortened), or nothing when there are none. */
    String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        int codeWidth = 1;
        for (Warning w : warnings) {
            codeWidth = Math.max(codeWidth, TextTable.width(w.code()));
        }
        int messageWidth = Math.max(30, WIDTH - INDENT - codeWidth - GAP);
        TextTable t = new TextTable()
                .column("", TextTable.Align.LEFT, 1) // always empty: indents the list under its heading
                .column("", TextTable.Align.LEFT)
                .column("", TextTable.Align.LEFT, messageWidth);
        for (Warning w : warnings) {
            t.row("", w.code(), fit(message(w), "", messageWidth, WARNING_LINES));
        }
        return lang.pick("Lưu ý", "Warnings") + "\n" + t.render();
    }

    /** The audit trail: every rule fired, in order, with the units it matched. */
    String audit(List<AuditEntry> entries) {
        StringBuilder sb = new StringBuilder(section(lang.pick("Nhật ký quy tắc đã chạy (--audit)",
                "Audit trail: rules fired, in order (--audit)")));
        if (entries.isEmpty()) {
            return sb.append(lang.pick("không có", "none")).append('\n').toString();
        }
        String ruleHeader = lang.pick("Quy tắc", "Rule");
        int ruleWidth = TextTable.width(ruleHeader);
        for (AuditEntry e : entries) {
            ruleWidth = Math.max(ruleWidth, TextTable.width(e.ruleId()));
        }
        int numberWidth = Integer.toString(entries.size()).length();
        int unitsWidth = Math.max(30, WIDTH - numberWidth - ruleWidth - 2 * GAP);
        TextTable t = new TextTable()
                .column("#", TextTable.Align.RIGHT)
                .column(ruleHeader, TextTable.Align.LEFT)
                .column(lang.pick("Đơn vị", "Units"), TextTable.Align.LEFT, unitsWidth);
        int i = 0;
        for (AuditEntry e : entries) {
            t.row(Integer.toString(++i), e.ruleId(), String.join(", ", e.units()));
        }
        return sb.append(t.render()).toString();
    }

    /** How sure a rule's legal basis is, e.g. {@code giả định} (Vietnamese) or {@code assumption}. */
    String certainty(io.github.thidua.core.law.Certainty certainty) {
        return switch (certainty) {
            case CONFIRMED -> lang.pick("đã xác nhận", "confirmed");
            case SECONDARY -> lang.pick("nguồn thứ cấp", "secondary source");
            case ASSUMPTION -> lang.pick("giả định", "assumption");
        };
    }

    /**
     * A reason's legal basis in the report's language (rendered from its citations by the citation formatter), its
     * certainty, and where an assumption is recorded ({@code docs/legal-notes.md#anchor}).
     */
    String basis(Reason r) {
        String basis = r.basis(lang == Lang.EN ? "en" : "vi");
        String out = lang.pick("Căn cứ: ", "Basis: ") + (basis == null || basis.isBlank() ? "—" : basis) + " · "
                + certainty(r.certainty());
        if (r.assumption() != null) {
            out += lang.pick(" (nguồn của giả định: ", " (where the assumption comes from: ") + LEGAL_NOTES
                    + r.assumption() + ")";
        }
        return out;
    }

    /** Where the provenance of assumptions is recorded, in the repository. */
    static final String LEGAL_NOTES = "docs/legal-notes.md#";

    String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> lang.pick("lỗi", "ERROR");
            case WARNING -> lang.pick("cảnh báo", "WARNING");
            case INFO -> lang.pick("thông tin", "INFO");
        };
    }

    /** The decisions that match, in their order. */
    static List<Decision> filter(List<Decision> decisions, Predicate<Decision> test) {
        return decisions.stream().filter(test).toList();
    }
}
