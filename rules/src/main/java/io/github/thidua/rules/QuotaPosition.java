package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import java.util.Objects;

/**
 * Where one unit stands under one quota, as the quota rule recorded it.
 *
 * @param quota  the quota
 * @param unit   the unit
 * @param place  the unit's place among the quota's candidates in rank order (1 = first), or null when it was not
 *               a candidate (set aside, not considered…)
 * @param of     how many candidates the quota had, or null with {@code place}
 * @param status inside, outside, or not counted
 * @param reason the quota rule's reason for this unit, or, for a unit it did not place, the reason of the unit's
 *               decision on the quota's award; null when there is none
 */
public record QuotaPosition(QuotaKind quota, UnitId unit, Integer place, Integer of, Status status, Reason reason) {
    public QuotaPosition {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
    }

    /** Where a unit stands under a quota. */
    public enum Status {
        /** Placed within the limit. */
        WITHIN("trong chỉ tiêu", "within the limit"),
        /** Placed beyond the limit. */
        OUTSIDE("ngoài chỉ tiêu", "outside the limit"),
        /** Not counted: the same achievement goes to a higher award. */
        SUPERSEDED("không tính (đã có hình thức cao hơn)", "not counted (a higher award)"),
        /** Not a candidate: the award's standard is not met. */
        NOT_CANDIDATE("không xét (chưa đạt tiêu chuẩn)", "not a candidate (standard not met)"),
        /** Eligible but never put to this quota (e.g. not proposed by the bloc for the province's cap). */
        NOT_CONSIDERED("không xét", "not considered"),
        /** The award was not decided at this stage. */
        NOT_DECIDED("không xét ở kỳ này", "not decided at this stage");

        private final String vi;
        private final String en;

        Status(String vi, String en) {
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
}
