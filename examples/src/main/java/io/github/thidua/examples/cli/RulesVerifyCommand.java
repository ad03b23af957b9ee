package io.github.thidua.examples.cli;

import io.github.thidua.examples.cli.render.TextTable;
import io.github.thidua.rules.Engine;
import io.github.thidua.testkit.ConsistencyCheck;
import io.github.thidua.testkit.reference.ReferenceEvaluator;
import io.github.thidua.testkit.LawResult;
import io.github.thidua.testkit.law.Law;
import io.github.thidua.testkit.law.Laws;
import io.github.thidua.testkit.law.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua rules verify [DIR] [--tries N] [--seed S] [--law NAME,…] [--skip-law NAME,…] [--out FILE]}: checks
 * the testkit's consistency laws ({@link ConsistencyCheck}, docs/testkit.md) against the bundled pre-compiled pack,
 * or against the rule pack in DIR. Every law is checked on N generated bloc reviews (and, for the laws that apply to
 * provinces, on a fifth as many province reviews, at least 5), all from one seed, which is always printed. For each
 * law: PASS or FAIL, the inputs checked and the time; for a failure, the law, the seed with the command that
 * reproduces it, the violations and the shrunk counter-example.
 *
 * <p>Exit code {@value ThiduaCli#FAILURES} when a law fails or the pack does not compile.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Check the consistency laws against a rule pack (default: the bundled one).",
            "Kiểm chứng các luật nhất quán của bộ quy tắc trên dữ liệu sinh ngẫu nhiên.",
            "On generated bloc and province reviews, decisions must keep the quotas, be",
            "sound, complete, exclusive, deterministic, independent of input order,",
            "monotone and cited, and agree with the plain-Java reference evaluator of",
            "the national law (docs/testkit.md). The seed is always printed; a failure",
            "prints the law, the command that reproduces it and a shrunk",
            "counter-example."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {
            "0:Every law holds / mọi luật đều thoả.",
            "1:A law failed (its counter-example is printed), or the pack does not compile (its problems on"
                    + " stderr); or an internal error / có luật không thoả hoặc bộ quy tắc lỗi.",
            "2:Bad usage: DIR missing or without pack.json, --tries below 1, an unknown law or option"
                    + " / cách gọi không hợp lệ."},
        footer = {"", "Laws / các luật: quota-conservation, soundness, completeness, exclusivity,",
            "  hierarchy, determinism, permutation-invariance, monotonicity,",
            "  regime-partition, citation, stage, differential.",
            "soundness, completeness and differential compare the pack with the national",
            "law's reference evaluator: a provincial pack that changes a national",
            "condition fails them by design (leave them out with --skip-law).",
            "", "Examples / ví dụ:",
            "  thidua rules verify",
            "  thidua rules verify --tries 500 --seed 42",
            "  thidua rules verify packs/bac-ninh \\",
            "      --skip-law soundness,completeness,differential"})
public final class RulesVerifyCommand extends RulesSubcommand {
    /**
     * The laws that compare the pack with the reference evaluator of the national law. Their name constants, not
     * {@code Laws.SOUNDNESS.name()}: picocli makes every command when the command line is built, and {@code Laws}
     * would make every law (and read the legal catalogue) in each {@code thidua} start.
     */
    static final List<String> REFERENCE_LAWS_IN_ORDER = List.of(io.github.thidua.testkit.law.Soundness.NAME,
            io.github.thidua.testkit.law.Completeness.NAME, io.github.thidua.testkit.law.Differential.NAME);
    static final Set<String> REFERENCE_LAWS = Set.copyOf(REFERENCE_LAWS_IN_ORDER);
    private static final int WIDTH = 120;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The rule pack: a directory with a pack.json. Default: the bundled national pack.")
    Path dir;

    @Option(names = "--tries", paramLabel = "N", defaultValue = "" + ConsistencyCheck.DEFAULT_TRIES,
            description = "Generated bloc reviews per law (default ${DEFAULT-VALUE}); province reviews: a fifth,"
                    + " at least 5.")
    int tries;

    @Option(names = "--seed", paramLabel = "S",
            description = "The generators' seed (default: random). It is printed; the same seed, tries and pack"
                    + " give the same inputs.")
    Long seed;

    @Option(names = "--law", paramLabel = "NAME", split = ",",
            description = "Check only these laws (repeat or separate with commas). Default: all.")
    List<String> only;

    @Option(names = "--skip-law", paramLabel = "NAME", split = ",",
            description = "Do not check these laws (repeat or separate with commas).")
    List<String> skip;

    @Override
    Path packDir() {
        return dir;
    }

