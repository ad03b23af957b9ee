package io.github.thidua.testkit.law;

import io.github.thidua.rules.json.ResultJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The same input evaluated twice gives the same result, compared as {@link ResultJson} text (without audit). */
public final class Determinism implements Law {
    /** The law's name. */
    public static final String NAME = "determinism";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the same input evaluated twice gives the same result JSON";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        String first;
        String second;
        if (s.kind() == Subject.Kind.BLOC) {
            first = ResultJson.write(s.result(), false);
            second = ResultJson.write(s.evaluate(s.review()), false);
        } else {
            first = ResultJson.write(s.consolidation(), false);
            second = ResultJson.write(s.evaluate(s.province()), false);
        }
        if (first.equals(second)) {
            return List.of();
        }
        return List.of(new Violation(NAME, "two evaluations of the same input differ at "
                + Support.firstDifference(first, second)));
    }
}
