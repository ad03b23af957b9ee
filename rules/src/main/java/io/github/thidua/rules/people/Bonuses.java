package io.github.thidua.rules.people;

import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import io.github.thidua.rules.Decision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bonus amounts: multiple × the base salary in force on the decision date, rounded up to the next 10 000 VND
 * (Nghị định 152/2025/NĐ-CP, Điều 49, khoản 1–2, Điều 50, 54; before 01/07/2025 Nghị định 98/2023/NĐ-CP, Điều 53,
 * 54). Where a multiple or the base salary is not confirmed, the line has no amount and says why.
 */
public final class Bonuses {
    /** The profile parameter holding the base salary (mức lương cơ sở) in VND, dated. */
    public static final String BASE_SALARY = "bonus.baseSalaryVnd";
    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);
    private static final LocalDate DECREE_98_FROM = LocalDate.of(2024, 1, 15);

    private static final Map<IndividualAward, BigDecimal> INDIVIDUAL = new EnumMap<>(Map.of(
            IndividualAward.NATIONAL_FIGHTER, new BigDecimal("4.5"),
            IndividualAward.PROVINCIAL_FIGHTER, new BigDecimal("3.0"),
            IndividualAward.GRASSROOTS_FIGHTER, new BigDecimal("1.0"),
            IndividualAward.ADVANCED_LABOUR, new BigDecimal("0.3")));
    private static final Map<AwardType, BigDecimal> COLLECTIVE = new EnumMap<>(Map.of(
            AwardType.EXCELLENT_LABOUR_COLLECTIVE, new BigDecimal("1.5"),
            AwardType.ADVANCED_LABOUR_COLLECTIVE, new BigDecimal("0.8")));

    private Bonuses() {
    }

    /** {@code multiple × baseSalary}, rounded up to the next 10 000 VND. */
    public static long amount(BigDecimal multiple, long baseSalary) {
        BigDecimal raw = multiple.multiply(BigDecimal.valueOf(baseSalary));
        return raw.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).longValueExact();
    }

    /** The bonus lines of the recommended individual titles and forms and of the collective titles awarded. */
    static List<BonusLine> compute(UnitReview review, List<PersonDecision> decisions, List<Decision> collective,
                                   Profile profile) {
        LocalDate date = review.effectiveDecisionDate();
        boolean decree152 = !date.isBefore(Regime.DECREE_152_FROM);
        boolean decree98 = !decree152 && !date.isBefore(DECREE_98_FROM)
                && Regime.forAchievementYear(review.year()) == Regime.REGIME_2024;
        String multiplesBasis = decree152 ? "Nghị định 152/2025/NĐ-CP, Điều 49, khoản 1–2; Điều 50"
                : "Nghị định 98/2023/NĐ-CP, Điều 53; Điều 54";
        String samePeriod = decree152 ? "Nghị định 152/2025/NĐ-CP, Điều 49, khoản 5: cùng một thời gian, chỉ nhận tiền thưởng của danh hiệu cao nhất"
                : "Nghị định 98/2023/NĐ-CP, Điều 53 (cách hiểu: chỉ các danh hiệu khác thời gian mới cùng được thưởng)";
        Optional<ResolvedParameter> base = profile.find(BASE_SALARY, date, 1);
        Long salary = base.map(p -> p.decimalValue().longValueExact()).orElse(null);
        String salaryBasis = base.map(p -> "; " + BASE_SALARY + " = " + p.display() + " (" + p.reference() + ")").orElse("");
        List<BonusLine> lines = new ArrayList<>();
        // individuals: of the one-year titles of one person, only the highest is paid
        Map<String, IndividualAward> highestYearTitle = new java.util.HashMap<>();
        for (PersonDecision d : decisions) {
            if (d.outcome() == PersonOutcome.RECOMMENDED && oneYear(d.award())) {
                highestYearTitle.merge(d.person(), d.award(), (a, b) -> a.rank() >= b.rank() ? a : b);
            }
        }
        for (PersonDecision d : decisions) {
            if (d.outcome() != PersonOutcome.RECOMMENDED) {
                continue;
            }
            BigDecimal multiple = INDIVIDUAL.get(d.award());
            String name = d.award().vi();
            if (!decree152 && !decree98) {
                lines.add(new BonusLine(d.person(), d.name(), name, d.award().en(), null, null, null,
                        "Nghị định 91/2017/NĐ-CP", "hệ số tiền thưởng theo Nghị định 91/2017/NĐ-CP chưa được xác nhận / the Decree 91/2017 multiples are not confirmed"));
                continue;
            }
            if (multiple == null) {
                lines.add(new BonusLine(d.person(), d.name(), name, d.award().en(), null, salary, null, multiplesBasis,
                        "hệ số tiền thưởng cho cá nhân chưa được xác nhận / the multiple for individuals is not confirmed"));
                continue;
            }
            if (oneYear(d.award()) && highestYearTitle.get(d.person()) != d.award()) {
                lines.add(new BonusLine(d.person(), d.name(), name, d.award().en(), multiple, salary, 0L, samePeriod,
                        "chỉ nhận tiền thưởng " + highestYearTitle.get(d.person()).vi() + " / only the bonus of "
                                + highestYearTitle.get(d.person()).en() + " is paid"));
                continue;
            }
            lines.add(line(d.person(), d.name(), name, d.award().en(), multiple, salary, date, multiplesBasis + salaryBasis,
                    d.award() == IndividualAward.ADVANCED_LABOUR && salary != null && salary == 2_340_000L
                            ? "0,3 × 2.340.000 = 702.000 đồng, làm tròn lên 710.000 đồng (báo chí thường ghi 702.000 đồng, bỏ qua bước làm tròn) / 702,000 VND rounded up to 710,000 (news reports print 702,000, omitting the round-up)"
                            : null));
        }
        // the collective: of TTLĐTT and TTLĐXS for the same year, only the higher is paid
        boolean excellent = collective.stream().anyMatch(c -> c.award() == AwardType.EXCELLENT_LABOUR_COLLECTIVE && c.outcome().isAward());
        for (Decision c : collective) {
            BigDecimal multiple = COLLECTIVE.get(c.award());
            if (multiple == null || !c.outcome().isAward()) {
                continue;
            }
            String subject = review.unit().id().value();
            if (!decree152 && !decree98) {
                lines.add(new BonusLine(subject, review.unit().name(), c.award().vi(), c.award().en(), null, null, null,
                        "Nghị định 91/2017/NĐ-CP", "hệ số tiền thưởng theo Nghị định 91/2017/NĐ-CP chưa được xác nhận / the Decree 91/2017 multiples are not confirmed"));
            } else if (excellent && c.award() == AwardType.ADVANCED_LABOUR_COLLECTIVE) {
                lines.add(new BonusLine(subject, review.unit().name(), c.award().vi(), c.award().en(), multiple, salary, 0L,
                        samePeriod, "chỉ nhận tiền thưởng Tập thể lao động xuất sắc / only the Excellent Labour Collective bonus is paid"));
            } else {
                lines.add(line(subject, review.unit().name(), c.award().vi(), c.award().en(), multiple, salary, date,
                        (decree152 ? "Nghị định 152/2025/NĐ-CP, Điều 49, khoản 1–2; Điều 50, khoản 2" : "Nghị định 98/2023/NĐ-CP, Điều 53; Điều 54") + salaryBasis, null));
            }
        }
        return lines;
    }

    private static BonusLine line(String subject, String name, String award, String awardEn, BigDecimal multiple,
                                  Long salary, LocalDate date, String basis, String note) {
        if (salary == null) {
            return new BonusLine(subject, name, award, awardEn, multiple, null, null, basis,
                    "không có mức lương cơ sở được xác nhận cho ngày " + date + " / no confirmed base salary for " + date);
        }
        return new BonusLine(subject, name, award, awardEn, multiple, salary, amount(multiple, salary), basis, note);
    }

    private static boolean oneYear(IndividualAward a) {
        return a == IndividualAward.ADVANCED_LABOUR || a == IndividualAward.GRASSROOTS_FIGHTER;
    }

    /** The sum of the amounts computed. */
    static long total(List<BonusLine> lines) {
        return lines.stream().filter(l -> l.amount() != null).mapToLong(BonusLine::amount).sum();
    }
}
