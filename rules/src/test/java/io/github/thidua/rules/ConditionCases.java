package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.profile.Parameter;
import io.github.thidua.core.profile.ParameterType;
import io.github.thidua.core.profile.ParameterValue;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The focused cases of the bundled pack's legal-condition rules, one per rule: the rule, the award it guards, and
 * the one change of input that makes it fail for unit u01. Shared (through this module's test jar) by this module's
 * {@code ConditionRulesTest} and {@code RuleCoverageTest} and by the testkit's {@code ConditionRulesTest}, which checks
 * the same cases through {@code RuleVerifier} as a rule author would.
 */
public final class ConditionCases {
    private ConditionCases() {
    }

    /** A condition rule, the award it guards, and the change that makes it fail for unit u01. */
    public record Case(String ruleId, int year, LocalDate reviewDate, AwardType award, String unit, UnaryOperator<Reviews> breakIt,
                Profile profile, UnaryOperator<Reviews> setup, boolean firesOnModel) {
        Case(String ruleId, int year, LocalDate reviewDate, AwardType award, String unit, UnaryOperator<Reviews> breakIt,
             Profile profile) {
            this(ruleId, year, reviewDate, award, unit, breakIt, profile, f -> f, true);
        }

        @Override
        public String toString() {
            return ruleId + " (" + award + ", " + year + ")";
        }
    }

    static final Profile NATIONAL = Profiles.bundled("national");
    static final Profile STRICT = new Profile("strict-test", "bars re-imposed", NATIONAL, Map.of(
            "excellentLabourCollective.disciplineBar", new Parameter("excellentLabourCollective.disciplineBar", "bar",
                    ParameterType.BOOLEAN, List.of(new ParameterValue(LocalDate.of(2024, 1, 1), true, List.of(),
                            "test: a province re-imposes the bar (Điều 27, khoản 3)", Certainty.ASSUMPTION)))));

    static Case c(String ruleId, int year, AwardType award, UnaryOperator<Reviews> breakIt) {
        return new Case(ruleId, year, null, award, "u01", breakIt, NATIONAL);
    }

    public static Stream<Case> cases() {
        AwardType ELC = AwardType.EXCELLENT_LABOUR_COLLECTIVE;
        AwardType ALC = AwardType.ADVANCED_LABOUR_COLLECTIVE;
        AwardType CC = AwardType.CERTIFICATE_OF_COMMENDATION;
        AwardType PC = AwardType.PROVINCIAL_CERTIFICATE;
        AwardType PF = AwardType.PROVINCIAL_FLAG;
        AwardType GF = AwardType.GOVERNMENT_FLAG;
        return Stream.of(
                // regime 2024
                c("ELC24_RATED_EXCELLENT", 2024, ELC, f -> f.rating("u01", 2024, TaskRating.GOOD)),
                c("ELC24_ALL_MEMBERS_COMPLETED", 2024, ELC, f -> f.stats("u01", 10, 9, 8, 1, 0)),
                c("ELC24_ADVANCED_LABOUR_70", 2024, ELC, f -> f.stats("u01", 10, 10, 6, 1, 0)),
                c("ELC24_EMULATION_FIGHTER", 2024, ELC, f -> f.stats("u01", 10, 10, 8, 0, 0)),
                c("ELC24_SOLIDARITY", 2024, ELC, f -> f.facts("u01", x -> x.solidarity(false))),
                new Case("ELC24_DISCIPLINE_BAR", 2024, null, ELC, "u01", f -> f.stats("u01", 10, 10, 8, 1, 1), STRICT),
                c("ALC24_RATED_GOOD", 2024, ALC, f -> f.rating("u01", 2024, TaskRating.COMPLETED)),
                c("ALC24_ADVANCED_LABOUR_SHARE", 2024, ALC, f -> f.stats("u01", 10, 10, 5, 1, 0)),
                c("ALC24_DISCIPLINE_BAR", 2024, ALC, f -> f.stats("u01", 10, 10, 8, 1, 1)),
                c("ALC24_SOLIDARITY", 2024, ALC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("CC24_RATING", 2024, CC, f -> f.rating("u01", 2024, TaskRating.COMPLETED)),
                c("CC24_SOLIDARITY", 2024, CC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("PC24_EXCELLENT_YEARS", 2024, PC, f -> f.rating("u01", 2023, TaskRating.GOOD)),
                c("PC24_SOLIDARITY", 2024, PC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("PF24_TARGETS_EXCEEDED", 2024, PF, f -> f.facts("u01", x -> x.targetsExceeded(false))),
                c("PF24_SOLIDARITY", 2024, PF, f -> f.facts("u01", x -> x.solidarity(false))),
                c("GF24_TARGETS_EXCEEDED", 2024, GF, f -> f.facts("u01", x -> x.targetsExceeded(false))),
                c("GF24_PARTY_CLEAN_STRONG", 2024, GF, f -> f.facts("u01", x -> x.partyCleanStrong(false))),
                c("GF24_SOLIDARITY", 2024, GF, f -> f.facts("u01", x -> x.solidarity(false))),
                c("GF24_ONE_STATE_FORM", 2024, GF, f -> f.award("u01", AwardType.PRIME_MINISTER_CERTIFICATE, 2024, AwardKind.REGULAR)),
                c("GF24_BLOC_LEADER", 2024, GF, f -> f.vote("u01", PF, 2, 5, 5)),
                c("EXCL24_PENDING_REVIEW_ND98", 2024, GF, f -> f.facts("u01", x -> x.pendingComplaint(true))),
                c("EXCL24_PENDING_REVIEW_ND98", 2024, ELC, f -> f.facts("u01", x -> x.pressIssue(true))),
                c("EXCL24_DISCIPLINE_CLOCK_ND98", 2024, CC, f -> f.facts("u01", x -> x.disciplineEndedOn(LocalDate.of(2024, 3, 1)))),
                new Case("EXCL24_PENDING_REVIEW_ND152", 2025, null, PC, "u01", f -> f.facts("u01", x -> x.underInvestigation(true)), NATIONAL),
                new Case("EXCL24_DISCIPLINE_CLOCK_ND152", 2025, null, ALC, "u01",
                        f -> f.facts("u01", x -> x.disciplineEndedOn(LocalDate.of(2025, 7, 2))), NATIONAL),
                // fires only when the bloc voted: the model collective gets 3 of 5 votes, then 2 of 5
                new Case("SEL_NOMINATION_VOTE", 2024, null, PF, "u01", f -> f.vote("u01", PF, 2, 5, 5), NATIONAL,
                        f -> f.vote("u01", PF, 3, 5, 5), true),
                // fires only on missing data
                new Case("DATA_FACTS_MISSING", 2024, null, ALC, "u01", f -> f.withoutFacts("u01"), NATIONAL, f -> f, false),
                // regime 2017
                c("ELC17_RATED_EXCELLENT", 2022, ELC, f -> f.rating("u01", 2022, TaskRating.GOOD)),
                c("ELC17_ALL_MEMBERS_COMPLETED", 2022, ELC, f -> f.stats("u01", 100, 99, 80, 1, 0)),
                c("ELC17_ADVANCED_LABOUR_70", 2022, ELC, f -> f.stats("u01", 100, 100, 69, 1, 0)),
                c("ELC17_EMULATION_FIGHTER", 2022, ELC, f -> f.stats("u01", 10, 10, 8, 0, 0)),
                c("ELC17_NO_DISCIPLINE", 2022, ELC, f -> f.stats("u01", 10, 10, 8, 1, 1)),
                c("ELC17_SOLIDARITY", 2022, ELC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("ALC17_RATED_GOOD", 2022, ALC, f -> f.rating("u01", 2022, TaskRating.COMPLETED)),
                c("ALC17_ADVANCED_LABOUR_50", 2022, ALC, f -> f.stats("u01", 10, 10, 5, 1, 0)),
                c("ALC17_NO_DISCIPLINE", 2022, ALC, f -> f.stats("u01", 10, 10, 8, 1, 2)),
                c("ALC17_SOLIDARITY", 2022, ALC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("CC17_RATING", 2022, CC, f -> f.rating("u01", 2022, TaskRating.NOT_COMPLETED)),
                c("CC17_SOLIDARITY", 2022, CC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("PC17_EXCELLENT_YEARS", 2022, PC, f -> f.rating("u01", 2021, TaskRating.COMPLETED)),
                c("PC17_SOLIDARITY", 2022, PC, f -> f.facts("u01", x -> x.solidarity(false))),
                c("PF17_TARGETS_EXCEEDED", 2022, PF, f -> f.facts("u01", x -> x.targetsExceeded(false))),
                c("PF17_SOLIDARITY", 2022, PF, f -> f.facts("u01", x -> x.solidarity(false))),
                c("GF17_TARGETS_EXCEEDED", 2022, GF, f -> f.facts("u01", x -> x.targetsExceeded(false))),
                c("GF17_SOLIDARITY", 2022, GF, f -> f.facts("u01", x -> x.solidarity(false))),
                c("GF17_ONE_STATE_FORM", 2022, GF, f -> f.award("u01", AwardType.PRIME_MINISTER_CERTIFICATE, 2022, AwardKind.THEMATIC)),
                c("GF17_LEADER_FLAG_STANDARD", 2022, GF, f -> f.facts("u01", x -> x.targetsExceeded(false))),
                c("EXCL17_PENDING_REVIEW_TT12", 2022, GF, f -> f.facts("u01", x -> x.underDisciplineReview(true))),
                c("EXCL17_DISCIPLINE_CLOCK_TT12", 2022, PC, f -> f.facts("u01", x -> x.disciplineEndedOn(LocalDate.of(2022, 5, 1)))),
                c("EXCL17_PENDING_REVIEW_TT08", 2019, ELC, f -> f.facts("u01", x -> x.underInvestigation(true))),
                c("EXCL17_DISCIPLINE_CLOCK_TT08", 2019, ALC, f -> f.facts("u01", x -> x.disciplineEndedOn(LocalDate.of(2019, 2, 1)))));
    }


    /** Keeps the statistics record handy for readers of the table above. */
    public static MemberStatistics stats(int headcount, int completed, int advanced, int fighters, int disciplined) {
        return new MemberStatistics(headcount, completed, advanced, fighters, disciplined, 0);
    }
}
