package io.github.thidua.testkit.law;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A consistency law: a property every evaluation of every valid input must have, whatever the rule pack. Plain Java,
 * usable from any test framework: {@link #check} returns the violations found for one subject (an input, the engine
 * and its cached results), empty when the law holds.
 *
 * <p>The bundled laws are listed in {@link Laws}. A host may add its own:
 * <pre>{@code
 * Law noGiayKhenIn2026 = new Law() {
 *     public String name() { return "no-cc-2026"; }
 *     public List<Violation> check(Subject s) {
 *         return s.result().units(AwardType.CERTIFICATE_OF_COMMENDATION, Outcome.RECOMMENDED).isEmpty()
 *                 || s.review().year() != 2026 ? List.of() : List.of(new Violation(name(), "a Giấy khen in 2026"));
 *     }
 * };
 * }</pre>
 */
public interface Law {
    /**
     * A short, stable, kebab-case name, e.g. {@code quota-conservation}.
     *
     * @return the name
     */
    String name();

    /**
     * One sentence saying what the law demands.
     *
     * @return the description
     */
    default String description() {
        return name();
    }

    /**
     * The kinds of subject the law is checked on; bloc reviews by default.
     *
     * @return the kinds
     */
    default Set<Subject.Kind> kinds() {
        return EnumSet.of(Subject.Kind.BLOC);
    }

    /**
     * Checks the law on one subject.
     *
     * @param subject the input, engine and results
     * @return the violations, empty when the law holds (also when the law does not apply to the subject's kind)
     */
    List<Violation> check(Subject subject);
}
