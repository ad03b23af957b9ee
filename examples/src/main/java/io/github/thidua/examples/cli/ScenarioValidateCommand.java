package io.github.thidua.examples.cli;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.core.json.UnitReviews;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.examples.cli.render.Lang;
import io.github.thidua.examples.xlsx.ScenarioWorkbooks;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code thidua scenario validate FILE...}: reads each file as {@code review} or {@code consolidate} would (a bloc
 * review, a province review with its bloc files, or a unit review, chosen by its {@code kind}), resolves its
 * profile and checks that the bloc can be ranked with it, but runs no rules. A valid file gets one line on stdout;
 * an invalid one gets every problem on stderr, one line each ({@code FILE: $.path: message (hint: …)}), the same
 * lines {@code review} would print; the exit code is {@value ThiduaCli#BAD_INPUT} when any file is invalid.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ThiduaCli.Version.class,
        description = {
            "Check scenario files as 'review' and 'consolidate' read them, without reviewing.",
            "Kiểm tra tệp kịch bản như khi xét, nhưng không chạy quy tắc.",
            "Each valid file gets one line on stdout; each problem of an invalid file gets one line on stderr with"
                    + " the file, the JSON path and a hint."},
        exitCodeListHeading = ThiduaCli.EXIT_CODE_HEADING,
        exitCodeList = {"0:Every file is valid / mọi tệp hợp lệ.",
            "2:A file is invalid, missing or unreadable / có tệp không hợp lệ hoặc không đọc được."},
        footer = {"", "Examples / ví dụ:",
            "  thidua scenario validate my-bloc.json",
            "  thidua scenario validate examples/scenarios/*.json",
            "Scenario format: docs/scenario-format.md"})
public final class ScenarioValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Scenario files: bloc reviews, province reviews or unit reviews (JSON), or bloc review"
                    + " workbooks (.xlsx).")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the summary lines: vi (default) or en.")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> valid = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                valid.add(file + ": " + validate(file));
            } catch (ScenarioException e) {
                e.errors().stream().map(ScenarioError::format).forEach(errors::add);
            } catch (BadInputException e) {
                errors.addAll(e.lines());
            }
        }
        if (!valid.isEmpty()) {
            OutputFiles.emit(spec.commandLine(), null, String.join("\n", valid) + "\n", ThiduaCli.OK);
        }
        if (!errors.isEmpty()) {
            return OutputFiles.printErr(spec.commandLine(), errors, ThiduaCli.BAD_INPUT);
        }
        return ThiduaCli.OK;
    }

    /**
     * Reads and checks {@code file}; returns the summary of a valid file.
     *
     * @throws ScenarioException for problems in the document
     * @throws BadInputException for a missing or unreadable file, an unknown profile or an unrankable bloc
     */
    String validate(Path file) {
        ScenarioCommand.checkReadable(file);
        String name = file.toString();
        Path base = file.toAbsolutePath().getParent();
        try {
            if (ScenarioCommand.isWorkbook(file)) {
                return blocSummary(ScenarioWorkbooks.read(file), name, base);
            }
            String kind = Scenarios.kindOf(file);
            if (Scenarios.PROVINCE_REVIEW.equals(kind)) {
                ProvinceReview province = ScenarioWorkbooks.readProvinceReview(file);
                Profile profile = ScenarioCommand.resolveProfile(province.profile(), base, name, "$.profile");
                int units = 0;
                for (BlocReview bloc : province.blocs()) {
                    ScenarioCommand.checkRankable(name, bloc, profile);
                    checkUnitReviews(bloc, profile);
                    units += bloc.bloc().members().size();
                }
                return lang.pick("hợp lệ — xét duyệt cấp tỉnh " + province.province() + " năm " + province.year()
                                + " (" + province.blocs().size() + " khối, cụm; " + units + " đơn vị)",
                        "valid — province review of " + province.province() + " for " + province.year() + " ("
                                + province.blocs().size() + " blocs, " + units + " units)");
            }
            if (Scenarios.UNIT_REVIEW.equals(kind)) {
                UnitReview review = UnitReviews.read(file);
                ScenarioCommand.resolveProfile(review.profile(), base, name, "$.profile");
                return lang.pick("hợp lệ — bình xét cá nhân của " + review.unit().name() + " năm " + review.year()
                                + " (" + review.people().size() + " người)",
                        "valid — unit review of " + review.unit().name() + " for " + review.year() + " ("
                                + review.people().size() + " people)");
            }
            return blocSummary(Scenarios.readBlocReview(file), name, base);
        } catch (UncheckedIOException e) {
            throw BadInputException.of(new ScenarioError(name, "$",
                    "cannot read the file / không đọc được tệp: " + e.getCause().getMessage(), null));
        }
    }

    private String blocSummary(BlocReview review, String name, Path base) {
        Profile profile = ScenarioCommand.resolveProfile(review.profile(), base, name,
                ScenarioCommand.profileWhere(Path.of(name)));
        ScenarioCommand.checkRankable(name, review, profile);
        checkUnitReviews(review, profile);
        int linked = review.unitReviews().size();
        return lang.pick("hợp lệ — " + review.bloc().name() + ", năm " + review.year() + ", "
                        + review.stage().name() + " (" + review.bloc().members().size() + " thành viên"
                        + (linked == 0 ? "" : ", số liệu của " + linked + " thành viên lấy từ tệp bình xét cá nhân") + ")",
                "valid — bloc review of " + review.bloc().name() + " for " + review.year() + ", "
                        + review.stage().name() + " (" + review.bloc().members().size() + " members"
                        + (linked == 0 ? "" : ", the statistics of " + linked + " from their unit reviews") + ")");
    }

    /**
     * Members that reference their unit reviews: the statistics derived from the people must agree with any typed
     * ones (a {@link ScenarioException} naming both otherwise). Needs the engine, built only for such a bloc.
     */
    private static void checkUnitReviews(BlocReview review, Profile profile) {
        if (!review.unitReviews().isEmpty()) {
            io.github.thidua.rules.people.UnitReviewLink.link(review, new io.github.thidua.rules.people
                    .UnitReviewEngine(io.github.thidua.rules.Engine.builder().build()), profile);
        }
    }
}
