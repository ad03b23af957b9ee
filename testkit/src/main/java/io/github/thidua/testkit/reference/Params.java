package io.github.thidua.testkit.reference;

import io.github.thidua.core.TaskRating;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The profile parameters a review needs, read as of 31 December of the achievement year for the bloc's size (the
 * engine's reading). Integer parameters are truncated like the engine's {@code Param.getIntValue()}.
 */
record Params(int leaderCount, int governmentFlagMax, BigDecimal certificateShare, BigDecimal voteShareMin,
              boolean votesOfPresent, int pcYears, int pmcYears, int pmcMinFlags, int pmcMinCertificates,
              TaskRating ccMinRating, BigDecimal alcMinPercent, boolean alcInclusive, boolean alcDisciplineBar, boolean elcDisciplineBar,
              String rotationPolicy, boolean allowConsecutiveHead, boolean pfPartyOrganisationExcellent,
              boolean leaderKeepsFlag, boolean absentAttestationMet) {

    static final String LEADER_COUNT = "bloc.leaderCount";
    static final String GOVERNMENT_FLAG_MAX = "bloc.governmentFlagMax";
    static final String CERTIFICATE_SHARE = "bloc.certificateShare";
    static final String VOTE_SHARE_MIN = "bloc.voteShareMin";
    static final String VOTE_BASE = "bloc.voteBase";
    static final String PROVINCE_GOVERNMENT_FLAG_SHARE = "province.governmentFlagShare";
    static final String LEADER_KEEPS_FLAG = "bloc.leaderKeepsFlagWhenProposedForGovernmentFlag";
    static final String ABSENT_MEANS = "attestation.absentMeans";

    /** Every profile parameter the reference reads (ranking parameters are read by the shared {@code Ranker}). */
    static final java.util.Set<String> READ = java.util.Set.of(LEADER_COUNT, GOVERNMENT_FLAG_MAX, CERTIFICATE_SHARE,
            VOTE_SHARE_MIN, VOTE_BASE, PROVINCE_GOVERNMENT_FLAG_SHARE, "provincialCertificate.excellentYears",
            "primeMinisterCertificate.excellentYears", "primeMinisterCertificate.minProvincialFlags",
            "primeMinisterCertificate.minProvincialCertificates", "certificateOfCommendation.minRating",
            "advancedLabourCollective.minPercentAdvancedLabour", "advancedLabourCollective.thresholdInclusive",
            "advancedLabourCollective.disciplineBar",
            "excellentLabourCollective.disciplineBar", "rotation.policy", "rotation.allowConsecutiveHead",
            "provincialFlag.partyOrganisationExcellent", LEADER_KEEPS_FLAG, ABSENT_MEANS);

    static Params of(Profile profile, int year, int blocSize) {
        LocalDate on = LocalDate.of(year, 12, 31);
        boolean regime2024 = Regime.forAchievementYear(year) == Regime.REGIME_2024;
        return new Params(
                integer(profile, LEADER_COUNT, on, blocSize),
                integer(profile, GOVERNMENT_FLAG_MAX, on, blocSize),
                profile.get(CERTIFICATE_SHARE, on, blocSize).decimalValue(),
                profile.find(VOTE_SHARE_MIN, on, blocSize).map(ResolvedParameter::decimalValue).orElse(null),
                profile.find(VOTE_BASE, on, blocSize).map(p -> "PRESENT".equals(p.textValue())).orElse(false),
                integer(profile, "provincialCertificate.excellentYears", on, blocSize),
                integer(profile, "primeMinisterCertificate.excellentYears", on, blocSize),
                integer(profile, "primeMinisterCertificate.minProvincialFlags", on, blocSize),
                integer(profile, "primeMinisterCertificate.minProvincialCertificates", on, blocSize),
                TaskRating.valueOf(profile.get("certificateOfCommendation.minRating", on, blocSize).textValue()),
                regime2024 ? profile.get("advancedLabourCollective.minPercentAdvancedLabour", on, blocSize)
                        .decimalValue() : null,
                regime2024 && profile.get("advancedLabourCollective.thresholdInclusive", on, blocSize).booleanValue(),
                regime2024 && profile.get("advancedLabourCollective.disciplineBar", on, blocSize).booleanValue(),
                regime2024 && profile.get("excellentLabourCollective.disciplineBar", on, blocSize).booleanValue(),
                profile.get("rotation.policy", on, blocSize).textValue(),
                profile.get("rotation.allowConsecutiveHead", on, blocSize).booleanValue(),
                profile.find("provincialFlag.partyOrganisationExcellent", on, blocSize)
                        .map(ResolvedParameter::booleanValue).orElse(false),
                // absent: the leader keeps its flag; a missing attestation is not met
                profile.find(LEADER_KEEPS_FLAG, on, blocSize).map(ResolvedParameter::booleanValue).orElse(true),
                profile.find(ABSENT_MEANS, on, blocSize).map(x -> "MET".equals(x.textValue())).orElse(false));
    }

    /** The province-wide share of bloc leaders that may receive the Government flag. */
    static BigDecimal provinceGovernmentFlagShare(Profile profile, int year) {
        return profile.get(PROVINCE_GOVERNMENT_FLAG_SHARE, LocalDate.of(year, 12, 31), 1).decimalValue();
    }

    private static int integer(Profile profile, String name, LocalDate on, int blocSize) {
        Optional<ResolvedParameter> p = profile.find(name, on, blocSize);
        return p.orElseThrow(() -> new IllegalArgumentException("profile '" + profile.name()
                + "' defines no value of " + name + " on " + on + "; the reference evaluator needs it"))
                .decimalValue().intValue();
    }
}
