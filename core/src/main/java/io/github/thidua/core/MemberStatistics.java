package io.github.thidua.core;

/**
 * Counts of a collective's individual members for the year, as the collective titles need them
 * (Luật 06/2022/QH15, Điều 27–28; Luật 2003/2013, Điều 27–28).
 *
 * @param headcount                 members (cá nhân) of the collective, at least 1
 * @param completedTasks            members who completed their tasks
 * @param advancedLabour            holders of the Lao động tiên tiến title
 * @param emulationFighters         holders of the Chiến sĩ thi đua cơ sở title
 * @param disciplinedWarningOrAbove members disciplined at "cảnh cáo" or above during the year
 * @param women                     women members
 */
public record MemberStatistics(int headcount, int completedTasks, int advancedLabour, int emulationFighters,
                               int disciplinedWarningOrAbove, int women) {
    public MemberStatistics {
        if (headcount < 1) {
            throw new IllegalArgumentException("headcount must be at least 1, was " + headcount);
        }
        within(completedTasks, headcount, "members completing tasks");
        within(advancedLabour, headcount, "Lao động tiên tiến holders");
        within(emulationFighters, headcount, "Chiến sĩ thi đua cơ sở holders");
        within(disciplinedWarningOrAbove, headcount, "members disciplined at warning or above");
        within(women, headcount, "women members");
    }

    private static void within(int count, int headcount, String what) {
        Checks.nonNegative(count, what);
        if (count > headcount) {
            throw new IllegalArgumentException(what + " (" + count + ") exceed the headcount (" + headcount + ")");
        }
    }

    /** Share of women among members, 0..1. */
    public double shareOfWomen() {
        return (double) women / headcount;
    }

    /** Percentage of members holding Lao động tiên tiến, 0..100. */
    public double percentAdvancedLabour() {
        return 100.0 * advancedLabour / headcount;
    }

    /** Percentage of members who completed their tasks, 0..100. */
    public double percentCompleted() {
        return 100.0 * completedTasks / headcount;
    }
}
