package io.github.thidua.examples.embedding;

// tag::imports[]
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import java.io.PrintStream;
import java.nio.file.Path;
// end::imports[]

/**
 * The lines a host application needs to embed thidua: build the engine, read a scenario, review it, and read the
 * decisions with their reasons. {@code docs/embedding.md} shows the imports (between the {@code tag::imports[]}
 * markers) and the code between the {@code tag::embed[]} and {@code end::embed[]} markers, and a test checks that
 * the two are the same and that the code runs.
 *
 * <pre>{@code java -cp examples/target/thidua.jar io.github.thidua.examples.embedding.EmbeddingExample FILE}</pre>
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Reviews the bloc review FILE (default: the Bắc Ninh 2022 seed scenario) and prints the awards. */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/scenarios/000-bac-ninh-2022-social-organisations.json");
        System.exit(run(file, System.out, System.err));
    }

    /**
     * Reviews one bloc and prints each recommended award with the rule that decided it and its legal basis, then
     * next year's head.
     *
     * @return 0, 1 when the result has a finding of severity ERROR, 2 when the file is not a valid bloc review
     */
    static int run(Path file, PrintStream out, PrintStream err) {
        // tag::embed[]
        Engine engine = Engine.builder().build();        // build once and share: an engine is thread-safe
        BlocReview review;
        try {
            review = Scenarios.readBlocReview(file);     // strict: reports every problem of the file at once
        } catch (ScenarioException e) {
            e.errors().forEach(error -> err.println(error.format()));   // FILE: $.path: message (hint: ...)
            return 2;
        }
        ReviewResult result = engine.review(review);     // with the parameter profile the scenario names
        for (Decision d : result.decisions()) {          // in rank order, then award precedence
            if (d.outcome() == Outcome.RECOMMENDED) {
                Reason why = d.reasons().get(0);         // the deciding rule comes first
                out.println(d.unit() + ": " + d.award().en() + " [" + why.ruleId() + "] " + why.legalBasis());
            }                                            // d.unmet(): the conditions a NOT_ELIGIBLE unit missed
        }
        if (result.nextTerm() != null) {                 // decided at a year-end review only
            out.println("Head for " + result.nextTerm().year() + ": " + result.nextTerm().head());
        }
        return result.hasErrors() ? 1 : 0;
        // end::embed[]
    }
}
