package io.github.thidua.rules;

import io.github.thidua.core.law.AwardType;

/** A quota of a bloc or a province that a unit is placed inside or outside of by the quota rules. */
public enum QuotaKind {
    /** The bloc's leaders ({@code bloc.leaderCount}): only leaders receive an emulation flag. */
    LEADERS(AwardType.PROVINCIAL_FLAG, "Đơn vị dẫn đầu khối (Cờ thi đua cấp tỉnh)", "Bloc leaders (provincial flag)"),
    /** The bloc's Government-flag proposals ({@code bloc.governmentFlagMax}). */
    GOVERNMENT_FLAG(AwardType.GOVERNMENT_FLAG, "Đề nghị Cờ thi đua của Chính phủ (khối)",
            "Government-flag proposals (bloc)"),
    /** The bloc's provincial certificates: floor({@code bloc.certificateShare} × members). */
    CERTIFICATES(AwardType.PROVINCIAL_CERTIFICATE, "Chỉ tiêu Bằng khen của Chủ tịch UBND tỉnh",
            "Provincial certificate quota"),
    /** The province's Government flags: floor({@code province.governmentFlagShare} × bloc leaders). */
    PROVINCE_GOVERNMENT_FLAG(AwardType.GOVERNMENT_FLAG, "Tỷ lệ Cờ thi đua của Chính phủ toàn tỉnh",
            "Province-wide Government-flag cap");

    private final AwardType award;
    private final String vi;
    private final String en;

    QuotaKind(AwardType award, String vi, String en) {
        this.award = award;
        this.vi = vi;
        this.en = en;
    }

    /** The award whose cases the quota decides. */
    public AwardType award() {
        return award;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** The quotas that bear on an award: its own, and the leaders' for both flags. */
    public boolean bearsOn(AwardType a) {
        return award == a || this == LEADERS && a == AwardType.GOVERNMENT_FLAG;
    }
}
