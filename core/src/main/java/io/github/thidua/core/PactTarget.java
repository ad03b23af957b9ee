package io.github.thidua.core;

/** A target a member registered with the head when signing the pact (đăng ký chỉ tiêu thi đua). */
public record PactTarget(UnitId unit, String description) {
    public PactTarget {
        Checks.notNull(unit, "target unit");
        Checks.notBlank(description, "target description");
    }
}
