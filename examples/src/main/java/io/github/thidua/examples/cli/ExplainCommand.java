package io.github.thidua.examples.cli;

import io.github.thidua.examples.cli.render.ExplainTextWriter;
import io.github.thidua.examples.cli.render.ExplainJson;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.examples.cli.render.UnitReviewReport;
import io.github.thidua.rules.Explanation;
import io.github.thidua.rules.people.PersonExplanation;
import io.github.thidua.rules.people.UnitReviewEngine;
import io.github.thidua.rules.people.UnitReviewJson;
import io.github.thidua.rules.people.UnitReviewResult;
import io.github.thidua.rules.ReviewResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thidua explain [FILE] --unit ID [--award CODE] [--lang vi|en] [--format table|json] [--profile NAME|FILE]
 * [--rules DIR] [--audit] [--out FILE]}: why one unit got what it got. For each award (or the one given): the
 * outcome, the deciding rule, every condition met and every condition not met, each with its rule id, legal basis
 * and certainty; the unit's position under the bloc's quotas (leaders, Government-flag proposals, certificates) and,
 * for a province review, under the province-wide Government-flag cap; and the final outcome. The explanation is
 * the engine's ({@link ReviewResult#explain}); this command only finds the unit and renders it.
 *
 * <p>FILE is a bloc review (the bundled default scenario when omitted) or a province review, in which case the
 * province is consolidated and the unit is looked up in all its blocs. For a unit review (an agency's review of
 * its people) give {@code --person ID} instead of {@code --unit}: for each title and form of that person the
 * outcome, the conditions met and not met with their citations, the council's ballot, the quota place, the
 * initiatives used and who decides it ({@link UnitReviewResult#explain}). An unknown unit or award code is bad input
 * (exit code {@value ThiduaCli#BAD_INPUT}) with a "did you mean" hint.
 */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Explain one unit's decisions: each condition met or not, its legal basis, its place under the quotas.",
            "Giải trình kết quả của một đơn vị: từng điều kiện đạt hay chưa đạt và căn cứ pháp lý, vị trí trong chỉ"
                    + " tiêu, và kết quả cuối cùng.",
            "FILE is a bloc review (default: the bundled " + ReviewCommand.DEFAULT_SCENARIO + "; JSON or .xlsx), a"
                    + " province review, or a unit review (then --person ID: one person's titles and forms)."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {ThiduaCli.EXIT_OK, ThiduaCli.EXIT_FAILURES, ThiduaCli.EXIT_BAD_INPUT},
        footer = {"", "Examples / ví dụ:",
            "  thidua explain --unit hoi-nha-bao",
            "  thidua explain --unit hoi-khuyen-hoc --award PROVINCIAL_FLAG --lang en",
            "  thidua explain examples/scenarios/province-bac-ninh-2022.json --unit ban-to-chuc --format json",
            "  thidua explain examples/scenarios/unit-bac-ninh-2025-home-affairs.json --person p01"})
public final class ExplainCommand extends ScenarioCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A bloc review, a province review or a unit review (JSON). Default: the bundled "
                    + ReviewCommand.DEFAULT_SCENARIO + ".")
    Path file;

    @Option(names = "--unit", paramLabel = "ID",
            description = "The unit's id, as in the scenario (bloc and province reviews; required there).")
    String unit;

    @Option(names = "--person", paramLabel = "ID",
            description = "The person's id, as in the unit review (unit reviews; required there).")
    String person;

    @Option(names = "--award", paramLabel = "CODE",
            description = "Only this award, e.g. PROVINCIAL_FLAG, or for a person ADVANCED_LABOUR (codes:"
                    + " docs/scenario-format.md). Default: all.")
    String award;

    @Override
    Output evaluate() {
        requireFormat(OutputFormat.TABLE, OutputFormat.JSON);
        if (file != null && isUnitReview(file)) {
            return explainPerson(file);
        }
        if (unit == null) {
            throw new BadInputException(List.of("thidua explain: missing required option '--unit=ID' / thiếu mã đơn"
                    + " vị (hint: --unit ID, an id of the bloc's members; --person ID explains a person of a unit"
                    + " review)"));
        }
        AwardType awardType = award == null ? null : parseAward(award);
        Explanation explanation;
        BlocReview review;
        if (isProvinceReview(file)) {
            ProvinceRun run = consolidateProvince(file);
            List<BlocReview> blocs = run.province().blocs();
            int index = -1;
            for (int i = 0; i < blocs.size(); i++) {
                if (UnitId.isValid(unit) && blocs.get(i).bloc().isMember(new UnitId(unit))) {
                    index = i;
                }
            }
            if (index < 0) {
                List<Unit> all = blocs.stream().flatMap(b -> b.bloc().members().stream()).toList();
                throw unknownUnit(run.name(), "the province's blocs / các khối của tỉnh", all);
            }
            review = blocs.get(index);
            explanation = ConsolidateCommand.council(run, profileOption()).explain(new UnitId(unit), awardType);
        } else {
            BlocRun run = reviewBloc(file);
            if (!UnitId.isValid(unit) || !run.review().bloc().isMember(new UnitId(unit))) {
                throw unknownUnit(run.name(), "bloc / khối " + run.review().bloc().id().value(),
                        run.review().bloc().members());
            }
            review = run.review();
            // in the review's mode: the verdicts on the unit's recorded proposals, or the suggestion labelled
            explanation = io.github.thidua.rules.engine.Appraiser.appraise(run.review(), run.result(), run.profile())
                    .explain(new UnitId(unit), awardType);
        }
        String text = format == OutputFormat.JSON ? ExplainJson.write(explanation, audit)
                : new ExplainTextWriter(lang).write(review, explanation, audit);
        return new Output(text, explanation.result().hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    /** Whether {@code file} is a readable unit review (an agency's review of its people). */
    private static boolean isUnitReview(Path file) {
        try {
            return Files.isRegularFile(file) && Scenarios.UNIT_REVIEW.equals(Scenarios.kindOf(file));
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** A person of a unit review: why each title and form came out as it did. */
    private Output explainPerson(Path file) {
        UnitReview review = UnitReviews.read(file);
        if (person == null) {
            throw unknownPerson(file.toString(), review, "missing / thiếu mã cá nhân");
        }
        if (review.people().stream().noneMatch(p -> p.id().equals(person))) {
            throw unknownPerson(file.toString(), review, "person '" + person + "' is not in the unit review / không"
                    + " có cá nhân này");
        }
        IndividualAward awardType = award == null ? null : parsePersonAward(award);
        Profile override = profileOption();
        Profile resolved = override != null ? override
                : resolveProfile(review.profile(), file.toAbsolutePath().getParent(), file.toString(), "$.profile");
        UnitReviewResult result = new UnitReviewEngine(engine(override)).review(review, resolved);
        PersonExplanation explanation = result.explain(person, awardType);
        String text = format == OutputFormat.JSON ? UnitReviewJson.write(explanation, audit)
                : new UnitReviewReport(lang).explanation(explanation, audit);
        return new Output(text, result.hasErrors() ? ThiduaCli.FAILURES : ThiduaCli.OK);
    }

    private BadInputException unknownPerson(String fileName, UnitReview review, String message) {
        List<String> ids = review.people().stream().map(p -> p.id()).toList();
        Optional<String> guess = person == null ? Optional.empty() : Suggest.closest(person, ids);
        if (guess.isEmpty() && person != null) {
            String typed = fold(person);
            guess = review.people().stream().filter(p -> fold(p.name()).equals(typed)).map(p -> p.id()).findFirst();
        }
        String list = ids.size() <= 30 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 30)) + ", … (" + ids.size() + ")";
        return BadInputException.of(new ScenarioError(fileName, "--person", message,
                guess.map(g -> "did you mean '" + g + "'? ").orElse("") + "a unit review is explained per person:"
                        + " --person ID; people: " + list));
    }

    /** An individual award code, case-insensitive; bad input with a suggestion when unknown. */
    static IndividualAward parsePersonAward(String code) {
        String normal = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (IndividualAward a : IndividualAward.values()) {
            if (a.name().equals(normal)) {
                return a;
            }
        }
        List<String> codes = Arrays.stream(IndividualAward.values()).map(Enum::name).toList();
        String guess = Suggest.closest(normal, codes).map(g -> "did you mean '" + g + "'? ").orElse("");
        throw new BadInputException(List.of("--award: unknown title or form of a person '" + code
                + "' / mã danh hiệu, hình thức khen thưởng cá nhân không hợp lệ (hint: " + guess + "valid values: "
                + String.join(", ", codes) + ")"));
    }

    /** Whether {@code file} is a readable province review (else it is read, and checked, as a bloc review). */
    private static boolean isProvinceReview(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Scenarios.PROVINCE_REVIEW.equals(Scenarios.kindOf(file));
        } catch (ScenarioException e) {
            return false;
        }
    }

    private BadInputException unknownUnit(String fileName, String where, List<Unit> members) {
        List<String> ids = members.stream().map(u -> u.id().value()).toList();
        Optional<String> guess = Suggest.closest(unit, ids);
        if (guess.isEmpty()) {
            // The name typed instead of the id?
            String typed = fold(unit);
            guess = members.stream().filter(u -> fold(u.name()).equals(typed) || fold(u.name()).contains(typed)
                    && typed.length() >= 4).map(u -> u.id().value()).findFirst();
        }
        String list = ids.size() <= 30 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 30)) + ", … (" + ids.size() + ")";
        return BadInputException.of(new ScenarioError(fileName, "--unit",
                "unit '" + unit + "' is not in " + where + " / không có đơn vị này",
                guess.map(g -> "did you mean '" + g + "'? ").orElse("") + "units: " + list));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    /** An award code, case-insensitive, {@code -} for {@code _}; bad input with a suggestion when unknown. */
    static AwardType parseAward(String code) {
        String normal = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AwardType a : AwardType.values()) {
            if (a.name().equals(normal)) {
                return a;
            }
        }
        List<String> codes = new ArrayList<>(Arrays.stream(AwardType.values()).map(Enum::name).toList());
        String guess = Suggest.closest(normal, codes).map(g -> "did you mean '" + g + "'? ").orElse("");
        throw new BadInputException(List.of("--award: unknown award code '" + code
                + "' / mã hình thức khen thưởng không hợp lệ (hint: " + guess + "valid values: "
                + String.join(", ", codes) + ")"));
    }
}
