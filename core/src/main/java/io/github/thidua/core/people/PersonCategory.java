package io.github.thidua.core.people;

/** What kind of working relationship a person has with the agency; some standards differ by category. */
public enum PersonCategory {
    CIVIL_SERVANT("công chức", "civil servant"),
    PUBLIC_EMPLOYEE("viên chức", "public employee"),
    WORKER("người lao động", "worker"),
    ARMED_FORCES("lực lượng vũ trang", "armed forces"),
    OTHER("khác", "other");

    private final String vi;
    private final String en;

    PersonCategory(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
