package io.github.thidua.rules;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import java.util.List;

/**
 * The provincial council's decision on one bloc proposal, as recorded by its ballot and choice, checked against
 * the thresholds in force on the session date; or, without a recorded session, the engine's suggestion, labelled.
 *
 * @param bloc    the proposing bloc
 * @param unit    the unit
 * @param award   the award
 * @param kind    the verdict
 * @param reasons why, with rule, citation and certainty
 */
public record CouncilVerdict(BlocId bloc, UnitId unit, AwardType award, Kind kind, List<Reason> reasons) {
    public CouncilVerdict {
        reasons = List.copyOf(reasons);
    }

    /** Whether the proposal goes on (passed, kept or forwarded). */
    public boolean passed() {
        return kind == Kind.PASSED || kind == Kind.KEPT || kind == Kind.FORWARDED;
    }

    public enum Kind {
        PASSED("được thông qua", "passed"),
        KEPT("được Hội đồng giữ lại trong giới hạn", "kept by the council within the cap"),
        FORWARDED("được Hội đồng trình Thủ tướng", "forwarded by the council to the Prime Minister"),
        BELOW_THRESHOLD("số phiếu dưới ngưỡng, không được thông qua", "ballot below the threshold, not passed"),
        NO_QUORUM("phiên họp không đủ số thành viên dự, không được thông qua", "session below the attendance rule, not passed"),
        NOT_CHOSEN("Hội đồng không chọn", "not chosen by the council"),
        OVER_CAP("vượt tỷ lệ tối đa toàn tỉnh", "over the province-wide cap"),
        NO_BALLOT("chưa có phiếu của Hội đồng", "no council ballot recorded"),
        SUGGESTED("gợi ý (chưa có phiên họp Hội đồng được ghi nhận)", "suggestion (no council session recorded)");

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
