package io.github.thidua.examples.xlsx;

import io.github.thidua.core.AgencyKind;
import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.ExclusionKind;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.TermMethod;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.law.AwardType;
import java.util.Arrays;
import java.util.List;

/**
 * The layout of a bloc review workbook: which sheet holds which part of the scenario format
 * (docs/scenario-format.md), and the column of every field. One sheet of fields ({@value #FIELDS_SHEET}: one row
 * per field of the review, the bloc, the term, the pact, the scheme, the election and the decisions) and one sheet
 * per list (members, criteria, scores, ratings, facts, award history, votes, pact, decisions, exclusions,
 * attestations), one row per element. A column's header is {@code Label (key)}: the key is the field's path in the
 * scenario format, relative to the element ({@code managingAgency/kind}).
 */
final class WorkbookLayout {
    /** The sheet of single fields. */
    static final String FIELDS_SHEET = "Khối";
    /** The sheet of instructions; never read. */
    static final String HELP_SHEET = "Hướng dẫn";

    /** The type of a cell. */
    enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, ENUM }

    /**
     * One field: its key (a path such as {@code bloc/name}), its Vietnamese label, its type, the values of an
     * enumeration, and whether it is required (for the template's marks only: the scenario reader decides).
     */
    record Field(String key, String label, Type type, List<String> values, boolean required) {
        String header() {
            return label + " (" + key + ")";
        }
    }

    /**
     * One list sheet: the sheet's name, the array's path in the document ({@code scheme/criteria}); for the scores,
     * {@code groupBy} names the column that groups rows into the elements of the outer array ({@code scorecards},
     * each with its {@code scores}).
     */
    record ListSheet(String name, String path, String groupBy, String innerArray, List<Field> fields, String note) {
        /** Whether the elements are plain strings (one column), e.g. the pact's signatories. */
        boolean scalar() {
            return fields.size() == 1 && fields.get(0).key().isEmpty();
        }
    }

    static final List<Field> FIELDS = List.of(
            f("stage", "Giai đoạn", Type.ENUM, Stage.class, true),
            f("year", "Năm thi đua", Type.INTEGER, true),
            f("reviewDate", "Ngày họp", Type.DATE, false),
            f("province", "Tỉnh", Type.TEXT, true),
            f("profile", "Bộ tham số", Type.TEXT, true),
            f("bloc/id", "Mã khối", Type.TEXT, true),
            f("bloc/name", "Tên khối", Type.TEXT, true),
            f("bloc/kind", "Loại khối", Type.ENUM, BlocKind.class, true),
            f("bloc/organiser", "Cơ quan tổ chức", Type.TEXT, false),
            f("illustrative", "Dữ liệu minh họa", Type.BOOLEAN, false),
            f("note", "Ghi chú", Type.TEXT, false),
            f("dossierReceivedDate", "Ngày nhận hồ sơ", Type.DATE, false),
            f("term/year", "Nhiệm kỳ: năm", Type.INTEGER, false),
            f("term/head", "Nhiệm kỳ: Trưởng khối (mã)", Type.TEXT, false),
            f("term/deputy", "Nhiệm kỳ: Phó khối (mã)", Type.TEXT, false),
            f("term/method", "Nhiệm kỳ: cách chọn", Type.ENUM, TermMethod.class, false),
            f("pact/year", "Giao ước: năm", Type.INTEGER, false),
            f("pact/signedOn", "Giao ước: ngày ký", Type.DATE, false),
            f("scheme/maxBase", "Thang điểm: điểm tối đa", Type.DECIMAL, false),
            f("scheme/bonusCap", "Thang điểm: điểm thưởng tối đa", Type.DECIMAL, false),
            f("scheme/penaltyCap", "Thang điểm: điểm trừ tối đa", Type.DECIMAL, false),
            f("election/head", "Bầu: Trưởng khối năm sau (mã)", Type.TEXT, false),
            f("election/deputy", "Bầu: Phó khối năm sau (mã)", Type.TEXT, false),
            f("decisions/source", "Kết quả bình xét: nguồn", Type.TEXT, false));

    private static final Field UNIT = f("unit", "Mã đơn vị", Type.TEXT, true);

    static final List<ListSheet> LISTS = List.of(
            new ListSheet("Đơn vị", "members", null, null, List.of(
                    f("id", "Mã đơn vị", Type.TEXT, true),
                    f("name", "Tên đơn vị", Type.TEXT, true),
                    f("kind", "Loại đơn vị", Type.ENUM, UnitKind.class, true),
                    f("managingAgency/kind", "Cơ quan quản lý: loại", Type.ENUM, AgencyKind.class, false),
                    f("managingAgency/name", "Cơ quan quản lý: tên", Type.TEXT, false),
                    f("unitReview/file", "Tệp bình xét cá nhân (.json)", Type.TEXT, false)),
                    "Thành viên của khối: mã (chữ, số, '-'), tên đầy đủ, loại."),
            new ListSheet("Tiêu chí", "scheme/criteria", null, null, List.of(
                    f("id", "Mã tiêu chí", Type.TEXT, true),
                    f("group", "Nhóm", Type.TEXT, true),
                    f("name", "Tên tiêu chí", Type.TEXT, true),
                    f("kind", "Loại", Type.ENUM, CriterionKind.class, true),
                    f("max", "Điểm tối đa", Type.DECIMAL, true)),
                    "Các tiêu chí chấm điểm của khối."),
            new ListSheet("Điểm", "scorecards", "unit", "scores", List.of(
                    UNIT,
                    f("criterion", "Mã tiêu chí", Type.TEXT, true),
                    f("self", "Tự chấm", Type.DECIMAL, true),
                    f("assessed", "Khối chấm", Type.DECIMAL, false)),
                    "Một dòng cho mỗi đơn vị và tiêu chí: điểm tự chấm và điểm khối chấm (nếu có)."),
            new ListSheet("Xếp loại", "ratings", null, null, List.of(
                    UNIT,
                    f("year", "Năm", Type.INTEGER, true),
                    f("rating", "Xếp loại", Type.ENUM, TaskRating.class, true)),
                    "Xếp loại mức độ hoàn thành nhiệm vụ của từng đơn vị theo năm."),
            new ListSheet("Số liệu", "facts", null, null, List.of(
                    UNIT,
                    f("year", "Năm", Type.INTEGER, true),
                    f("targetsExceeded", "Vượt chỉ tiêu", Type.BOOLEAN, true),
                    f("partyCleanStrong", "Tổ chức đảng trong sạch, vững mạnh", Type.BOOLEAN, true),
                    f("solidarity", "Nội bộ đoàn kết", Type.BOOLEAN, true),
                    f("underDisciplineReview", "Đang xem xét kỷ luật", Type.BOOLEAN, false),
                    f("underInvestigation", "Đang bị điều tra", Type.BOOLEAN, false),
                    f("pendingComplaint", "Có khiếu nại chưa giải quyết", Type.BOOLEAN, false),
                    f("pressIssueUnderVerification", "Báo chí phản ánh đang xác minh", Type.BOOLEAN, false),
                    f("disciplineEndedOn", "Hết thời hạn kỷ luật", Type.DATE, false),
                    f("partyOrganisationExcellent", "Tổ chức đảng hoàn thành xuất sắc nhiệm vụ (đơn vị xác nhận)",
                            Type.BOOLEAN, false),
                    f("members/headcount", "Tổng số người", Type.INTEGER, true),
                    f("members/completedTasks", "Số hoàn thành nhiệm vụ", Type.INTEGER, true),
                    f("members/advancedLabour", "Số Lao động tiên tiến", Type.INTEGER, true),
                    f("members/emulationFighters", "Số Chiến sĩ thi đua", Type.INTEGER, true),
                    f("members/disciplinedWarningOrAbove", "Số bị kỷ luật từ khiển trách", Type.INTEGER, true),
                    f("members/women", "Số nữ", Type.INTEGER, false)),
                    "Số liệu trong năm của từng đơn vị (bắt buộc ở kỳ tổng kết YEAR_END)."),
            new ListSheet("Khen thưởng đã có", "history", null, null, List.of(
                    UNIT,
                    f("award", "Hình thức", Type.ENUM, AwardType.class, true),
                    f("achievementYear", "Năm thành tích", Type.INTEGER, true),
                    f("decision/number", "Số quyết định", Type.TEXT, false),
                    f("decision/date", "Ngày quyết định", Type.DATE, false),
                    f("kind", "Loại khen thưởng", Type.ENUM, AwardKind.class, true),
                    f("status", "Tình trạng", Type.ENUM, AwardStatus.class, true),
                    f("periodFrom", "Thành tích từ năm", Type.INTEGER, false)),
                    "Khen thưởng các năm trước (để xét điều kiện liên tục)."),
            new ListSheet("Biểu quyết", "votes", null, null, List.of(
                    UNIT,
                    f("award", "Hình thức", Type.ENUM, AwardType.class, true),
                    f("for", "Tán thành", Type.INTEGER, true),
                    f("against", "Không tán thành", Type.INTEGER, true),
                    f("present", "Có mặt", Type.INTEGER, true),
                    f("members", "Tổng số thành viên", Type.INTEGER, true)),
                    "Kết quả bỏ phiếu suy tôn từng đơn vị cho từng hình thức."),
            new ListSheet("Ký giao ước", "pact/signatories", null, null, List.of(
                    f("", "Mã đơn vị đã ký", Type.TEXT, true)),
                    "Các đơn vị đã ký giao ước thi đua."),
            new ListSheet("Chỉ tiêu giao ước", "pact/targets", null, null, List.of(
                    UNIT,
                    f("description", "Nội dung", Type.TEXT, true)),
                    "Chỉ tiêu đăng ký trong giao ước."),
            new ListSheet("Dẫn đầu", "decisions/leaders", null, null, List.of(
                    f("", "Mã đơn vị dẫn đầu", Type.TEXT, true)),
                    "Các đơn vị khối đã bình xét dẫn đầu (theo thứ tự)."),
            new ListSheet("Đề nghị", "decisions/proposals", null, null, List.of(
                    UNIT,
                    f("award", "Hình thức", Type.ENUM, AwardType.class, true),
                    f("vote/for", "Tán thành", Type.INTEGER, false),
                    f("vote/against", "Không tán thành", Type.INTEGER, false),
                    f("vote/present", "Có mặt", Type.INTEGER, false),
                    f("vote/members", "Tổng số thành viên", Type.INTEGER, false),
                    f("vote/written", "Ý kiến bằng văn bản", Type.INTEGER, false),
                    f("note", "Ghi chú", Type.TEXT, false)),
                    "Các đề nghị khen thưởng khối đã quyết định, với kết quả biểu quyết."),
            new ListSheet("Loại trừ", "exclusions", null, null, List.of(
                    UNIT,
                    f("kind", "Lý do", Type.ENUM, ExclusionKind.class, true),
                    f("from", "Từ ngày", Type.DATE, true),
                    f("to", "Đến ngày", Type.DATE, false),
                    f("violationFound", "Có vi phạm", Type.BOOLEAN, false),
                    f("note", "Ghi chú", Type.TEXT, false)),
                    "Các trường hợp không xét hoặc tạm dừng xét."),
            new ListSheet("Xác nhận", "attestations", null, null, List.of(
                    UNIT,
                    f("year", "Năm", Type.INTEGER, true),
                    f("condition", "Điều kiện", Type.ENUM, AttestedCondition.class, true),
                    f("met", "Đạt", Type.BOOLEAN, true),
                    f("evidence", "Căn cứ", Type.TEXT, false)),
                    "Xác nhận của cơ quan có thẩm quyền về từng điều kiện."));

    private WorkbookLayout() {
    }

    private static Field f(String key, String label, Type type, boolean required) {
        return new Field(key, label, type, List.of(), required);
    }

    private static Field f(String key, String label, Type type, Class<? extends Enum<?>> values, boolean required) {
        return new Field(key, label, type, Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(),
                required);
    }
}
