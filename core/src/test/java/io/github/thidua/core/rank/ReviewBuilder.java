package io.github.thidua.core.rank;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small builder of year-end reviews for ranking tests. The scheme has two regular criteria of 60 points each
 * under a base of 100 (so the regular cap can bite), two bonus criteria of 10 under a cap of 15 and two penalty
 * criteria of 5 under a cap of 6.
 */
final class ReviewBuilder {
    static final int YEAR = 2024;
    static final ScoringScheme SCHEME = new ScoringScheme(new BigDecimal("100"), List.of(
            new Criterion("r1", "Nhiệm vụ chính trị", "Kết quả nhiệm vụ chuyên môn", CriterionKind.REGULAR, dec("60")),
            new Criterion("r2", "Phong trào thi đua", "Tổ chức phong trào thi đua", CriterionKind.REGULAR, dec("60")),
            new Criterion("b1", "Điểm thưởng", "Sáng kiến được công nhận", CriterionKind.BONUS, dec("10")),
            new Criterion("b2", "Điểm thưởng", "Được khen thưởng đột xuất", CriterionKind.BONUS, dec("10")),
            new Criterion("p1", "Điểm trừ", "Chậm báo cáo", CriterionKind.PENALTY, dec("5")),
            new Criterion("p2", "Điểm trừ", "Vi phạm kỷ luật", CriterionKind.PENALTY, dec("5"))),
            new BigDecimal("15"), new BigDecimal("6"));

    private final List<Unit> members = new ArrayList<>();
    private final List<Scorecard> scorecards = new ArrayList<>();
    private final List<UnitYearFacts> facts = new ArrayList<>();
    private final List<AwardRecord> history = new ArrayList<>();
    private int year = YEAR;

    static ReviewBuilder bloc() {
        return new ReviewBuilder();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static UnitId id(String value) {
        return UnitId.of(value);
    }

    /** A self score without cross-check. */
    static Score self(String criterion, String points) {
        return new Score(criterion, dec(points), null);
    }

    /** A self score corrected by the bloc's cross-check. */
    static Score assessed(String criterion, String self, String assessed) {
        return new Score(criterion, dec(self), dec(assessed));
    }

    ReviewBuilder year(int value) {
        this.year = value;
        return this;
    }

    /** Adds a member without a scorecard. */
    ReviewBuilder member(String unit) {
        members.add(new Unit(id(unit), "Đơn vị " + unit, UnitKind.STATE_AGENCY));
        return this;
    }

    /** Adds a member with a scorecard. */
    ReviewBuilder member(String unit, Score... scores) {
        member(unit);
        scorecards.add(new Scorecard(id(unit), List.of(scores)));
        return this;
    }

    /** Records the unit's share of women for {@code factsYear}. */
    ReviewBuilder women(String unit, int factsYear, int women, int headcount) {
        facts.add(new UnitYearFacts(id(unit), factsYear, true, true, true, false, false, false, false, null,
                new MemberStatistics(headcount, headcount, 0, 0, 0, women)));
        return this;
    }

    /** Records the unit's share of women for the review year. */
    ReviewBuilder women(String unit, int women, int headcount) {
        return women(unit, year, women, headcount);
    }

    /** Records a granted, regular award. */
    ReviewBuilder award(String unit, AwardType award, int achievementYear) {
        return award(unit, award, achievementYear, AwardKind.REGULAR, AwardStatus.GRANTED);
    }

    ReviewBuilder award(String unit, AwardType award, int achievementYear, AwardKind kind, AwardStatus status) {
        history.add(new AwardRecord(id(unit), award, achievementYear, null, kind, status));
        return this;
    }

    BlocReview review() {
        return review(members, scorecards, facts, history);
    }

    BlocReview review(List<Unit> memberOrder, List<Scorecard> cardOrder, List<UnitYearFacts> factsOrder,
                      List<AwardRecord> historyOrder) {
        Bloc bloc = new Bloc(BlocId.of("khoi-test"), "Khối thi đua thử nghiệm", BlocKind.KHOI, "Tỉnh Thử",
                null, memberOrder);
        return new BlocReview(Stage.YEAR_END, year, null, bloc, null, null, cardOrder.isEmpty() ? null : SCHEME,
                cardOrder, List.of(), factsOrder, historyOrder, List.of(), null, "national", true, null);
    }

    List<Unit> members() {
        return members;
    }

    List<Scorecard> scorecards() {
        return scorecards;
    }

    List<UnitYearFacts> facts() {
        return facts;
    }

    List<AwardRecord> history() {
        return history;
    }
}