    @Override
    Output evaluate(Progress progress) {
        if (tries < 1) {
            throw new BadInputException(List.of("--tries: must be at least 1, was " + tries
                    + " (hint: e.g. --tries 100)"));
        }
        List<Law> laws = laws();
        if (dir != null) {
            checkPackDir(dir);
        }
        long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        int provinceTries = Math.max(5, tries / 5);
        Engine engine;
        if (dir != null) {
            progress.step("compiling " + dir);
            engine = engines.pack(dir);
        } else {
            progress.step("loading the bundled rule pack");
            engine = engines.bundled();
        }
        ReferenceEvaluator reference;
        try {
            reference = dir == null ? new ReferenceEvaluator() : ReferenceEvaluator.forPack(dir);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(List.of(e.getMessage() + " (hint: see docs/testkit.md, \"A provincial pack"
                    + " that lawfully changes a condition\")"));
        }
        ConsistencyCheck check = ConsistencyCheck.builder(engine).tries(tries).provinceTries(provinceTries).seed(s)
                .laws(laws).reference(reference).build();
        StringBuilder sb = new StringBuilder();
        sb.append("Verifying ").append(engine.rulePack())
                .append(dir == null ? " (bundled)" : " (" + dir + ")").append(": ")
                .append(count(laws.size(), "law")).append(", ").append(tries).append(" bloc and ")
                .append(provinceTries).append(" province reviews per law, seed ").append(s).append('\n');
        int nameWidth = laws.stream().mapToInt(l -> l.name().length()).max().orElse(0);
        List<LawResult> failed = new ArrayList<>();
        for (int i = 0; i < laws.size(); i++) {
            Law law = laws.get(i);
            progress.step("law " + (i + 1) + "/" + laws.size() + ": " + law.name());
            LawResult r = check.check(law);
            sb.append(String.format(Locale.ROOT, "%s %-" + nameWidth + "s  %5d inputs  %6d ms%n",
                    r.passed() ? "PASS" : "FAIL", r.law(), r.examples(), r.millis()));
            if (!r.passed()) {
                failed.add(r);
                failure(sb, r, s);
            }
        }
        if (failed.isEmpty()) {
            sb.append(laws.size() == 1 ? "1 law holds" : "all " + laws.size() + " laws hold").append(" (seed ")
                    .append(s).append(")\n");
        } else {
            sb.append(failed.size()).append(" of ").append(count(laws.size(), "law")).append(" failed: ")
                    .append(String.join(", ", failed.stream().map(LawResult::law).toList()))
                    .append(" (seed ").append(s).append(")\n");
            if (dir != null && failed.stream().anyMatch(r -> REFERENCE_LAWS.contains(r.law()))) {
                wrap(sb, "soundness, completeness and differential compare the pack with the reference evaluator"
                        + " of the national law: a pack that deliberately changes a national condition fails them"
                        + " unless its pack.json declares the change (\"overrides\", docs/testkit.md). To check the"
                        + " other laws only:", "note: ", "      ");
                sb.append("      ").append(rerun(s)).append(" --skip-law ")
                        .append(String.join(",", REFERENCE_LAWS_IN_ORDER)).append('\n');
            }
        }
        return new Output(sb.toString(), failed.isEmpty() ? ThiduaCli.OK : ThiduaCli.FAILURES);
    }

    /** The details of a failed law: what it demands, the seed and how to rerun, violations, counter-example. */
    private void failure(StringBuilder sb, LawResult r, long s) {
        wrap(sb, r.law() + ": " + r.description(), "  violated law  ", "                ");
        sb.append("  seed          ").append(s).append(", falsified after ").append(count(r.examples(), "input"))
                .append('\n');
        sb.append("  rerun         ").append(rerun(s)).append(" --law ").append(r.law()).append('\n');
        for (Violation v : r.violations()) {
            wrap(sb, v.message(), "  violation     ", "                ");
        }
        sb.append("  shrunk counter-example:\n");
        if (r.counterExample() != null) {
            r.counterExample().lines().forEach(l -> sb.append("    ").append(l).append('\n'));
        }
    }

    /** The command that checks the same pack on the same inputs. */
    private String rerun(long s) {
        return "thidua rules verify" + (dir == null ? "" : " " + shellWord(dir.toString())) + " --tries " + tries
                + " --seed " + s;
    }

    /** {@code word} as one word of a shell command line: single-quoted unless it is plain. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** {@code text} wrapped to the terminal width: the first line after {@code first}, the others after {@code next}. */
    private static void wrap(StringBuilder sb, String text, String first, String next) {
        List<String> lines = TextTable.wrap(text, WIDTH - Math.max(first.length(), next.length()));
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? first : next).append(lines.get(i)).append('\n');
        }
    }

    /** The laws to check: {@code --law} (default all) without {@code --skip-law}; unknown names are bad input. */
    private List<Law> laws() {
        List<String> names = Laws.all().stream().map(Law::name).toList();
        Set<String> selected = new LinkedHashSet<>(only == null || only.isEmpty() ? names : resolve(only, "--law", names));
        if (skip != null) {
            resolve(skip, "--skip-law", names).forEach(selected::remove);
        }
        if (selected.isEmpty()) {
            throw new BadInputException(List.of("--skip-law: no law is left to check (hint: laws: "
                    + String.join(", ", names) + ")"));
        }
        return Laws.all().stream().filter(l -> selected.contains(l.name())).toList();
    }

    private static List<String> resolve(List<String> given, String option, List<String> names) {
        List<String> lines = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (String g : given) {
            String name = g.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (names.contains(name)) {
                result.add(name);
            } else {
                String guess = Suggest.closest(name, names).map(x -> "did you mean '" + x + "'? ").orElse("");
                lines.add(option + ": unknown law '" + g + "' / không có luật này (hint: " + guess + "laws: "
                        + String.join(", ", names) + ")");
            }
        }
        if (!lines.isEmpty()) {
            throw new BadInputException(lines);
        }
        return result;
    }
}
