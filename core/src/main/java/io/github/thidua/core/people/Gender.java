package io.github.thidua.core.people;

/** Gender as the legal priority rules need it (women get priority on ties; collectives count their women). */
public enum Gender {
    FEMALE("nữ", "female"),
    MALE("nam", "male");

    private final String vi;
    private final String en;

    Gender(String vi, String en) {
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
