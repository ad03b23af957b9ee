package io.github.thidua.core.people;

/** Disciplinary sanctions (hình thức kỷ luật), mildest first. */
public enum DisciplineLevel {
    REPRIMAND("khiển trách", "reprimand"),
    WARNING("cảnh cáo", "warning"),
    SALARY_DOWNGRADE("hạ bậc lương", "salary downgrade"),
    DEMOTION("giáng chức", "demotion"),
    REMOVAL("cách chức", "removal from office"),
    DISMISSAL("buộc thôi việc", "dismissal");

    private final String vi;
    private final String en;

    DisciplineLevel(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** Whether this is "cảnh cáo" or heavier: the level the collective titles count. */
    public boolean warningOrAbove() {
        return ordinal() >= WARNING.ordinal();
    }
}
