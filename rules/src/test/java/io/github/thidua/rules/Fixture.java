package io.github.thidua.rules;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Election;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Pact;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.TermMethod;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds bloc reviews for tests. By default every unit is a model collective: targets exceeded, clean and strong,
 * solidarity, nothing pending, rated excellent this year and last, 10 members of whom 10 completed their tasks,
 * 8 hold Lao động tiên tiến, 1 is Chiến sĩ thi đua cơ sở, none disciplined. Unit u01 scores best (99), u02 98, …
 */
public final class Fixture {
    private final int year;
    private Stage stage = Stage.YEAR_END;
    private LocalDate reviewDate;
    private final Map<String, UnitYearFacts> facts = new LinkedHashMap<>();
    private final List<YearRating> ratings = new ArrayList<>();
    private final List<AwardRecord> history = new ArrayList<>();
    private final List<NominationVote> votes = new ArrayList<>();
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private BlocTerm term;
    private Election election;
    private Pact pact;
    private boolean defaultRatings = true;
    private String profile = "national";
    private final java.util.Set<String> missingFacts = new java.util.HashSet<>();
    /** Attested conditions by unit (default: every condition attested as met, like the other default facts). */
    private final Map<String, Map<io.github.thidua.core.AttestedCondition, Boolean>> attested = new LinkedHashMap<>();
    private boolean defaultAttestations = true;
    private final List<io.github.thidua.core.ExclusionFact> exclusions = new ArrayList<>();

    private Fixture(int year, int units) {
        this.year = year;
        for (int i = 1; i <= units; i++) {
            String id = id(i);
            facts.put(id, new UnitYearFacts(UnitId.of(id), year, true, true, true, false, false, false, false, null,
                    new MemberStatistics(10, 10, 8, 1, 0, 3)));
            scores.put(id, 100 - i);
        }
    }

    public static Fixture of(int year, int units) {
        return new Fixture(year, units);
    }

    public static String id(int i) {
        return String.format("u%02d", i);
    }

    public Fixture stage(Stage s) {
        this.stage = s;
        return this;
    }

    public Fixture reviewDate(LocalDate d) {
        this.reviewDate = d;
        return this;
    }

    public Fixture profile(String p) {
        this.profile = p;
        return this;
    }

    public Fixture facts(String unit, UnaryOperator<F> change) {
        UnitYearFacts f = facts.get(unit);
        F b = new F(f);
        change.apply(b);
        facts.put(unit, b.build());
        return this;
    }

    public Fixture stats(String unit, int headcount, int completed, int advanced, int fighters, int disciplined) {
        return facts(unit, f -> f.members(new MemberStatistics(headcount, completed, advanced, fighters, disciplined, 0)));
    }

    /** Removes a unit's facts for the year (allowed through the Java API; the JSON reader requires them). */
    public Fixture withoutFacts(String unit) {
        missingFacts.add(unit);
        return this;
    }

    public Fixture score(String unit, int score) {
        scores.put(unit, score);
        return this;
    }

    /** Replaces the default ratings (excellent this year and last) by the ones given. */
    public Fixture rating(String unit, int ratingYear, TaskRating rating) {
        ratings.removeIf(r -> r.unit().value().equals(unit) && r.year() == ratingYear);
        ratings.add(new YearRating(UnitId.of(unit), ratingYear, rating));
        return this;
    }

    public Fixture noDefaultRatings() {
        this.defaultRatings = false;
        return this;
    }

    public Fixture award(String unit, AwardType type, int achievementYear, AwardKind kind) {
        history.add(new AwardRecord(UnitId.of(unit), type, achievementYear, null, kind, AwardStatus.GRANTED));
        return this;
    }

    public Fixture revoked(String unit, AwardType type, int achievementYear) {
        history.add(new AwardRecord(UnitId.of(unit), type, achievementYear, null, AwardKind.REGULAR, AwardStatus.REVOKED));
        return this;
    }

    public Fixture vote(String unit, AwardType type, int votesFor, int present, int members) {
        votes.add(new NominationVote(UnitId.of(unit), type, votesFor, present - votesFor, present, members));
        return this;
    }

    public Fixture term(String head, String deputy) {
        this.term = new BlocTerm(year, UnitId.of(head), deputy == null ? null : UnitId.of(deputy), TermMethod.ELECTED);
        return this;
    }

    public Fixture election(String head, String deputy) {
        this.election = new Election(UnitId.of(head), deputy == null ? null : UnitId.of(deputy));
        return this;
    }

    public Fixture pact(List<String> signatories, int pactYear) {
        this.pact = new Pact(pactYear, null, signatories.stream().map(UnitId::of).toList(), List.of());
        return this;
    }

    /** No attestation is recorded for any unit unless {@link #attest} records one. */
    public Fixture noDefaultAttestations() {
        this.defaultAttestations = false;
        return this;
    }

