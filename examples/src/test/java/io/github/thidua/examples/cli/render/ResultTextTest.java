package io.github.thidua.examples.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTextTest {
    private static final Reason REFUSED = reason("PF17_NOT_ELIGIBLE", "Chưa đạt đủ tiêu chuẩn Cờ thi đua cấp tỉnh",
            "Does not meet every standard of the Provincial Emulation Flag");
    private static final Reason TARGETS = reason("PF17_TARGETS_EXCEEDED",
            "Chưa hoàn thành vượt mức chỉ tiêu thi đua, nhiệm vụ được giao", "Targets not exceeded");
    private static final Reason COMPLAINT = reason("EXCL17_PENDING_REVIEW_TT12",
            "Đơn vị đang xác minh đơn khiếu nại, tố cáo", "A complaint against the unit is being verified");

    @Test
    void aRefusalShowsItsUnmetConditionsAndTheDecidingRule() {
        Decision d = new Decision(new UnitId("hoi-nha-bao"), AwardType.PROVINCIAL_FLAG, Outcome.NOT_ELIGIBLE,
                List.of(REFUSED), List.of(TARGETS, COMPLAINT));

        assertThat(new ResultText(Lang.VI).reasonCell(d, 200)).isEqualTo("Chưa hoàn thành vượt mức chỉ tiêu thi đua,"
                + " nhiệm vụ được giao; Đơn vị đang xác minh đơn khiếu nại, tố cáo [PF17_NOT_ELIGIBLE]");
        assertThat(new ResultText(Lang.EN).reasonCell(d, 200))
                .isEqualTo("Targets not exceeded; A complaint against the unit is being verified [PF17_NOT_ELIGIBLE]");
    }

    @Test
    void aLongReasonIsShortenedToTwoLinesButKeepsItsRuleId() {
        Decision d = new Decision(new UnitId("hoi-nha-bao"), AwardType.PROVINCIAL_FLAG, Outcome.NOT_ELIGIBLE,
                List.of(REFUSED), List.of(TARGETS, COMPLAINT));

        String cell = new ResultText(Lang.VI).reasonCell(d, 30);

        assertThat(TextTable.wrap(cell, 30)).hasSize(2);
        assertThat(cell).startsWith("Chưa hoàn thành").contains("…").endsWith(" [PF17_NOT_ELIGIBLE]");
    }

    @Test
    void anAwardShowsItsFirstReason() {
        Decision d = new Decision(new UnitId("hoi-vhnt"), AwardType.PROVINCIAL_FLAG, Outcome.RECOMMENDED,
                List.of(reason("DECIDE_HIGHEST_AWARD", "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh", "Recommended"),
                        TARGETS),
                List.of());

        assertThat(new ResultText(Lang.VI).reasonCell(d, 120))
                .isEqualTo("Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh [DECIDE_HIGHEST_AWARD]");
    }

    private static Reason reason(String id, String vi, String en) {
        return new Reason(id, "test", Certainty.CONFIRMED, vi, en);
    }
}
