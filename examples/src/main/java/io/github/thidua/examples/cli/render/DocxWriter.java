package io.github.thidua.examples.cli.render;

import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.law.AwardLevel;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.law.LegalSource;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.rank.RankedUnit;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.NextTerm;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.Reason;
import io.github.thidua.rules.ReviewResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The documents an emulation office files and signs after a meeting, as DOCX (Office Open XML, written with
 * Apache POI), laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) sets for administrative documents: A4 with the
 * decree's margins, Times New Roman 13–14 pt; the issuing body top left with the number and symbol under it, the
 * national title and motto top right with the place and date under it; the document's kind and subject centred;
 * the body; the signature block; the recipients ("Nơi nhận") bottom left.
 *
 * <ul>
 *   <li>For a bloc review ({@link #minutes}): the minutes of the review meeting (biên bản) with the ranking, the
 *       vote per proposal and next year's head and deputy, followed by the proposal list per award (danh sách đề
 *       nghị khen thưởng) with each unit's legal basis, as its annex.</li>
 *   <li>For a consolidation ({@link #submission}): the provincial council's submission (tờ trình) to the
 *       provincial chairman, with the proposals kept and cut under the province-wide quota and the bonus total.</li>
 * </ul>
 * Documents to sign are Vietnamese, whatever {@code --lang} says. What the data cannot fill (the document number,
 * the time and place of the meeting, the people present, signatures, amounts not in the law as encoded) is left
 * as a marked blank, a run of dots, for the office to complete by hand.
 */
public final class DocxWriter {
    /** The blank the office fills in by hand. */
    public static final String BLANK = "………";
    private static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final int SMALL = 12;
    private static final int TABLE = 12;
    /** The text width of an A4 page with the decree's margins, in twentieths of a point: 210 mm − 30 − 15. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;

    private final Fmt fmt = new Fmt(Lang.VI);
    private final ResultText text = new ResultText(Lang.VI);

    /**
     * The minutes of a bloc's review meeting with the proposal list as its annex.
     *
     * @param review the review read from the scenario
     * @param result the engine's result for it
     * @return the DOCX file's bytes
     */
    public byte[] minutes(BlocReview review, ReviewResult result) {
        return minutes(review, result, null);
    }

    /**
     * The minutes with the review's mode: in appraise mode section II lists the bloc's recorded proposals with the
     * appraisal's verdict on each; in suggest mode it says the list is thidua's suggestion.
     *
     * @param appraisal the review in its mode, or null (the suggestion, unlabelled)
     */
    public byte[] minutes(BlocReview review, ReviewResult result, io.github.thidua.rules.Appraisal appraisal) {
        text.useNames(List.of(result));
        boolean cluster = review.bloc().kind() == BlocKind.CUM;
        String bloc = result.blocName();
        String symbol = cluster ? "BB-CTĐ" : "BB-KTĐ";
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, organiser(review), bloc, BLANK + "/" + symbol, place(result.province()), result.decisionDate(), true);
            title(doc, "BIÊN BẢN", "Hội nghị " + meeting(review) + " năm " + result.year() + " của " + bloc);

            para(doc, "Thời gian: vào hồi " + BLANK + " giờ " + BLANK + ", ngày " + fmt.date(result.decisionDate())
                    + ".", false);
            para(doc, "Địa điểm: " + BLANK + BLANK + BLANK + ".", false);
            para(doc, "Thành phần: đại diện " + BLANK + "/" + review.bloc().size() + " đơn vị thành viên "
                    + (cluster ? "cụm" : "khối") + "; đại biểu mời: " + BLANK + ".", false);
            BlocTerm term = review.term();
            para(doc, "Chủ trì: " + (term == null ? BLANK : result.nameOf(term.head()) + " ("
                    + (cluster ? "Cụm trưởng" : "Trưởng khối") + ")") + ". Thư ký: " + BLANK + ".", false);
            para(doc, "Căn cứ: " + citations(result.citations()) + "; quy chế hoạt động và bảng tiêu chí chấm điểm"
                    + " thi đua của " + (cluster ? "cụm" : "khối") + ".", false);

            heading(doc, "I. KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG");
            if (result.ranking().units().isEmpty()) {
                para(doc, "Không chấm điểm, xếp hạng ở hội nghị này.", false);
            } else {
                rankingTable(doc, result);
            }

            heading(doc, "II. KẾT QUẢ BÌNH XÉT, SUY TÔN ĐỀ NGHỊ KHEN THƯỞNG");
            List<Decision> proposed = result.decisions().stream().filter(d -> d.outcome().isAward()).toList();
            if (appraisal != null && appraisal.mode() == io.github.thidua.rules.Appraisal.Mode.APPRAISE) {
                para(doc, "Hội nghị đã bình xét, biểu quyết đề nghị khen thưởng các đơn vị sau; kết quả thẩm định theo"
                        + " quy định của pháp luật:", false);
                List<String[]> rows = new ArrayList<>();
                for (io.github.thidua.rules.Verdict v : appraisal.verdicts()) {
                    Reason why = v.kind() == io.github.thidua.rules.Verdict.Kind.NOT_ELIGIBLE && !v.unmet().isEmpty()
                            ? v.unmet().get(0) : v.reasons().isEmpty() ? null : v.reasons().get(0);
                    rows.add(new String[] {Integer.toString(rows.size() + 1), result.nameOf(v.unit()),
                        text.award(v.award()), v.kind().vi(), why == null ? "" : text.message(why)
                                + " (" + why.legalBasis() + ")"});
                }
                table(doc, new String[] {"TT", "Tập thể", "Hình thức", "Thẩm định", "Lý do, căn cứ"},
                        new int[] {5, 25, 22, 15, 33}, rows);
                appraisal.differences().forEach(d -> para(doc, "- " + text.message(d) + ".", false));
            } else if (proposed.isEmpty()) {
                para(doc, "Hội nghị không đề nghị khen thưởng.", false);
            } else {
                para(doc, "Hội nghị đã bình xét, biểu quyết đề nghị khen thưởng các đơn vị sau (danh sách kèm"
                        + " theo):", false);
                voteTable(doc, result, proposed);
                if (appraisal != null) {
                    para(doc, "(Danh sách do thidua gợi ý theo xếp hạng điểm: chưa ghi nhận quyết định của hội nghị;"
                            + " hội nghị bình xét, suy tôn và quyết định.)", false);
                }
            }

            heading(doc, "III. BẦU " + (cluster ? "CỤM TRƯỞNG, CỤM PHÓ" : "TRƯỞNG KHỐI, PHÓ KHỐI") + " NĂM "
                    + (result.year() + 1));
            NextTerm next = result.nextTerm();
            if (next == null) {
                para(doc, "Không bầu ở hội nghị này.", false);
            } else {
                String how = next.elected() ? "Hội nghị thống nhất bầu" : "Theo quy chế luân phiên,";
                para(doc, how + " " + (next.head() == null ? BLANK : result.nameOf(next.head())) + " làm "
                        + (cluster ? "Cụm trưởng" : "Trưởng khối") + " và "
                        + (next.deputy() == null ? BLANK : result.nameOf(next.deputy())) + " làm "
                        + (cluster ? "Cụm phó" : "Phó khối") + " năm " + next.year() + ".", false);
            }
            if (!result.findings().isEmpty()) {
                heading(doc, "IV. NỘI DUNG CẦN LƯU Ý");
                result.findings().forEach(f -> para(doc, "- " + text.message(f) + " (" + f.legalBasis() + ").", false));
            }
            para(doc, "Biên bản kết thúc vào hồi " + BLANK + " giờ " + BLANK + " cùng ngày, đã được thông qua trước"
                    + " hội nghị và nhất trí " + BLANK + "%.", false);
            signatures(doc, new String[] {"THƯ KÝ", cluster ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI"},
                    new String[] {BLANK, term == null ? BLANK : result.nameOf(term.head())});
            recipients(doc, List.of("Ban Thi đua - Khen thưởng tỉnh;", "Các đơn vị thành viên;", "Lưu: VT."));

            if (!proposed.isEmpty()) {
                doc.createParagraph().setPageBreak(true);
                proposalList(doc, result, bloc, symbol, proposed);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The provincial council's submission to the provincial chairman after a consolidation.
     *
     * @param province the province review read from the scenario
     * @param result   the engine's consolidation
     * @return the DOCX file's bytes
     */
    public byte[] submission(ProvinceReview province, ConsolidationResult result) {
        return submission(province, result, null);
    }

    /**
     * The submission with the council's recorded ballots (a table of its verdicts) or, without a recorded session,
     * a line saying the consolidation is thidua's suggestion.
     *
     * @param council the province in its mode, or null
     */
    public byte[] submission(ProvinceReview province, ConsolidationResult result,
                             io.github.thidua.rules.CouncilAppraisal ballots) {
        text.useNames(result.blocs());
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            String council = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";
            header(doc, "UBND TỈNH " + result.province().toUpperCase(Locale.ROOT), council,
                    BLANK + "/TTr-HĐTĐKT", place(result.province()), result.decisionDate(), false);
            title(doc, "TỜ TRÌNH", "Về việc đề nghị khen thưởng cho các tập thể thuộc các khối, cụm thi đua năm "
                    + result.year());
            XWPFParagraph to = doc.createParagraph();
            to.setAlignment(ParagraphAlignment.CENTER);
            run(to, "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh " + result.province(), BODY, false, false);

            para(doc, "Căn cứ " + citations(result.citations()) + ";", false);
            para(doc, "Căn cứ kết quả bình xét, suy tôn của " + result.blocs().size() + " khối, cụm thi đua và kết"
                    + " quả họp Hội đồng Thi đua - Khen thưởng tỉnh ngày " + fmt.date(result.decisionDate()) + ",",
                    false);
            para(doc, "Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét như"
                    + " sau:", false);

            if (ballots != null && ballots.mode() == io.github.thidua.rules.Appraisal.Mode.APPRAISE) {
                heading(doc, "Kết quả bỏ phiếu của Hội đồng");
                List<String[]> rows = new ArrayList<>();
                for (io.github.thidua.rules.CouncilVerdict v : ballots.verdicts()) {
                    String name = result.blocs().stream().map(b -> b.nameOf(v.unit()))
                            .filter(n -> !n.equals(v.unit().value())).findFirst().orElse(v.unit().value());
                    Reason why = v.reasons().isEmpty() ? null : v.reasons().get(0);
                    rows.add(new String[] {Integer.toString(rows.size() + 1), name, text.award(v.award()),
                        v.kind().vi(), why == null ? "" : text.message(why)});
                }
                table(doc, new String[] {"TT", "Tập thể", "Hình thức", "Kết quả", "Lý do"},
                        new int[] {5, 25, 22, 18, 30}, rows);
            } else if (ballots != null) {
                para(doc, "(Chưa ghi nhận phiên họp, phiếu bầu của Hội đồng: các số liệu dưới đây là gợi ý của thidua;"
                        + " Hội đồng bỏ phiếu và quyết định.)", false);
            }
            ConsolidationResult.GovernmentFlagQuota q = result.quota();
            heading(doc, "1. Tỷ lệ Cờ thi đua của Chính phủ toàn tỉnh");
            para(doc, "Các khối, cụm có " + q.leaders() + " đơn vị dẫn đầu; tỷ lệ " + fmt.number(q.share())
                    + ", tối đa " + q.cap() + " Cờ thi đua của Chính phủ. Các khối đề nghị " + q.proposed()
                    + ", được giữ " + q.confirmed() + ".", false);

            heading(doc, "2. Các đề nghị được giữ");
            List<String[]> kept = new ArrayList<>();
            Map<AwardType, Integer> counts = new EnumMap<>(AwardType.class);
            for (ReviewResult b : result.blocs()) {
                for (Decision d : b.decisions()) {
                    if (d.outcome().isAward() && d.award().level() != AwardLevel.GRASSROOTS) {
                        counts.merge(d.award(), 1, Integer::sum);
                        kept.add(new String[] {"", b.nameOf(d.unit()), b.blocName(), text.award(d.award()),
                            String.join("; ", Proposals.basis(d))});
                    }
                }
            }
            if (kept.isEmpty()) {
                para(doc, "Không có đề nghị thuộc thẩm quyền cấp tỉnh trở lên.", false);
            } else {
                for (int i = 0; i < kept.size(); i++) {
                    kept.get(i)[0] = Integer.toString(i + 1);
                }
                table(doc, new String[] {"TT", "Tập thể", "Khối, cụm", "Hình thức", "Căn cứ"},
                        new int[] {5, 25, 22, 20, 28}, kept);
            }

            heading(doc, "3. Các đề nghị không được giữ do ngoài tỷ lệ");
            List<String[]> cut = new ArrayList<>();
            for (ReviewResult b : result.blocs()) {
                // the proposals the council's rules placed beyond the cap
                java.util.Map<io.github.thidua.core.UnitId, Reason> beyond = new java.util.HashMap<>();
                b.quota(io.github.thidua.rules.QuotaKind.PROVINCE_GOVERNMENT_FLAG).ifPresent(cap -> cap.positions().stream()
                        .filter(p -> p.status() == io.github.thidua.rules.QuotaPosition.Status.OUTSIDE)
                        .forEach(p -> beyond.put(p.unit(), p.reason())));
                for (Decision d : b.decisions()) {
                    Reason cap = d.award() == io.github.thidua.rules.QuotaKind.PROVINCE_GOVERNMENT_FLAG.award()
                            ? beyond.get(d.unit()) : null;
                    if (cap != null && !d.outcome().isAward()) {
                        cut.add(new String[] {Integer.toString(cut.size() + 1), b.nameOf(d.unit()), b.blocName(),
                            text.award(d.award()), text.message(cap)});
                    }
                }
            }
            if (cut.isEmpty()) {
                para(doc, "Không có.", false);
            } else {
                table(doc, new String[] {"TT", "Tập thể", "Khối, cụm", "Hình thức", "Lý do"},
                        new int[] {5, 25, 22, 20, 28}, cut);
            }

            heading(doc, "4. Tổng hợp và tiền thưởng");
            List<String[]> rows = new ArrayList<>();
            BigDecimal multiples = BigDecimal.ZERO;
            boolean allKnown = true;
            boolean multiplesApply = result.regime() != Regime.REGIME_2017;
            for (Map.Entry<AwardType, Integer> e : counts.entrySet()) {
                BigDecimal m = multiplesApply ? e.getKey().bonusMultiple().orElse(null) : null;
                if (m == null) {
                    allKnown = false;
                } else {
                    multiples = multiples.add(m.multiply(BigDecimal.valueOf(e.getValue())));
                }
                rows.add(new String[] {text.award(e.getKey()), Integer.toString(e.getValue()),
                    m == null ? BLANK : fmt.number(m), m == null ? BLANK
                        : fmt.number(m.multiply(BigDecimal.valueOf(e.getValue())))});
            }
            rows.add(new String[] {"Cộng", Integer.toString(counts.values().stream().mapToInt(Integer::intValue).sum()),
                "", allKnown ? fmt.number(multiples) : fmt.number(multiples) + " + " + BLANK});
            table(doc, new String[] {"Hình thức", "Số lượng", "Hệ số (lần mức lương cơ sở)", "Cộng hệ số"},
                    new int[] {40, 15, 25, 20}, rows);
            para(doc, "Tổng tiền thưởng: " + (allKnown ? fmt.number(multiples) : fmt.number(multiples) + " + " + BLANK)
                    + " lần mức lương cơ sở tại ngày ban hành quyết định, thành tiền " + BLANK + " đồng"
                    + (multiplesApply ? " (hệ số theo Nghị định 98/2023/NĐ-CP, Điều 54)."
                        : " (hệ số theo Nghị định 91/2017/NĐ-CP do cơ quan thi đua điền)."), false);
            para(doc, "Hội đồng Thi đua - Khen thưởng tỉnh kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết"
                    + " định khen thưởng và đề nghị cấp trên khen thưởng theo thẩm quyền./.", false);
            signatures(doc, new String[] {"", "TM. HỘI ĐỒNG\nCHỦ TỊCH"}, new String[] {"", BLANK});
            recipients(doc, List.of("Như trên;", "Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT."));
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void proposalList(XWPFDocument doc, ReviewResult result, String bloc, String symbol,
                              List<Decision> proposed) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", BODY, true, false);
        XWPFParagraph sub = doc.createParagraph();
        sub.setAlignment(ParagraphAlignment.CENTER);
        run(sub, "(Kèm theo Biên bản số " + BLANK + "/" + symbol + " ngày " + fmt.date(result.decisionDate())
                + " của " + bloc + ")", SMALL, false, true);
        Map<AwardType, List<Decision>> byAward = new EnumMap<>(AwardType.class);
        proposed.forEach(d -> byAward.computeIfAbsent(d.award(), a -> new ArrayList<>()).add(d));
        int section = 0;
        for (Map.Entry<AwardType, List<Decision>> e : byAward.entrySet()) {
            section++;
            heading(doc, roman(section) + ". " + text.award(e.getKey()).toUpperCase(new Locale("vi")) + " ("
                    + e.getValue().size() + ")");
            List<String[]> rows = new ArrayList<>();
            int i = 0;
            for (Decision d : e.getValue()) {
                rows.add(new String[] {Integer.toString(++i), result.nameOf(d.unit()),
                    result.ranking().of(d.unit()).map(u -> Integer.toString(u.rank())).orElse(""),
                    String.join("; ", Proposals.basis(d)),
                    Proposals.vote(d).map(text::message).orElse(BLANK)});
            }
            table(doc, new String[] {"TT", "Tên tập thể", "Hạng", "Căn cứ pháp lý", "Kết quả biểu quyết"},
                    new int[] {6, 28, 8, 38, 20}, rows);
        }
    }

    private void rankingTable(XWPFDocument doc, ReviewResult result) {
        List<RankedUnit> units = result.ranking().units();
        int scale = Math.max(Math.max(Fmt.scale(units, RankedUnit::total), Fmt.scale(units, RankedUnit::regular)),
                Math.max(Fmt.scale(units, RankedUnit::bonus), Fmt.scale(units, RankedUnit::penalty)));
        List<String[]> rows = new ArrayList<>();
        for (RankedUnit u : units) {
            rows.add(new String[] {Integer.toString(u.rank()), result.nameOf(u.unit()), fmt.number(u.regular(), scale),
                fmt.number(u.bonus(), scale), fmt.number(u.penalty(), scale), fmt.number(u.total(), scale)});
        }
        table(doc, new String[] {"Hạng", "Đơn vị", "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm"},
                new int[] {8, 44, 12, 12, 12, 12}, rows);
    }

    private void voteTable(XWPFDocument doc, ReviewResult result, List<Decision> proposed) {
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (Decision d : proposed) {
            rows.add(new String[] {Integer.toString(++i), result.nameOf(d.unit()), text.award(d.award())
                    + (d.outcome() == Outcome.RECOMMENDED ? "" : " (" + text.outcome(d.outcome()) + ")"),
                Proposals.vote(d).map(text::message).orElse("Tán thành " + BLANK + "/" + BLANK + " phiếu")});
        }
        table(doc, new String[] {"TT", "Đơn vị", "Hình thức đề nghị", "Kết quả biểu quyết"},
                new int[] {6, 36, 30, 28}, rows);
    }

    // Layout helpers.

    /** A4, portrait, with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(850));
    }

    /** The two-column header: issuing body and number left; national title, motto, place and date right. */
    private void header(XWPFDocument doc, String parent, String body, String number, String place, LocalDate date,
                        boolean dated) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        widths(t, new int[] {42, 58});
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph l1 = left.getParagraphs().get(0);
        l1.setAlignment(ParagraphAlignment.CENTER);
        run(l1, parent.toUpperCase(new Locale("vi")), 13, false, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        run(l2, body.toUpperCase(new Locale("vi")), 13, true, false);
        XWPFParagraph l3 = left.addParagraph();
        l3.setAlignment(ParagraphAlignment.CENTER);
        run(l3, "Số: " + number, 13, false, false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        XWPFParagraph r2 = right.addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun motto = run(r2, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        XWPFParagraph r3 = right.addParagraph();
        r3.setAlignment(ParagraphAlignment.CENTER);
        run(r3, place + ", ngày " + (dated ? String.format("%02d", date.getDayOfMonth()) : BLANK) + " tháng "
                + (dated ? String.format("%02d", date.getMonthValue()) : BLANK) + " năm " + date.getYear(), 13, false,
                true);
    }

    private void title(XWPFDocument doc, String kind, String subject) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, kind, BODY, true, false);
        XWPFParagraph s = doc.createParagraph();
        s.setAlignment(ParagraphAlignment.CENTER);
        s.setSpacingAfter(240);
        run(s, subject, BODY, true, false);
    }

    private void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        run(p, text, BODY, true, false);
    }

    private void para(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(60);
        run(p, text, BODY, bold, false);
    }

    private void table(XWPFDocument doc, String[] headers, int[] widths, List<String[]> rows) {
        XWPFTable t = doc.createTable(rows.size() + 1, headers.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        widths(t, widths);
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < headers.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                String value = r == 0 ? headers[c] : rows.get(r - 1)[c];
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, value == null ? "" : value, TABLE, r == 0, false);
            }
        }
        doc.createParagraph();
    }

    private void signatures(XWPFDocument doc, String[] roles, String[] names) {
        XWPFTable t = doc.createTable(1, roles.length);
        t.removeBorders();
        int[] equal = new int[roles.length];
        java.util.Arrays.fill(equal, 100 / roles.length);
        widths(t, equal);
        for (int c = 0; c < roles.length; c++) {
            XWPFTableCell cell = t.getRow(0).getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            if (roles[c].isEmpty()) {
                continue;
            }
            String[] lines = roles[c].split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph line = i == 0 ? p : cell.addParagraph();
                line.setAlignment(ParagraphAlignment.CENTER);
                run(line, lines[i], BODY, true, false);
            }
            XWPFParagraph sign = cell.addParagraph();
            sign.setAlignment(ParagraphAlignment.CENTER);
            run(sign, "(Ký, ghi rõ họ tên" + (roles[c].contains("CHỦ TỊCH") || roles[c].contains("TRƯỞNG")
                    ? ", đóng dấu)" : ")"), SMALL, false, true);
            for (int i = 0; i < 3; i++) {
                cell.addParagraph();
            }
            XWPFParagraph name = cell.addParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            run(name, names[c], BODY, true, false);
        }
    }

    private void recipients(XWPFDocument doc, List<String> to) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, "Nơi nhận:", 12, true, true);
        for (String r : to) {
            XWPFParagraph line = doc.createParagraph();
            run(line, "- " + r, 11, false, false);
        }
    }

    /**
     * Column widths as shares of the text width, written in twips on the table grid and on every cell (Word and
     * LibreOffice both honour these; percentage widths alone are ignored by some readers).
     */
    private static void widths(XWPFTable t, int[] percent) {
        t.setWidth(Integer.toString(TEXT_WIDTH));
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = t.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = t.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < percent.length; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percent[c] / 100));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < percent.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Long.toString((long) TEXT_WIDTH * percent[c] / 100));
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static String organiser(BlocReview review) {
        String o = review.bloc().organiser();
        return o == null || o.isBlank() ? "UBND TỈNH " + review.bloc().province() : o;
    }

    /** The place in the date line: the province's name (Nghị định 30/2020: the place of the issuing body). */
    private static String place(String province) {
        return province;
    }

    private static String meeting(BlocReview review) {
        return switch (review.stage()) {
            case PACT -> "ký kết giao ước thi đua";
            case MID_YEAR -> "sơ kết công tác thi đua";
            case YEAR_END -> "tổng kết công tác thi đua, khen thưởng và bình xét, suy tôn";
        };
    }

    private static String citations(List<LegalSource> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach(s -> out.add(s.citation()));
        return String.join("; ", out);
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= r.length ? r[n - 1] : Integer.toString(n);
    }
}
