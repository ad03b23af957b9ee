package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person of the agency, with what the individual titles need: ratings of this and earlier years, discipline,
 * initiatives and science topics, the unit's attested judgments, and the award history.
 *
 * @param id          the person's id in the review (letters, digits, '-', '_', '.')
 * @param name        full name (NFC)
 * @param position    position held, or null
 * @param category    civil servant, public employee, worker, armed forces or other
 * @param gender      gender, for the legal priority rules and the collective's count of women
 * @param ratings     annual ratings, at most one per year
 * @param discipline  disciplinary sanctions
 * @param initiatives initiatives and accepted science topics
 * @param attested    judgments attested by the unit
 * @param history     earlier awards
 */
public record Person(String id, String name, String position, PersonCategory category, Gender gender,
                     List<PersonRating> ratings, List<Discipline> discipline, List<Initiative> initiatives,
                     Set<Attestation> attested, List<PersonAward> history) {
    public Person {
        Checks.notNull(id, "person id");
        if (!UnitId.isValid(id)) {
            throw new IllegalArgumentException("person id '" + id + "' is not a valid id");
        }
        Checks.notBlank(name, "person name");
        Checks.notNull(category, "person category");
        Checks.notNull(gender, "person gender");
        ratings = Checks.list(ratings, "ratings");
        Checks.unique(ratings, PersonRating::year, "rating year of person " + id);
        discipline = Checks.list(discipline, "discipline");
        initiatives = Checks.list(initiatives, "initiatives");
        Checks.unique(initiatives, Initiative::id, "initiative id of person " + id);
        attested = attested == null || attested.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(attested));
        history = Checks.list(history, "history");
    }

    /** The rating for {@code year}, if given. */
    public Optional<TaskRating> rating(int year) {
        return ratings.stream().filter(r -> r.year() == year).map(PersonRating::rating).findFirst();
    }

    /** Whether the rating for {@code year} is given and at least {@code min}. */
    public boolean ratedAtLeast(int year, TaskRating min) {
        return rating(year).map(r -> r.atLeast(min)).orElse(false);
    }

    /** Whether the unit attested {@code a}. */
    public boolean attests(Attestation a) {
        return attested.contains(a);
    }

    /** Whether a granted award of {@code award} for {@code year} is in the history. */
    public boolean held(IndividualAward award, int year) {
        return history.stream().anyMatch(h -> h.granted() && h.award() == award && h.year() == year);
    }

    /** The most severe sanction affecting {@code year}, if any. */
    public Optional<Discipline> disciplineIn(int year) {
        return discipline.stream().filter(d -> d.affectsYear(year))
                .max(java.util.Comparator.comparing(Discipline::level));
    }

    /** The ids of initiatives already used by an award in the history. */
    public Set<String> usedInitiatives() {
        return history.stream().filter(PersonAward::granted).flatMap(h -> h.initiatives().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