    /** Records an attestation of {@code condition} for the unit (met or not). */
    public Fixture attest(String unit, io.github.thidua.core.AttestedCondition condition, boolean met) {
        attested.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(condition, met);
        return this;
    }

    /** Records a dated procedure against the unit (from, to: null while it runs). */
    public Fixture exclusion(String unit, io.github.thidua.core.ExclusionKind kind, LocalDate from, LocalDate to,
                             boolean violationFound) {
        exclusions.add(new io.github.thidua.core.ExclusionFact(UnitId.of(unit), kind, from, to, violationFound, null));
        return this;
    }

    public BlocReview build() {
        List<Unit> members = new ArrayList<>();
        List<Scorecard> cards = new ArrayList<>();
        List<YearRating> allRatings = new ArrayList<>(ratings);
        for (String id : facts.keySet()) {
            members.add(new Unit(UnitId.of(id), "Đơn vị " + id, UnitKind.STATE_AGENCY));
            cards.add(new Scorecard(UnitId.of(id), List.of(new Score("C1", BigDecimal.valueOf(scores.get(id)), null))));
            if (defaultRatings) {
                for (int y : new int[] {year, year - 1}) {
                    if (allRatings.stream().noneMatch(r -> r.unit().value().equals(id) && r.year() == y)) {
                        allRatings.add(new YearRating(UnitId.of(id), y, TaskRating.EXCELLENT));
                    }
                }
            }
        }
        ScoringScheme scheme = new ScoringScheme(BigDecimal.valueOf(100),
                List.of(new Criterion("C1", "Nhiệm vụ", "Hoàn thành nhiệm vụ", CriterionKind.REGULAR, BigDecimal.valueOf(100))),
                BigDecimal.TEN, BigDecimal.TEN);
        Bloc bloc = new Bloc(BlocId.of("test-bloc"), "Khối thử nghiệm", BlocKind.KHOI, "Tỉnh thử", null, members);
        List<UnitYearFacts> fs = stage == Stage.YEAR_END
                ? facts.values().stream().filter(f -> !missingFacts.contains(f.unit().value())).toList() : List.of();
        List<io.github.thidua.core.Attestation> attestations = new ArrayList<>();
        for (String id : facts.keySet()) {
            Map<io.github.thidua.core.AttestedCondition, Boolean> own = attested.getOrDefault(id, Map.of());
            for (io.github.thidua.core.AttestedCondition c : io.github.thidua.core.AttestedCondition.values()) {
                Boolean met = own.containsKey(c) ? own.get(c) : defaultAttestations ? Boolean.TRUE : null;
                if (met != null) {
                    attestations.add(new io.github.thidua.core.Attestation(UnitId.of(id), year, c, met, "fixture"));
                }
            }
        }
        return new BlocReview(stage, year, reviewDate, bloc, term, pact, scheme, cards, allRatings, fs, history, votes,
                election, profile, false, null, null, null, exclusions, attestations);
    }

    /** Mutable copy of a unit's facts. */
    public static final class F {
        boolean targetsExceeded;
        boolean partyCleanStrong;
        boolean solidarity;
        boolean underDisciplineReview;
        boolean underInvestigation;
        boolean pendingComplaint;
        boolean pressIssue;
        LocalDate disciplineEndedOn;
        MemberStatistics members;
        private final UnitYearFacts base;

        F(UnitYearFacts f) {
            base = f;
            targetsExceeded = f.targetsExceeded();
            partyCleanStrong = f.partyCleanStrong();
            solidarity = f.solidarity();
            underDisciplineReview = f.underDisciplineReview();
            underInvestigation = f.underInvestigation();
            pendingComplaint = f.pendingComplaint();
            pressIssue = f.pressIssueUnderVerification();
            disciplineEndedOn = f.disciplineEndedOn();
            members = f.members();
        }

        public F targetsExceeded(boolean v) {
            targetsExceeded = v;
            return this;
        }

        public F partyCleanStrong(boolean v) {
            partyCleanStrong = v;
            return this;
        }

        public F solidarity(boolean v) {
            solidarity = v;
            return this;
        }

        public F underDisciplineReview(boolean v) {
            underDisciplineReview = v;
            return this;
        }

        public F underInvestigation(boolean v) {
            underInvestigation = v;
            return this;
        }

        public F pendingComplaint(boolean v) {
            pendingComplaint = v;
            return this;
        }

        public F pressIssue(boolean v) {
            pressIssue = v;
            return this;
        }

        public F disciplineEndedOn(LocalDate d) {
            disciplineEndedOn = d;
            return this;
        }

        public F members(MemberStatistics m) {
            members = m;
            return this;
        }

        UnitYearFacts build() {
            return new UnitYearFacts(base.unit(), base.year(), targetsExceeded, partyCleanStrong, solidarity,
                    underDisciplineReview, underInvestigation, pendingComplaint, pressIssue, disciplineEndedOn, members);
        }
    }
}
