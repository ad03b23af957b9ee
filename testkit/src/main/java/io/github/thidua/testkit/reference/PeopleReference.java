package io.github.thidua.testkit.reference;

import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.people.Attestation;
import io.github.thidua.core.people.CouncilBallot;
import io.github.thidua.core.people.Gender;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Initiative;
import io.github.thidua.core.people.Person;
import io.github.thidua.core.people.PersonCategory;
import io.github.thidua.core.people.RecognitionLevel;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.people.PersonOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain-Java evaluator of unit reviews (an agency's review of its people), written from the law as
 * docs/rules.md states it for individuals, without Drools: the differential oracle of the people laws and their
 * performance baseline. For every person and title or form it decides the outcome ({@link PersonOutcome}), the
 * initiatives the award used, and the unit's member statistics. Its reading, per achievement year:
 * <ol>
 *   <li>a discipline whose period touches the year bars every title and form of the year;</li>
 *   <li>Lao động tiên tiến: rated "hoàn thành tốt" or better and the unit attests the conduct (Luật 2003/2013 and
 *       Luật 2022, Điều 24);</li>
 *   <li>Chiến sĩ thi đua cơ sở: Lao động tiên tiến this year, plus (from 2024, Luật 2022 Điều 23) an excellent rating,
 *       attested combat ingenuity, or an unused initiative or topic recognised at grassroots level or wider in the
 *       year; (before 2024) such an initiative or topic; the council's ballot reaching its share of all members
 *       (absent: awaiting the ballot); before 2024 at most ⌊15 % × Lao động tiên tiến⌋, by votes, women first, then
 *       the unit's order;</li>
 *   <li>the higher titles and forms, an initiative going to the highest award first: Chiến sĩ thi đua toàn quốc (two
 *       provincial titles three years apart, the later in the last three years; a nationwide initiative of the last
 *       six years; attested outstanding from 2024; the ballot), Chiến sĩ thi đua cấp tỉnh (three consecutive
 *       grassroots titles, this year's included; a province-wide initiative of the last three years; attested
 *       outstanding from 2024; the ballot), Bằng khen of the Prime Minister (a provincial certificate before the five
 *       years; five years "tốt" or better with three grassroots titles from 2024; five excellent years with five
 *       initiatives before), Bằng khen of the provincial chairman (from 2024 one of Điều 74 khoản 1 a–đ; before, two
 *       excellent years), Giấy khen ("tốt" or better and an attested achievement in a movement);</li>
 *   <li>an initiative supports one award only (Công văn 5007/BNV-TĐKT): one used in the history is not used again;
 *       a case whose other conditions already fail does not reserve one; of the usable ones the narrowest reach,
 *       then the earliest, is taken.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class PeopleReference {
    /** The reference's decision for one person and one title or form. */
    public record Case(String person, IndividualAward award, PersonOutcome outcome, List<String> initiatives) {
        public Case {
            initiatives = List.copyOf(initiatives);
        }
    }

    /** The reference's result: every case in people order then award order, and the derived statistics. */
    public record Result(List<Case> cases, MemberStatistics statistics) {
        public Result {
            cases = List.copyOf(cases);
        }

        /** The case of {@code person} for {@code award}. */
        public Case of(String person, IndividualAward award) {
            return cases.stream().filter(c -> c.person().equals(person) && c.award() == award).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no case " + person + "/" + award));
        }
    }

    private enum Kind { STANDARD, BALLOT, PENDING, QUOTA }

    private record Cond(boolean met, Kind kind, List<String> initiatives) {
    }

    /** Evaluates {@code review} with {@code profile} (its parameters, on the review date). */
    public Result evaluate(UnitReview review, Profile profile) {
        return new Run(review, profile).run();
    }

    /** One evaluation's state: the conditions recorded per person and award, and the initiatives claimed. */
    private static final class Run {
        private final UnitReview review;
        private final int year;
        private final boolean b;
        private final LocalDate date;
        private final Integer council;
        private final BigDecimal fighterBallot;
        private final BigDecimal higherBallot;
        private final BigDecimal cap;
        private final Map<String, Map<IndividualAward, List<Cond>>> conds = new LinkedHashMap<>();
        private final Map<String, Boolean> disciplined = new LinkedHashMap<>();
        private final Map<String, Set<IndividualAward>> eligible = new LinkedHashMap<>();
        private final Set<String> claimed = new HashSet<>();
        /** The council's votes in favour, by person and award (the last ballot recorded counts). */
        private Map<String, Map<IndividualAward, Integer>> votes;

        Run(UnitReview review, Profile profile) {
            this.review = review;
            this.year = review.year();
            this.b = Regime.forAchievementYear(year) == Regime.REGIME_2024;
            this.date = review.effectiveReviewDate();
            this.council = review.councilMembers();
            int n = review.people().size();
            this.fighterBallot = param(profile, "people.councilVotePercent.grassrootsFighter", n);
            this.higherBallot = param(profile, "people.councilVotePercent.provincialOrNational", n);
            this.cap = param(profile, "people.grassrootsFighterMaxPercent", n);
        }

        private BigDecimal param(Profile profile, String name, int size) {
            return profile.find(name, date, size).map(p -> p.decimalValue()).orElse(null);
        }

        Result run() {
            for (Person p : review.people()) {
                conds.put(p.id(), new EnumMap<>(IndividualAward.class));
                eligible.put(p.id(), java.util.EnumSet.noneOf(IndividualAward.class));
                disciplined.put(p.id(), p.disciplineIn(year).isPresent());
            }
            // Lao động tiên tiến
            for (Person p : review.people()) {
                add(p, IndividualAward.ADVANCED_LABOUR, p.ratedAtLeast(year, TaskRating.GOOD));
                add(p, IndividualAward.ADVANCED_LABOUR, p.attests(Attestation.CONDUCT));
                decide(p, IndividualAward.ADVANCED_LABOUR);
            }
            // Chiến sĩ thi đua cơ sở: the standard and the ballot, then the one-of (which may claim an initiative)
            for (Person p : review.people()) {
                add(p, IndividualAward.GRASSROOTS_FIGHTER, isEligible(p, IndividualAward.ADVANCED_LABOUR));
                ballot(p, IndividualAward.GRASSROOTS_FIGHTER, fighterBallot);
                if (b && p.ratedAtLeast(year, TaskRating.EXCELLENT)) {
                    add(p, IndividualAward.GRASSROOTS_FIGHTER, true);
                } else if (b && p.attests(Attestation.COMBAT_INGENUITY)) {
                    add(p, IndividualAward.GRASSROOTS_FIGHTER, true);
                } else {
                    claim(p, IndividualAward.GRASSROOTS_FIGHTER, RecognitionLevel.UNIT, year, 1);
                }
                decide(p, IndividualAward.GRASSROOTS_FIGHTER);
            }
            if (!b && cap != null) {
                quota();
            }
            // the higher titles and forms: the conditions without an initiative, then the claims, highest award first
            for (Person p : review.people()) {
                higherConditions(p);
            }
            for (Person p : review.people()) {
                claim(p, IndividualAward.NATIONAL_FIGHTER, RecognitionLevel.NATIONAL, year - 5, 1);
                claim(p, IndividualAward.PROVINCIAL_FIGHTER, RecognitionLevel.PROVINCE, year - 2, 1);
                if (!b) {
                    claim(p, IndividualAward.PRIME_MINISTER_CERTIFICATE, RecognitionLevel.UNIT, year - 4, 5);
                } else {
                    provincialCertificate(p);
                }
            }
            return result();
        }

        private void higherConditions(Person p) {
            boolean gfNow = isEligible(p, IndividualAward.GRASSROOTS_FIGHTER);
            add(p, IndividualAward.PROVINCIAL_FIGHTER, p.held(IndividualAward.GRASSROOTS_FIGHTER, year - 2)
                    && p.held(IndividualAward.GRASSROOTS_FIGHTER, year - 1) && gfNow);
            int last = p.history().stream().filter(h -> h.granted() && h.award() == IndividualAward.PROVINCIAL_FIGHTER
                    && h.year() <= year).mapToInt(h -> h.year()).max().orElse(0);
            add(p, IndividualAward.NATIONAL_FIGHTER, last >= year - 2
                    && p.held(IndividualAward.PROVINCIAL_FIGHTER, last - 3));
            if (b) {
                add(p, IndividualAward.PROVINCIAL_FIGHTER, p.attests(Attestation.OUTSTANDING));
                add(p, IndividualAward.NATIONAL_FIGHTER, p.attests(Attestation.OUTSTANDING));
            }
            ballot(p, IndividualAward.PROVINCIAL_FIGHTER, higherBallot);
            ballot(p, IndividualAward.NATIONAL_FIGHTER, higherBallot);
            add(p, IndividualAward.PRIME_MINISTER_CERTIFICATE, countHeld(p, IndividualAward.PROVINCIAL_CERTIFICATE,
                    1990, year - 5) > 0);
            if (b) {
                add(p, IndividualAward.PRIME_MINISTER_CERTIFICATE, ratedFor(p, TaskRating.GOOD, 5));
                add(p, IndividualAward.PRIME_MINISTER_CERTIFICATE, countHeld(p, IndividualAward.GRASSROOTS_FIGHTER,
                        year - 4, year - 1) + (gfNow ? 1 : 0) >= 3);
                add(p, IndividualAward.CERTIFICATE_OF_COMMENDATION, p.ratedAtLeast(year, TaskRating.GOOD));
                add(p, IndividualAward.CERTIFICATE_OF_COMMENDATION, p.attests(Attestation.MOVEMENT_ACHIEVEMENT));
            } else {
                add(p, IndividualAward.PRIME_MINISTER_CERTIFICATE, ratedFor(p, TaskRating.EXCELLENT, 5));
                add(p, IndividualAward.PROVINCIAL_CERTIFICATE, ratedFor(p, TaskRating.EXCELLENT, 2));
                add(p, IndividualAward.CERTIFICATE_OF_COMMENDATION, p.ratedAtLeast(year, TaskRating.GOOD)
                        && p.attests(Attestation.MOVEMENT_ACHIEVEMENT));
            }
        }

        /** Bằng khen of the provincial chairman from 2024: Luật 2022, Điều 74 khoản 1, the first point that holds. */
        private void provincialCertificate(Person p) {
            IndividualAward pc = IndividualAward.PROVINCIAL_CERTIFICATE;
            boolean civil = p.category() == PersonCategory.CIVIL_SERVANT || p.category() == PersonCategory.PUBLIC_EMPLOYEE;
            if ((p.held(IndividualAward.GRASSROOTS_FIGHTER, year - 1) && isEligible(p, IndividualAward.GRASSROOTS_FIGHTER))
                    || p.attests(Attestation.PROVINCIAL_MOVEMENT) || p.attests(Attestation.INFLUENTIAL_ACHIEVEMENT)
                    || p.attests(Attestation.CONTRIBUTION) || (!civil && p.attests(Attestation.GRASSROOTS_INFLUENCE))) {
                add(p, pc, true);
            } else if (ratedFor(p, TaskRating.EXCELLENT, 2)) {
                claim(p, pc, RecognitionLevel.UNIT, year - 1, 2);
            } else {
                add(p, pc, false);
            }
        }

        private void quota() {
            int base = (int) review.people().stream().filter(p -> isEligible(p, IndividualAward.ADVANCED_LABOUR))
                    .count();
            int max = cap.multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                    .intValueExact();
            List<Person> people = review.people();
            Map<String, Integer> order = new java.util.HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                order.put(people.get(i).id(), i);
            }
            List<Person> candidates = people.stream().filter(p -> isEligible(p, IndividualAward.GRASSROOTS_FIGHTER))
                    .sorted(Comparator.comparingInt((Person p) -> {
                        Integer v = votes(p, IndividualAward.GRASSROOTS_FIGHTER);
                        return v == null ? -1 : v;
                    }).reversed().thenComparing(p -> p.gender() != Gender.FEMALE).thenComparingInt(p -> order.get(p.id())))
                    .toList();
            for (int i = 0; i < candidates.size(); i++) {
                Person p = candidates.get(i);
                boolean in = i + 1 <= max;
                conds.get(p.id()).get(IndividualAward.GRASSROOTS_FIGHTER).add(new Cond(in, Kind.QUOTA, List.of()));
                if (!in) {
                    eligible.get(p.id()).remove(IndividualAward.GRASSROOTS_FIGHTER);
                }
            }
        }

        private Result result() {
            List<Case> cases = new ArrayList<>();
            int advanced = 0;
            int fighters = 0;
            for (Person p : review.people()) {
                for (IndividualAward award : IndividualAward.values()) {
                    List<Cond> cs = conds.get(p.id()).get(award);
                    if (cs == null) {
                        continue;
                    }
                    boolean barred = disciplined.get(p.id());
                    boolean standardUnmet = barred || cs.stream().anyMatch(c -> !c.met()
                            && c.kind() != Kind.QUOTA && c.kind() != Kind.BALLOT);
                    boolean unmet = cs.stream().anyMatch(c -> !c.met());
                    boolean pending = cs.stream().anyMatch(c -> c.kind() == Kind.PENDING);
                    PersonOutcome outcome = standardUnmet ? PersonOutcome.NOT_ELIGIBLE
                            : unmet ? PersonOutcome.NOT_SELECTED
                            : pending ? PersonOutcome.AWAITING_BALLOT : PersonOutcome.RECOMMENDED;
                    List<String> used = outcome == PersonOutcome.RECOMMENDED || outcome == PersonOutcome.AWAITING_BALLOT
                            ? cs.stream().flatMap(c -> c.initiatives().stream()).toList() : List.of();
                    cases.add(new Case(p.id(), award, outcome, used));
                    advanced += award == IndividualAward.ADVANCED_LABOUR && outcome == PersonOutcome.RECOMMENDED ? 1 : 0;
                    fighters += award == IndividualAward.GRASSROOTS_FIGHTER && outcome == PersonOutcome.RECOMMENDED ? 1 : 0;
                }
            }
            int completed = (int) review.people().stream().filter(p -> p.ratedAtLeast(year, TaskRating.COMPLETED))
                    .count();
            int warned = (int) review.people().stream()
                    .filter(p -> p.disciplineIn(year).map(d -> d.level().warningOrAbove()).orElse(false)).count();
            int women = (int) review.people().stream().filter(p -> p.gender() == Gender.FEMALE).count();
            return new Result(cases, new MemberStatistics(review.people().size(), completed, advanced, fighters, warned,
                    women));
        }

        // ---- the conditions ----

        private void add(Person p, IndividualAward award, boolean met) {
            record(p, award, new Cond(met, Kind.STANDARD, List.of()));
        }

        private void record(Person p, IndividualAward award, Cond c) {
            conds.get(p.id()).computeIfAbsent(award, k -> new ArrayList<>()).add(c);
        }

        /** The ballot on {@code award} (no condition at all when the profile has no threshold for the date). */
        private void ballot(Person p, IndividualAward award, BigDecimal share) {
            if (share == null) {
                return;
            }
            Integer v = votes(p, award);
            if (v == null || council == null) {
                record(p, award, new Cond(true, Kind.PENDING, List.of()));
            } else {
                boolean met = BigDecimal.valueOf(100L * v).compareTo(share.multiply(BigDecimal.valueOf(council))) >= 0;
                record(p, award, new Cond(met, Kind.BALLOT, List.of()));
            }
        }

        private Integer votes(Person p, IndividualAward award) {
            if (votes == null) {
                votes = new java.util.HashMap<>();
                for (CouncilBallot ballot : review.ballots()) {
                    votes.computeIfAbsent(ballot.person(), k -> new EnumMap<>(IndividualAward.class))
                            .put(ballot.award(), ballot.votesFor());
                }
            }
            Map<IndividualAward, Integer> mine = votes.get(p.id());
            return mine == null ? null : mine.get(award);
        }

        /** Whether every condition recorded so far for the award (and the discipline bar) is met. */
        private boolean allMet(Person p, IndividualAward award) {
            if (disciplined.get(p.id())) {
                return false;
            }
            List<Cond> cs = conds.get(p.id()).get(award);
            return cs == null || cs.stream().allMatch(Cond::met);
        }

        private void decide(Person p, IndividualAward award) {
            if (allMet(p, award)) {
                eligible.get(p.id()).add(award);
            }
        }

        private boolean isEligible(Person p, IndividualAward award) {
            return eligible.get(p.id()).contains(award);
        }

        /** One initiative, one award: takes {@code count} usable initiatives, narrowest reach then earliest first. */
        private void claim(Person p, IndividualAward award, RecognitionLevel min, int fromYear, int count) {
            Set<String> history = p.usedInitiatives();
            List<Initiative> usable = p.initiatives().stream()
                    .filter(i -> i.level().atLeast(min))
                    .filter(i -> i.recognisedOn().getYear() >= fromYear && i.recognisedOn().getYear() <= year)
                    .filter(i -> !i.recognisedOn().isAfter(date))
                    .filter(i -> !history.contains(i.id()) && !claimed.contains(i.id()))
                    .sorted(Comparator.comparing(Initiative::level).thenComparing(Initiative::recognisedOn)
                            .thenComparing(Initiative::id))
                    .toList();
            if (usable.size() < count) {
                add(p, award, false);
            } else if (!allMet(p, award)) {
                add(p, award, true);  // not reserved: another condition already fails
            } else {
                List<String> ids = usable.subList(0, count).stream().map(Initiative::id).toList();
                claimed.addAll(ids);
                record(p, award, new Cond(true, Kind.STANDARD, ids));
            }
        }

        private boolean ratedFor(Person p, TaskRating min, int years) {
            for (int y = year - years + 1; y <= year; y++) {
                if (!p.ratedAtLeast(y, min)) {
                    return false;
                }
            }
            return true;
        }

        private static int countHeld(Person p, IndividualAward award, int from, int to) {
            return (int) p.history().stream().filter(h -> h.granted() && h.award() == award && h.year() >= from
                    && h.year() <= to).count();
        }
    }
}
