package io.github.thidua.core.rank;

import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The tie-breaks: how each compares two standings and explains its verdict. */
enum TieBreakRule {
    FEWER_PENALTY {
        @Override
        int compare(Standing a, Standing b, Context context) {
            return a.penalty().compareTo(b.penalty());
        }

        @Override
        TieBreak explain(Standing winner, Standing loser, Context context) {
            return new TieBreak(name(), loser.unit(),
                    "Xếp trên " + loser.unit() + " do ít điểm trừ hơn ("
                            + number(winner.penalty(), true) + " so với " + number(loser.penalty(), true) + ")",
                    "Ranked ahead of " + loser.unit() + ": fewer penalty points ("
                            + number(winner.penalty(), false) + " vs " + number(loser.penalty(), false) + ")");
        }
    },
    PREVIOUS_YEAR_AWARD {
        @Override
        int compare(Standing a, Standing b, Context context) {
            return Integer.compare(precedence(a.previousAward()), precedence(b.previousAward()));
        }

        private int precedence(AwardType award) {
            return award == null ? AwardType.values().length : award.ordinal();
        }

        @Override
        TieBreak explain(Standing winner, Standing loser, Context context) {
            int previous = context.year() - 1;
            return new TieBreak(name(), loser.unit(),
                    "Xếp trên " + loser.unit() + " do có khen thưởng cao hơn cho thành tích năm " + previous + " ("
                            + awardVi(winner.previousAward()) + " so với " + awardVi(loser.previousAward()) + ")",
                    "Ranked ahead of " + loser.unit() + ": higher award for " + previous + " ("
                            + awardEn(winner.previousAward()) + " vs " + awardEn(loser.previousAward()) + ")");
        }

        private String awardVi(AwardType award) {
            return award == null ? "không có" : award.vi();
        }

        private String awardEn(AwardType award) {
            return award == null ? "none" : award.en();
        }
    },
    WOMEN_PRIORITY {
        @Override
        int compare(Standing a, Standing b, Context context) {
            return Boolean.compare(!prioritised(a, context), !prioritised(b, context));
        }

        @Override
        TieBreak explain(Standing winner, Standing loser, Context context) {
            String threshold = number(context.womenPriorityShare().movePointRight(2), false);
            String thresholdVi = number(context.womenPriorityShare().movePointRight(2), true);
            return new TieBreak(name(), loser.unit(),
                    "Xếp trên " + loser.unit() + " do được ưu tiên là tập thể có từ " + thresholdVi
                            + "% nữ trở lên (" + share(winner.members(), true) + " so với "
                            + share(loser.members(), true) + ")",
                    "Ranked ahead of " + loser.unit() + ": priority for collectives with at least " + threshold
                            + "% women (" + share(winner.members(), false) + " vs " + share(loser.members(), false) + ")");
        }

        /** The share in percent, truncated to one decimal so that a share below the threshold never shows as reaching it. */
        private String share(MemberStatistics members, boolean vi) {
            if (members == null) {
                return vi ? "không có số liệu" : "no data";
            }
            BigDecimal percent = BigDecimal.valueOf(members.women()).movePointRight(2)
                    .divide(BigDecimal.valueOf(members.headcount()), 1, RoundingMode.DOWN);
            return number(percent, vi) + "%";
        }
    },
    UNIT_ID {
        @Override
        int compare(Standing a, Standing b, Context context) {
            return a.unit().compareTo(b.unit());
        }

        @Override
        TieBreak explain(Standing winner, Standing loser, Context context) {
            return new TieBreak(name(), loser.unit(),
                    "Xếp trên " + loser.unit() + " theo thứ tự mã đơn vị vì các tiêu chí phụ khác bằng nhau ("
                            + winner.unit() + " trước " + loser.unit() + ")",
                    "Ranked ahead of " + loser.unit() + ": unit id order, the other tie-breaks being equal ("
                            + winner.unit() + " before " + loser.unit() + ")");
        }
    };

    /** Negative when {@code a} ranks ahead of {@code b} by this tie-break, zero when it does not separate them. */
    abstract int compare(Standing a, Standing b, Context context);

    /** The explanation of {@code winner} being ranked ahead of {@code loser} by this tie-break. */
    abstract TieBreak explain(Standing winner, Standing loser, Context context);

    /** Whether the unit's share of women reaches the threshold; exact arithmetic, no rounding. */
    static boolean prioritised(Standing s, Context context) {
        MemberStatistics m = s.members();
        return m != null && BigDecimal.valueOf(m.women())
                .compareTo(context.womenPriorityShare().multiply(BigDecimal.valueOf(m.headcount()))) >= 0;
    }

    /** A number as plain text, with a decimal comma in Vietnamese. */
    static String number(BigDecimal value, boolean vi) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return vi ? plain.replace('.', ',') : plain;
    }

    /** What the tie-breaks need beyond the standings. */
    interface Context {
        /** The achievement year of the review. */
        int year();

        /** The share of women (0..1) from which a collective has priority; looked up on first use. */
        BigDecimal womenPriorityShare();
    }
}
