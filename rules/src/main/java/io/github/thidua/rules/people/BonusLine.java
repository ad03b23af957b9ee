package io.github.thidua.rules.people;

/**
 * The cash bonus of one recommended title or form: multiple × the base salary in force on the decision date,
 * rounded up to the next 10 000 VND.
 *
 * @param subject    the person's id, or the unit's id for a collective title
 * @param name       the person's or unit's name
 * @param award      the award's name in Vietnamese
 * @param awardEn    the award's name in English
 * @param multiple   the multiple of the base salary, or null when not confirmed (then no amount)
 * @param baseSalary the base salary in VND, or null when none is confirmed for the date
 * @param amount     the amount in VND, or null when it cannot be computed; 0 when not paid (see note)
 * @param basis      the provisions
 * @param note       why the amount is absent or zero, or a remark; null otherwise
 */
public record BonusLine(String subject, String name, String award, String awardEn, java.math.BigDecimal multiple,
                        Long baseSalary, Long amount, String basis, String note) {
}
