package io.github.thidua.rules.facts;

import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.ExclusionFact;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * A member unit as the rules see it in one review: its rank (computed in Java), this year's facts and rating,
 * and read-only views of its rating and award history for the streak rules.
 */
public final class Member {
    private final UnitId unit;
    private final String name;
    private final int rank;
    private final BigDecimal total;
    private final UnitYearFacts facts;
    private final int year;
    private final Map<Integer, TaskRating> ratings;
    private final List<AwardRecord> history;
    private final boolean currentHead;
    private final boolean currentDeputy;
    private final Map<AttestedCondition, Boolean> attested;
    private final List<ExclusionFact> exclusions;

    public Member(UnitId unit, String name, int rank, BigDecimal total, UnitYearFacts facts, int year,
                  Map<Integer, TaskRating> ratings, List<AwardRecord> history, boolean currentHead,
                  boolean currentDeputy) {
        this.currentHead = currentHead;
        this.currentDeputy = currentDeputy;
        this.unit = unit;
        this.name = name;
        this.rank = rank;
        this.total = total;
        this.facts = facts;
        this.year = year;
        this.ratings = Map.copyOf(ratings);
        this.history = List.copyOf(history);
        this.attested = Map.of();
        this.exclusions = List.of();
    }

    /**
     * A member with the year's attested conditions (condition -> met) and the dated procedures recorded against it.
     */
    public Member(UnitId unit, String name, int rank, BigDecimal total, UnitYearFacts facts, int year,
                  Map<Integer, TaskRating> ratings, List<AwardRecord> history, boolean currentHead,
                  boolean currentDeputy, Map<AttestedCondition, Boolean> attested, List<ExclusionFact> exclusions) {
        this.currentHead = currentHead;
        this.currentDeputy = currentDeputy;
        this.unit = unit;
        this.name = name;
        this.rank = rank;
        this.total = total;
        this.facts = facts;
        this.year = year;
        this.ratings = Map.copyOf(ratings);
        this.history = List.copyOf(history);
        this.attested = Map.copyOf(attested);
        this.exclusions = List.copyOf(exclusions);
    }

    /** Whether the condition is attested for the year under review: true/false as attested, null when absent. */
    public Boolean attestation(AttestedCondition condition) {
        return attested.get(condition);
    }

    /**
     * Whether an attested condition counts as met: as attested; when no attestation is recorded, as the profile's
     * {@code attestation.absentMeans} says ("MET"), else not met ("NOT_ATTESTED", also when the profile is silent).
     */
    public boolean attestedOrAbsentMet(AttestedCondition condition, List<?> absentMeans) {
        Boolean a = attested.get(condition);
        if (a != null) {
            return a;
        }
        return absentMeans != null && absentMeans.contains("MET");
    }

    /** The message of an attested condition (Vietnamese): attested, attested as not met, or not attested. */
    public String attestationVi(AttestedCondition condition, List<?> absentMeans) {
        Boolean a = attested.get(condition);
        String what = condition.vi();
        String cap = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (a != null) {
            return a ? cap + " (được xác nhận)" : "Được xác nhận là chưa đạt: " + what;
        }
        return absentMeans != null && absentMeans.contains("MET")
                ? "Chưa được xác nhận: " + what + "; theo hồ sơ tham số của tỉnh, thiếu xác nhận được coi là đạt"
                : "Chưa được xác nhận: " + what;
    }

    /** English counterpart of {@link #attestationVi}. */
    public String attestationEn(AttestedCondition condition, List<?> absentMeans) {
        Boolean a = attested.get(condition);
        String what = condition.en();
        if (a != null) {
            return a ? "Attested: " + what : "Attested as not met: " + what;
        }
        return absentMeans != null && absentMeans.contains("MET")
                ? "Not attested: " + what + "; the province's profile treats a missing attestation as met"
                : "Not attested: " + what;
    }

    /** The dated procedures recorded against the unit (discipline review, inspection, complaint...). */
    public List<ExclusionFact> getExclusions() {
        return exclusions;
    }

    /** The dated procedures that had started by {@code date} (a later one is not considered at all). */
    public List<ExclusionFact> exclusionsStartedBy(LocalDate date) {
        return exclusions.stream().filter(x -> !date.isBefore(x.from())).toList();
    }

    public boolean isHasExclusions() {
        return !exclusions.isEmpty();
    }

    public UnitId getUnitId() {
        return unit;
    }

    public String getName() {
        return name;
    }

