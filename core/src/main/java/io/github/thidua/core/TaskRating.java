package io.github.thidua.core;

/**
 * The annual task-completion rating of a collective (đánh giá, xếp loại mức độ hoàn thành nhiệm vụ),
 * needed by the excellent-labour-collective title and the certificate streak rules.
 */
public enum TaskRating {
    EXCELLENT("hoàn thành xuất sắc nhiệm vụ", "completed tasks excellently"),
    GOOD("hoàn thành tốt nhiệm vụ", "completed tasks well"),
    COMPLETED("hoàn thành nhiệm vụ", "completed tasks"),
    NOT_COMPLETED("không hoàn thành nhiệm vụ", "did not complete tasks");

    private final String vi;
    private final String en;

    TaskRating(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** Whether this rating is at least {@code other} (EXCELLENT is the best). */
    public boolean atLeast(TaskRating other) {
        return ordinal() <= other.ordinal();
    }
}
