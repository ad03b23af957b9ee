package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.Authority;
import io.github.thidua.core.law.AwardType;
import java.util.List;

/**
 * The appraisal (thẩm định) of one recorded proposal: the bloc's (or council's) decision checked against the law.
 * The engine never replaces the decision; it says whether it stands and why.
 *
 * @param unit        the unit proposed
 * @param award       the award proposed
 * @param kind        the verdict
 * @param reasons     why: every check made, with its rule, citation and certainty (problems first)
 * @param unmet       the legal conditions not met (for {@link Kind#NOT_ELIGIBLE})
 * @param authority   who decides the award
 * @param authorityId the authority catalogue line ({@code AuthorityCatalogue}) used
 * @param suggested   what the engine would have suggested for this unit and award (its outcome), or null
 */
public record Verdict(UnitId unit, AwardType award, Kind kind, List<Reason> reasons, List<Reason> unmet,
                      Authority authority, String authorityId, Outcome suggested) {
    public Verdict {
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
    }

    /** The verdict on a proposal. */
    public enum Kind {
        VALID("hợp lệ", "valid"),
        NOT_WITHIN_POWER("không thuộc thẩm quyền đề nghị của khối", "not within the bloc's power"),
        NOT_ELIGIBLE("không đủ điều kiện", "not eligible"),
        ONE_ACHIEVEMENT_ONE_FORM("trùng hình thức cho cùng một thành tích", "several forms for one achievement"),
        VOTE_BELOW_THRESHOLD("số phiếu dưới ngưỡng", "vote below the threshold"),
        OVER_QUOTA("vượt số lượng cho phép", "over the quota");

        private final String vi;
        private final String en;

        Kind(String vi, String en) {
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
