package io.github.thidua.testkit.reference;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Election;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.core.rank.Ranker;
import io.github.thidua.core.rank.Ranking;
import io.github.thidua.rules.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-Java evaluator of bloc reviews and provincial consolidations, written from docs/legal-notes.md and the
 * documented semantics of the bundled rule pack, without Drools: the differential oracle of the consistency laws and
 * a performance baseline.
 *
 * <p>For a year-end bloc review it decides, per unit and award, {@link Outcome#RECOMMENDED},
 * {@link Outcome#ELIGIBLE_NOT_SELECTED}, {@link Outcome#NOT_ELIGIBLE} or {@link Outcome#PENDING_PROVINCE}; it also
 * names the bloc leaders and next year's head and deputy. Its reading:
 * <ol>
 *   <li>the ranking is {@link Ranker#rank} (core, shared with the engine: ranking is not rule-pack logic);</li>
 *   <li>every award needs the unit's facts, nothing pending (press issues count from 2024) and, after a served
 *       discipline period, a countable year (the period ended by 1 January); a recorded nomination vote must reach
 *       {@code bloc.voteShareMin} of {@code bloc.voteBase};</li>
 *   <li>each award's own conditions, per regime, as listed in {@link Requirement} and legal-notes.md;</li>
 *   <li>leaders: the best-ranked units meeting the provincial-flag standard, at most {@code bloc.leaderCount}; the
 *       Government flag needs leadership and is proposed for at most {@code bloc.governmentFlagMax} eligible units
 *       by rank; the PM certificate is PENDING_PROVINCE; provincial certificates go to the best-ranked eligible units
 *       selected for nothing higher, at most floor({@code bloc.certificateShare} × members); titles and the Giấy
 *       khen have no quota;</li>
 *   <li>one achievement, one award: the highest award selected is RECOMMENDED (PENDING_PROVINCE for the PM
 *       certificate); every other award the unit met is ELIGIBLE_NOT_SELECTED;</li>
 *   <li>next year's head: the members' election, unless it re-elects this year's head and
 *       {@code rotation.allowConsecutiveHead} is false; otherwise this year's deputy under {@code DEPUTY_SUCCEEDS},
 *       else the best-ranked member (not this year's head unless allowed); the deputy is then the best-ranked member
 *       other than the new and the outgoing head.</li>
 * </ol>
 * A provincial pack that lawfully changes a condition declares it ({@link ConditionOverride}, {@link #forPack},
 * {@link #withOverrides}); the evaluator then reads that award as the pack does. Immutable and thread-safe. Arrays indexed by rank keep it allocation-light.
 */
public final class ReferenceEvaluator {
    static final AwardType[] AWARDS = AwardType.values();
    static final int AWARD_COUNT = AWARDS.length;
    private static final int GF = AwardType.GOVERNMENT_FLAG.ordinal();
    private static final int PMC = AwardType.PRIME_MINISTER_CERTIFICATE.ordinal();
    private static final int PF = AwardType.PROVINCIAL_FLAG.ordinal();
    private static final java.time.LocalDate QD_86_FROM = io.github.thidua.core.law.LegalCatalogue.standard()
            .get("QD_86_2025_BN").inForceFrom().date();
    private static final int PC = AwardType.PROVINCIAL_CERTIFICATE.ordinal();
    private static final int ELC = AwardType.EXCELLENT_LABOUR_COLLECTIVE.ordinal();
    private static final int ALC = AwardType.ADVANCED_LABOUR_COLLECTIVE.ordinal();
    private static final int CC = AwardType.CERTIFICATE_OF_COMMENDATION.ordinal();

    private final List<ConditionOverride> overrides;

    /** An evaluator of the bundled national rules. */
    public ReferenceEvaluator() {
        this(List.of());
    }

    private ReferenceEvaluator(List<ConditionOverride> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    /**
     * This evaluator reading some awards as a provincial pack lawfully changes them: the extension point for packs
     * that add or drop a condition. The laws that compare with the reference then check the pack against the
     * changed reading, and everything else as before.
     *
     * @param declared the pack's declared overrides
     * @return a new evaluator with these overrides added
     */
    public ReferenceEvaluator withOverrides(List<ConditionOverride> declared) {
        List<ConditionOverride> all = new ArrayList<>(overrides);
        all.addAll(declared);
        return new ReferenceEvaluator(all);
    }

    /**
     * The evaluator for an external pack: the national reading with the overrides the pack's {@code pack.json}
     * declares ({@code "overrides"}; none when absent).
     *
     * @param packDir the pack's directory
     * @return the evaluator
     * @throws IllegalArgumentException naming the file and JSON path when the declaration is malformed
     */
    public static ReferenceEvaluator forPack(Path packDir) {
        return new ReferenceEvaluator().withOverrides(Overrides.read(packDir.resolve("pack.json")));
    }

    /** @return the declared overrides, in declaration order */
    public List<ConditionOverride> overrides() {
        return overrides;
    }

    /**
     * Evaluates a bloc review.
     *
     * @param review  the review
     * @param profile the parameter profile (as the engine is given it)
     * @return the reference result
     * @throws IllegalArgumentException if the profile lacks a parameter the rules need
     */
    public ReferenceResult evaluate(BlocReview review, Profile profile) {
        Ranking ranking = Ranker.rank(review, profile);
        int n = ranking.size();
        UnitId[] order = new UnitId[n];
        BigDecimal[] totals = new BigDecimal[n];
        Map<UnitId, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            RankedUnit r = ranking.units().get(i);
            order[i] = r.unit();
            totals[i] = r.total();
            index.put(r.unit(), i);
        }
        Stage stage = review.stage();
        if (stage != Stage.YEAR_END) {
            List<UnitId> shown = stage == Stage.PACT ? List.of() : List.of(order);
            return ReferenceResult.undecided(review, profile, shown, order, totals, index);
        }
        Params p = Params.of(profile, review.year(), review.bloc().size());
        int year = review.year();
        boolean regime2024 = review.regime() == Regime.REGIME_2024;

        // ---- inputs per unit, in rank order
        UnitYearFacts[] facts = new UnitYearFacts[n];
        for (UnitYearFacts f : review.facts()) {
            if (f.year() == year) {
                facts[index.get(f.unit())] = f;
            }
        }
        TaskRating[] current = new TaskRating[n];
        int window = Math.max(1, Math.max(p.pcYears(), p.pmcYears()));
        boolean[] excellent = new boolean[n * window];
        for (YearRating r : review.ratings()) {
            int i = index.get(r.unit());
            if (r.year() == year) {
                current[i] = r.rating();
            }
            int back = year - r.year();
            if (back >= 0 && back < window && r.rating() == TaskRating.EXCELLENT) {
                excellent[i * window + back] = true;
            }
        }
        int pmcWindowStart = year - p.pmcYears() + 1;
        boolean[] stateFormHeld = new boolean[n];
        boolean[] priorCertificate = new boolean[n];
        int[] flagsInWindow = new int[n];
        int[] certificatesInWindow = new int[n];
        for (AwardRecord a : review.history()) {
            int i = index.get(a.unit());
            int y = a.achievementYear();
            // a proposed or pending state-level form counts too (Thông tư 08/2017/TT-BNV)
            if ((a.status() == AwardStatus.GRANTED || a.status().isOpen()) && a.kind() != AwardKind.IRREGULAR
                    && a.award().isStateLevel() && y == year) {
                stateFormHeld[i] = true;
            }
            if (!a.countsForMerit()) {
                continue;
            }
            if (a.award() == AwardType.PROVINCIAL_CERTIFICATE) {
                if (y <= pmcWindowStart - 1) {
                    priorCertificate[i] = true;
                }
                if (y >= pmcWindowStart && y <= year) {
                    certificatesInWindow[i]++;
                }
            } else if (a.award() == AwardType.PROVINCIAL_FLAG && y >= pmcWindowStart && y <= year) {
                flagsInWindow[i]++;
            }
        }

        // ---- conditions: one bit per unmet requirement, general bits on every award of the unit
        int[] unmet = new int[n * AWARD_COUNT];
        for (NominationVote v : review.votes()) {
            if (p.voteShareMin() == null) {
                throw new IllegalArgumentException("profile '" + profile.name() + "' defines no "
                        + Params.VOTE_SHARE_MIN + " but the review records votes");
            }
            int base = p.votesOfPresent() ? v.present() : v.members();
            boolean met = BigDecimal.valueOf(v.votesFor()).compareTo(p.voteShareMin().multiply(BigDecimal.valueOf(base))) >= 0;
            if (!met) {
                unmet[index.get(v.unit()) * AWARD_COUNT + v.award().ordinal()] |= Requirement.NOMINATION_VOTE.bit();
            }
        }
        for (int i = 0; i < n; i++) {
            int at = i * AWARD_COUNT;
            UnitYearFacts f = facts[i];
            if (f == null) {
                for (int a = 0; a < AWARD_COUNT; a++) {
                    unmet[at + a] |= Requirement.FACTS_GIVEN.bit();
                }
                continue;
            }
            int general = 0;
            if (f.underDisciplineReview() || f.underInvestigation() || f.pendingComplaint()
                    || regime2024 && f.pressIssueUnderVerification()) {
                general |= Requirement.NOTHING_PENDING.bit();
            }
            for (io.github.thidua.core.ExclusionFact x : review.exclusions(order[i])) {
                if (!review.decisionDate().isBefore(x.from()) && x.barsOn(review.decisionDate())) {
                    general |= Requirement.NO_DATED_PROCEDURE.bit();
                }
            }
            int firstCountable = firstCountableYear(f.disciplineEndedOn());
            if (firstCountable > year) {
                general |= Requirement.DISCIPLINE_CLOCK.bit();
            }
            int streak = 0;
            while (streak < window && year - streak >= firstCountable && excellent[i * window + streak]) {
                streak++;
            }
            MemberStatistics s = f.members();
            TaskRating rating = current[i];

            int gf = general;
            gf |= f.targetsExceeded() ? 0 : Requirement.TARGETS_EXCEEDED.bit();
            if (regime2024) {
                gf |= f.partyCleanStrong() ? 0 : Requirement.PARTY_CLEAN_STRONG.bit();
            }
            gf |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            gf |= stateFormHeld[i] ? Requirement.ONE_STATE_FORM.bit() : 0;
            unmet[at + GF] |= gf; // BLOC_LEADER is added once leaders are known

            int pmc = general;
            pmc |= priorCertificate[i] ? 0 : Requirement.PRIOR_PROVINCIAL_CERTIFICATE.bit();
            pmc |= streak >= p.pmcYears() ? 0 : Requirement.EXCELLENT_STREAK.bit();
            pmc |= flagsInWindow[i] >= p.pmcMinFlags() || certificatesInWindow[i] >= p.pmcMinCertificates()
                    ? 0 : Requirement.AWARDS_IN_WINDOW.bit();
            pmc |= stateFormHeld[i] ? Requirement.ONE_STATE_FORM.bit() : 0;
            unmet[at + PMC] |= pmc;

            int pf = general;
            pf |= f.targetsExceeded() ? 0 : Requirement.TARGETS_EXCEEDED.bit();
            pf |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            if (!regime2024 && !attested(review, order[i], year, io.github.thidua.core.AttestedCondition.NEW_MODEL, p)) {
                pf |= Requirement.NEW_MODEL_ATTESTED.bit();
            }
            // QĐ 86/2025/QĐ-UBND (Bắc Ninh): from the day it took effect, where the profile requires it
            if (p.pfPartyOrganisationExcellent() && !review.decisionDate().isBefore(QD_86_FROM)
                    && !Boolean.TRUE.equals(f.partyOrganisationExcellent())) {
                pf |= Requirement.PARTY_ORGANISATION_EXCELLENT.bit();
            }
            unmet[at + PF] |= pf;
            boolean active = !regime2024
                    || attested(review, order[i], year, io.github.thidua.core.AttestedCondition.ACTIVE_IN_MOVEMENTS, p);

            int pc = general;
            pc |= streak >= p.pcYears() ? 0 : Requirement.EXCELLENT_STREAK.bit();
            pc |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            unmet[at + PC] |= pc;

            int elc = general;
            elc |= rating == TaskRating.EXCELLENT ? 0 : Requirement.RATED_EXCELLENT.bit();
            elc |= s.completedTasks() == s.headcount() ? 0 : Requirement.ALL_MEMBERS_COMPLETED.bit();
            elc |= 100L * s.advancedLabour() >= 70L * s.headcount() ? 0 : Requirement.ADVANCED_LABOUR_70.bit();
            elc |= s.emulationFighters() >= 1 ? 0 : Requirement.EMULATION_FIGHTER.bit();
            elc |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            if ((!regime2024 || p.elcDisciplineBar()) && s.disciplinedWarningOrAbove() > 0) {
                elc |= Requirement.NO_MEMBER_DISCIPLINED.bit();
            }
            elc |= active ? 0 : Requirement.ACTIVE_IN_MOVEMENTS_ATTESTED.bit();
            unmet[at + ELC] |= elc;

            int alc = general;
            alc |= rating != null && rating.atLeast(TaskRating.GOOD) ? 0 : Requirement.RATED_GOOD.bit();
            int alcShare = regime2024 ? BigDecimal.valueOf(100L * s.advancedLabour())
                    .compareTo(p.alcMinPercent().multiply(BigDecimal.valueOf(s.headcount()))) : 0;
            boolean majority = regime2024
                    ? (p.alcInclusive() ? alcShare >= 0 : alcShare > 0)
                    : 2L * s.advancedLabour() > s.headcount();
            alc |= majority ? 0 : Requirement.ADVANCED_LABOUR_MAJORITY.bit();
            if ((!regime2024 || p.alcDisciplineBar()) && s.disciplinedWarningOrAbove() > 0) {
                alc |= Requirement.NO_MEMBER_DISCIPLINED.bit();
            }
            alc |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            alc |= active ? 0 : Requirement.ACTIVE_IN_MOVEMENTS_ATTESTED.bit();
            unmet[at + ALC] |= alc;

            int cc = general;
            cc |= rating != null && rating.atLeast(p.ccMinRating()) ? 0 : Requirement.MIN_RATING.bit();
            cc |= f.solidarity() ? 0 : Requirement.SOLIDARITY.bit();
            unmet[at + CC] |= cc;

            for (ConditionOverride o : overrides) {
                if (!o.appliesTo(year)) {
                    continue;
                }
                int a = o.award().ordinal();
                if (o.change() == ConditionOverride.Change.REMOVED) {
                    unmet[at + a] &= ~o.requirement().bit();
                } else if (!met(o.requirement(), f, rating, stateFormHeld[i], p)) {
                    unmet[at + a] |= o.requirement().bit();
                }
            }
        }

        // ---- selection, in rank order
        int[] selected = new int[n]; // bit per award
        boolean[] leader = new boolean[n];
        int leaders = 0;
        for (int i = 0; i < n; i++) {
            if (unmet[i * AWARD_COUNT + PF] == 0 && leaders < p.leaderCount()) {
                leader[i] = true;
                leaders++;
                selected[i] |= 1 << PF;
            }
        }
        int proposals = 0;
        for (int i = 0; i < n; i++) {
            if (facts[i] != null && !leader[i]) {
                unmet[i * AWARD_COUNT + GF] |= Requirement.BLOC_LEADER.bit();
            }
            if (unmet[i * AWARD_COUNT + GF] == 0) {
                if (proposals < p.governmentFlagMax()) {
                    selected[i] |= 1 << GF;
                }
                proposals++;
            }
            if (unmet[i * AWARD_COUNT + PMC] == 0) {
                selected[i] |= 1 << PMC;
            }
            for (int a : new int[] {ELC, ALC, CC}) {
                if (unmet[i * AWARD_COUNT + a] == 0) {
                    selected[i] |= 1 << a;
                }
            }
        }
        int certificateQuota = p.certificateShare().multiply(BigDecimal.valueOf(review.bloc().size()))
                .setScale(0, RoundingMode.FLOOR).intValueExact();
        int candidates = 0;
        int higherThanCertificate = (1 << GF) | (1 << PMC) | (1 << PF);
        for (int i = 0; i < n; i++) {
            if (unmet[i * AWARD_COUNT + PC] == 0 && (selected[i] & higherThanCertificate) == 0) {
                if (candidates < certificateQuota) {
                    selected[i] |= 1 << PC;
                }
                candidates++;
            }
        }

        // ---- one achievement, one form: a higher award sets a lower one aside only when both are forms of
        // commendation, both state-level forms, or the two labour-collective titles; a leader proposed for the
        // Government flag keeps its provincial flag unless the profile says otherwise
        byte[] outcomes = new byte[n * AWARD_COUNT];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < AWARD_COUNT; a++) {
                Outcome o;
                if (unmet[i * AWARD_COUNT + a] != 0) {
                    o = Outcome.NOT_ELIGIBLE;
                } else if ((selected[i] & (1 << a)) != 0 && !setAside(selected[i], a, p.leaderKeepsFlag())) {
                    o = a == PMC ? Outcome.PENDING_PROVINCE
                            : io.github.thidua.core.law.AuthorityCatalogue.blocProposes(AWARDS[a], review.decisionDate())
                            ? Outcome.RECOMMENDED : Outcome.ELIGIBLE_OTHER_AUTHORITY;
                } else {
                    o = Outcome.ELIGIBLE_NOT_SELECTED;
                }
                outcomes[i * AWARD_COUNT + a] = (byte) o.ordinal();
            }
        }

        // ---- next year's head and deputy
        BlocTerm term = review.term();
        Election election = review.election();
        UnitId currentHead = term == null ? null : term.head();
        UnitId head = null;
        UnitId deputy = null;
        boolean elected = false;
        if (election != null && !(election.head().equals(currentHead) && !p.allowConsecutiveHead())) {
            head = election.head();
            deputy = election.deputy();
            elected = true;
        } else {
            if ("DEPUTY_SUCCEEDS".equals(p.rotationPolicy()) && term != null && term.deputy() != null) {
                head = term.deputy();
            } else {
                for (UnitId u : order) {
                    if (!u.equals(currentHead) || p.allowConsecutiveHead()) {
                        head = u;
                        break;
                    }
                }
            }
            if (head != null) {
                for (UnitId u : order) {
                    if (!u.equals(head) && !u.equals(currentHead)) {
                        deputy = u;
                        break;
                    }
                }
            }
        }
        return new ReferenceResult(review, profile, List.of(order), order, totals, index, true, outcomes, unmet,
                selected, leader, head, deputy, elected, p.leaderCount(), p.governmentFlagMax(), certificateQuota);
    }

    /**
     * Consolidates a province: evaluates every bloc with the given profile, then caps the Government flags at
     * floor({@code province.governmentFlagShare} × leaders), ranking the proposals province-wide by total divided by
     * the bloc's scheme base (then bloc id, unit id); proposals beyond the cap become ELIGIBLE_NOT_SELECTED and their
     * provincial flag RECOMMENDED.
     *
     * @param province the province review
     * @param profile  the profile used for the council and every bloc
     * @return the reference consolidation
     */
    public ReferenceConsolidation consolidate(ProvinceReview province, Profile profile) {
        return ReferenceConsolidation.of(this, province, profile);
    }

    /** Whether an award selected for a unit gives way to a higher award selected for it (one achievement, one form). */
    private static boolean setAside(int selected, int a, boolean leaderKeepsFlag) {
        for (int h = 0; h < a; h++) {
            if ((selected & (1 << h)) == 0) {
                continue;
            }
            AwardType higher = AWARDS[h];
            AwardType lower = AWARDS[a];
            if (higher.isStateLevel() && lower.isStateLevel()
                    || higher.form() == io.github.thidua.core.law.AwardForm.COMMENDATION
                    && lower.form() == io.github.thidua.core.law.AwardForm.COMMENDATION
                    || higher == AwardType.EXCELLENT_LABOUR_COLLECTIVE && lower == AwardType.ADVANCED_LABOUR_COLLECTIVE
                    || higher == AwardType.GOVERNMENT_FLAG && lower == AwardType.PROVINCIAL_FLAG && !leaderKeepsFlag) {
                return true;
            }
        }
        return false;
    }

    /** Whether a condition no score shows is attested as met, or absent and read as met by the profile. */
    private static boolean attested(BlocReview review, UnitId unit, int year, io.github.thidua.core.AttestedCondition c,
                                    Params p) {
        return review.attestation(unit, year, c).map(io.github.thidua.core.Attestation::met)
                .orElse(p.absentAttestationMet());
    }

    /** Whether a unit meets one of the {@link ConditionOverride#ADDABLE} conditions. */
    private static boolean met(Requirement r, UnitYearFacts f, TaskRating rating, boolean stateFormHeld, Params p) {
        MemberStatistics s = f.members();
        return switch (r) {
            case TARGETS_EXCEEDED -> f.targetsExceeded();
            case PARTY_CLEAN_STRONG -> f.partyCleanStrong();
            case SOLIDARITY -> f.solidarity();
            case ONE_STATE_FORM -> !stateFormHeld;
            case RATED_EXCELLENT -> rating == TaskRating.EXCELLENT;
            case ALL_MEMBERS_COMPLETED -> s.completedTasks() == s.headcount();
            case ADVANCED_LABOUR_70 -> 100L * s.advancedLabour() >= 70L * s.headcount();
            case EMULATION_FIGHTER -> s.emulationFighters() >= 1;
            case NO_MEMBER_DISCIPLINED -> s.disciplinedWarningOrAbove() == 0;
            case RATED_GOOD -> rating != null && rating.atLeast(TaskRating.GOOD);
            case MIN_RATING -> rating != null && rating.atLeast(p.ccMinRating());
            default -> throw new IllegalStateException(r + " is not addable");
        };
    }

    /** The first year whose achievements count after a served discipline period ending on {@code end}. */
    static int firstCountableYear(LocalDate end) {
        if (end == null) {
            return Integer.MIN_VALUE;
        }
        return end.getMonthValue() == 1 && end.getDayOfMonth() == 1 ? end.getYear() : end.getYear() + 1;
    }
}
