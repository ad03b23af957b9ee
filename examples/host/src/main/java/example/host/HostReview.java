package example.host;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Engine;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reviews a bloc with the bundled pack, then prints the size of the runtime classpath it ran on. */
public final class HostReview {
    public static void main(String[] args) throws Exception {
        Engine engine = Engine.builder().build();
        if (!engine.isPrecompiled()) {
            throw new IllegalStateException("the bundled pack was compiled at run time, not loaded pre-compiled");
        }
        BlocReview review = Scenarios.readBlocReview(Path.of(args[0]));
        ReviewResult result = engine.review(review);
        long recommended = result.decisions().stream().filter(d -> d.outcome() == Outcome.RECOMMENDED).count();
        System.out.println("pack " + engine.rulePack().name() + " " + engine.rulePack().version() + ": "
                + recommended + " recommended awards");
        for (Decision d : result.decisions()) {
            if (d.outcome() == Outcome.RECOMMENDED) {
                System.out.println("  " + d.unit() + ": " + d.award().en());
            }
        }
        if (recommended == 0) {
            throw new IllegalStateException("no award recommended");
        }
        long jars = 0;
        long bytes = 0;
        StringBuilder names = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                jars++;
                bytes += Files.size(p);
                names.append("\n  ").append(p.getFileName());
            }
        }
        System.out.printf("runtime classpath: %d jars, %.1f MB%s%n", jars, bytes / 1e6, names);
    }
}