    /** Rank in the bloc, 1 = best; unique. */
    public int getRank() {
        return rank;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** Whether the unit heads the bloc this year. */
    public boolean isCurrentHead() {
        return currentHead;
    }

    /** Whether the unit is the bloc's deputy this year. */
    public boolean isCurrentDeputy() {
        return currentDeputy;
    }

    /** This year's facts, or null when the scenario gives none (not at YEAR_END, which requires them). */
    public UnitYearFacts getFacts() {
        return facts;
    }

    public boolean isHasFacts() {
        return facts != null;
    }

    public MemberStatistics getStats() {
        return facts == null ? null : facts.members();
    }

    /** This year's task rating, or null when not given. */
    public TaskRating getRating() {
        return ratings.get(year);
    }

    /** The rating of {@code ratingYear}, or null. */
    public TaskRating ratingOf(int ratingYear) {
        return ratings.get(ratingYear);
    }

    /** Whether this year's rating is at least {@code min}. */
    public boolean ratedAtLeast(TaskRating min) {
        TaskRating r = getRating();
        return r != null && r.atLeast(min);
    }

    /**
     * The first year whose achievements count: after a served discipline period, achievements count only from
     * its end (Nghị định 98/2023/NĐ-CP, Điều 4, khoản 4). A period ending on 1 January leaves that year whole.
     */
    public int firstCountableYear() {
        LocalDate end = facts == null ? null : facts.disciplineEndedOn();
        if (end == null) {
            return Integer.MIN_VALUE;
        }
        return MonthDay.from(end).equals(MonthDay.of(1, 1)) ? end.getYear() : end.getYear() + 1;
    }

    /** Consecutive years rated EXCELLENT ending with {@code endYear}, counting only countable years. */
    public int consecutiveExcellentYears(int endYear) {
        int first = firstCountableYear();
        int n = 0;
        for (int y = endYear; y >= first && ratings.get(y) == TaskRating.EXCELLENT; y--) {
            n++;
        }
        return n;
    }

    /** The achievement year under review. */
    public int getYear() {
        return year;
    }

    /** Granted regular awards of {@code type} for achievement years in [from, to] (irregular/thematic never count). */
    public int meritAwards(AwardType type, int from, int to) {
        return (int) history.stream().filter(AwardRecord::countsForMerit)
                .filter(a -> a.award() == type && a.achievementYear() >= from && a.achievementYear() <= to).count();
    }

    /** Achievement year of the latest granted regular award of {@code type}, or 0 if none. */
    public int lastMeritAwardYear(AwardType type) {
        return history.stream().filter(AwardRecord::countsForMerit).filter(a -> a.award() == type)
                .mapToInt(AwardRecord::achievementYear).max().orElse(0);
    }

    /**
     * Whether a state-level form was already granted, or is proposed or pending, for {@code achievementYear}
     * (irregular awards excepted: Thông tư 12/2019/TT-BNV). A pending proposal counts: within one year a subject is
     * not proposed for two state-level forms (Thông tư 08/2017/TT-BNV).
     */
    public boolean hasStateLevelAwardFor(int achievementYear) {
        return stateLevelRecordFor(achievementYear) != null;
    }

    /** The state-level award granted, proposed or pending for {@code achievementYear}, or null. */
    public AwardType stateLevelAwardFor(int achievementYear) {
        AwardRecord r = stateLevelRecordFor(achievementYear);
        return r == null ? null : r.award();
    }

    /** The record of {@link #stateLevelAwardFor}: a granted one first, else a proposed or pending one; or null. */
    public AwardRecord stateLevelRecordFor(int achievementYear) {
        AwardRecord open = null;
        for (AwardRecord a : history) {
            if (a.kind() == AwardKind.IRREGULAR || !a.award().isStateLevel() || a.achievementYear() != achievementYear) {
                continue;
            }
            if (a.status() == AwardStatus.GRANTED) {
                return a;
            }
            if (a.status().isOpen() && open == null) {
                open = a;
            }
        }
        return open;
    }

    /** "Đã nhận …" / "Đang đề nghị …" for the state-level record of the year (Vietnamese), or null. */
    public String stateLevelHeldVi(int achievementYear) {
        AwardRecord r = stateLevelRecordFor(achievementYear);
        if (r == null) {
            return null;
        }
        String what = switch (r.status()) {
            case GRANTED -> "Đã nhận ";
            case PENDING -> "Đang chờ cấp có thẩm quyền xét ";
            default -> "Đã được đề nghị ";
        };
        return what + r.award().vi() + " cho năm " + achievementYear;
    }

    /** English counterpart of {@link #stateLevelHeldVi}. */
    public String stateLevelHeldEn(int achievementYear) {
        AwardRecord r = stateLevelRecordFor(achievementYear);
        if (r == null) {
            return null;
        }
        String what = switch (r.status()) {
            case GRANTED -> "Already received the ";
            case PENDING -> "Pending with the deciding authority: the ";
            default -> "Already proposed for the ";
        };
        return what + r.award().en() + " for " + achievementYear;
    }

    @Override
    public String toString() {
        return unit + "#" + rank;
    }
}
