package io.github.thidua.rules.facts.people;

import io.github.thidua.core.TaskRating;
import io.github.thidua.core.people.Attestation;
import io.github.thidua.core.people.Discipline;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Person;

/** One person of the review, with the year-relative questions the rules ask. Read-only. */
public final class PersonFact {
    private final Person person;
    private final int year;
    private final int order;
    private final java.util.Map<IndividualAward, Integer> votes;
    /** Awards this person is eligible for so far; written by the decide and quota rules' consequences only. */
    private final java.util.EnumSet<IndividualAward> eligible = java.util.EnumSet.noneOf(IndividualAward.class);

    /**
     * @param person the person
     * @param year   the review year
     * @param order  the person's position in the review
     * @param votes  the council's votes in favour, by award (only awards balloted)
     */
    public PersonFact(Person person, int year, int order, java.util.Map<IndividualAward, Integer> votes) {
        this.person = person;
        this.year = year;
        this.order = order;
        this.votes = java.util.Map.copyOf(votes);
    }

    /** Votes in favour of proposing this person for {@code award}, or null when no ballot was held. */
    public Integer votes(IndividualAward award) {
        return votes.get(award);
    }

    /** Whether an earlier phase found the person eligible for {@code award} (and no quota cut it). */
    public boolean isEligible(IndividualAward award) {
        return eligible.contains(award);
    }

    public void markEligible(IndividualAward award) {
        eligible.add(award);
    }

    public void unmarkEligible(IndividualAward award) {
        eligible.remove(award);
    }

    public int getYear() {
        return year;
    }

    public Person getPerson() {
        return person;
    }

    public String getId() {
        return person.id();
    }

    public String getName() {
        return person.name();
    }

    /** Position in the review's list: the unit's own order, used only to break ties the law leaves open. */
    public int getOrder() {
        return order;
    }

    /** This year's rating, or null. */
    public TaskRating getRating() {
        return person.rating(year).orElse(null);
    }

    public String ratingVi() {
        TaskRating r = getRating();
        return r == null ? "chưa có xếp loại" : r.vi();
    }

    public String ratingEn() {
        TaskRating r = getRating();
        return r == null ? "no rating" : r.en();
    }

    public boolean ratedAtLeast(TaskRating min) {
        return person.ratedAtLeast(year, min);
    }

    /** Whether every year from {@code year - n + 1} to this year is rated at least {@code min}. */
    public boolean ratedAtLeastForYears(TaskRating min, int n) {
        for (int y = year - n + 1; y <= year; y++) {
            if (!person.ratedAtLeast(y, min)) {
                return false;
            }
        }
        return true;
    }

    public boolean attests(Attestation a) {
        return person.attests(a);
    }

    /** The most severe discipline whose period touches this year, or null. */
    public Discipline getDiscipline() {
        return person.disciplineIn(year).orElse(null);
    }

    /** Whether a granted award of {@code award} for {@code y} is in the history. */
    public boolean held(IndividualAward award, int y) {
        return person.held(award, y);
    }

    /** Granted awards of {@code award} in the history for years {@code from..to}. */
    public int countHeld(IndividualAward award, int from, int to) {
        return (int) person.history().stream()
                .filter(h -> h.granted() && h.award() == award && h.year() >= from && h.year() <= to).count();
    }

    /** The latest year of a granted {@code award} in the history up to {@code to}, or 0. */
    public int lastHeld(IndividualAward award, int to) {
        return person.history().stream().filter(h -> h.granted() && h.award() == award && h.year() <= to)
                .mapToInt(h -> h.year()).max().orElse(0);
    }

    public boolean isFemale() {
        return person.gender() == io.github.thidua.core.people.Gender.FEMALE;
    }
}
