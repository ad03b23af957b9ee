package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.CouncilSession;
import io.github.thidua.core.Tally;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Stage;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Reads a province review: its own fields, then each bloc, inline or from a file relative to the province file
 * (errors inside a bloc file name that file), then the cross-bloc rules (all YEAR_END, same year and province,
 * unique bloc ids), which are checked on the raw values so they are reported even when a bloc has other errors.
 */
final class ProvinceReviewReader {
    private final Context ctx;
    private final JsonNode node;

    ProvinceReviewReader(Context ctx, JsonNode node) {
        this.ctx = ctx;
        this.node = node;
    }

    /** The review, or null when any problem was reported (in this file or a bloc file). */
    ProvinceReview read() {
        int errorsBefore = ctx.errorCount();
        String root = JsonPath.ROOT;
        if (BlocReviewReader.isOtherKind(ctx, node, root, Format.PROVINCE_REVIEW)) {
            return null;
        }
        Fields f = Fields.of(ctx, node, root, "province review", Format.PROVINCE_REVIEW_FIELDS);
        if (f == null) {
            return null;
        }
        BlocReviewReader.checkKind(ctx, f, Format.PROVINCE_REVIEW);
        boolean illustrative = f.flag("illustrative");
        String note = f.string("note", false);
        String province = f.string("province", true);
        Integer year = f.integer("year", true, Format.REVIEW_YEAR_MIN, Format.REVIEW_YEAR_MAX,
                "the review year is the achievement year, between " + Format.REVIEW_YEAR_MIN + " and "
                        + Format.REVIEW_YEAR_MAX);
        LocalDate reviewDate = BlocReviewReader.reviewDate(ctx, f, year);
        String profile = BlocReviewReader.profile(ctx, f);

        List<BlocReview> blocs = new ArrayList<>();
        List<JsonNode> elements = f.array("blocs", true);
        if (elements != null) {
            if (elements.isEmpty()) {
                ctx.error(f.at("blocs"), "the province review has no blocs",
                        "list the blocs' year-end reviews, inline or as {\"file\": \"bloc.json\"}");
            }
            Map<String, String> firstSeen = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                String path = JsonPath.index(f.at("blocs"), i);
                BlocReview b = bloc(elements.get(i), path, province, year, firstSeen);
                if (b != null) {
                    blocs.add(b);
                }
            }
        }
        CouncilSession council = council(f, blocs);
        if (ctx.errorCount() > errorsBefore) {
            return null;
        }
        return ctx.build(root, () -> new ProvinceReview(province, year, reviewDate, profile, blocs, illustrative,
                note, council));
    }

    private BlocReview bloc(JsonNode element, String path, String province, Integer year,
                            Map<String, String> firstSeen) {
        if (element != null && element.isObject() && element.has("file")) {
            Fields ref = Fields.of(ctx, element, path, "bloc file reference", Format.BLOC_FILE_FIELDS);
            String file = ref.string("file", true);
            if (file == null) {
                return null;
            }
            return blocFile(file, ref.at("file"), province, year, firstSeen);
        }
        if (element == null || !element.isObject()) {
            ctx.error(path, "a bloc must be a bloc review object or {\"file\": ...}, found " + Fields.describe(element),
                    "write {\"file\": \"bloc.json\"} or inline the bloc review");
            return null;
        }
        crossCheck(element, path, path, "bloc", province, year, firstSeen);
        return new BlocReviewReader(ctx, element, path).read();
    }

    private BlocReview blocFile(String file, String refPath, String province, Integer year,
                                Map<String, String> firstSeen) {
        if (ctx.baseDir() == null) {
            ctx.error(refPath, "bloc file '" + file + "' cannot be resolved: no base directory was given",
                    "read the province review from a file, or inline the bloc reviews");
            return null;
        }
        Path relative;
        try {
            relative = Path.of(file);
        } catch (InvalidPathException e) {
            ctx.error(refPath, "invalid bloc file path '" + Fields.abbreviate(file) + "'", "write a relative path");
            return null;
        }
        if (relative.isAbsolute() || !file.endsWith(".json")) {
            ctx.error(refPath, "bloc file '" + Fields.abbreviate(file) + "' must be a relative path ending .json",
                    "write the path relative to the province file, e.g. \"blocs/khoi-1.json\"");
            return null;
        }
        Path resolved = ctx.baseDir().resolve(relative).normalize();
        String display = (ctx.displayDir() == null ? relative : ctx.displayDir().resolve(relative)).normalize()
                .toString();
        Context fileCtx = ctx.forFile(display, resolved.getParent(),
                ctx.displayDir() == null ? relative.getParent() : ctx.displayDir().resolve(relative).getParent());
        int before = ctx.errorCount();
        String text = Json.readFile(fileCtx, resolved);
        JsonNode root = text == null ? null : Json.parse(fileCtx, text);
        if (root == null) {
            if (ctx.errorCount() > before) {
                // The file's own error names the file; say here which reference led to it.
                ctx.error(refPath, "bloc file '" + file + "' could not be read", "see the error reported for " + display);
            }
            return null;
        }
        crossCheck(root, JsonPath.ROOT, refPath, "bloc file '" + file + "'", province, year, firstSeen);
        return new BlocReviewReader(fileCtx, root, JsonPath.ROOT).read();
    }

    /**
     * Checks a bloc against the province review on its raw values. Errors go to the province file at
     * {@code reportPath}; {@code blocPath} is where the bloc's fields are (inline) for precise paths.
     */
    private void crossCheck(JsonNode bloc, String blocPath, String reportPath, String label, String province,
                            Integer year, Map<String, String> firstSeen) {
        if (!bloc.isObject()) {
            return;
        }
        boolean inline = blocPath.equals(reportPath);
        JsonNode stage = bloc.get("stage");
        if (stage != null && stage.isTextual() && !stage.textValue().equals(Stage.YEAR_END.name())) {
            ctx.error(inline ? JsonPath.child(blocPath, "stage") : reportPath, label + " is a " + stage.textValue()
                    + " review", "the provincial council consolidates year-end reviews: each bloc needs "
                    + "\"stage\": \"YEAR_END\"");
        }
        JsonNode y = bloc.get("year");
        if (year != null && y != null && y.isIntegralNumber() && y.canConvertToInt() && y.intValue() != year) {
            ctx.error(inline ? JsonPath.child(blocPath, "year") : reportPath, label + " is for year " + y.intValue()
                    + ", the province review for " + year, "all blocs must review the province review's year");
        }
        JsonNode p = bloc.get("province");
        if (province != null && p != null && p.isTextual()
                && !Normalizer.normalize(p.textValue(), Normalizer.Form.NFC).equals(province)) {
            ctx.error(inline ? JsonPath.child(blocPath, "province") : reportPath, label + " belongs to province '"
                    + Fields.abbreviate(p.textValue()) + "', not '" + province + "'",
                    "all blocs must belong to the province of the review; check the spelling of \"province\"");
        }
        JsonNode b = bloc.get("bloc");
        JsonNode id = b != null && b.isObject() ? b.get("id") : null;
        if (id != null && id.isTextual()) {
            String where = inline ? JsonPath.child(JsonPath.child(blocPath, "bloc"), "id") : reportPath;
            String first = firstSeen.putIfAbsent(id.textValue(), where);
            if (first != null) {
                ctx.error(where, "duplicate bloc id '" + Fields.abbreviate(id.textValue()) + "' (first at " + first
                        + ")", "each bloc appears once in a province review; remove the duplicate or rename the bloc");
            }
        }
    }

    /** The council's session with its ballots, or null (absent, or after reporting its errors). */
    private CouncilSession council(Fields f, List<BlocReview> blocs) {
        Fields c = f.object("council", false, "council session", Format.COUNCIL_FIELDS);
        if (c == null) {
            return null;
        }
        int before = ctx.errorCount();
        LocalDate date = c.date("date", false);
        Integer members = c.integer("members", true);
        if (members != null && members < 1) {
            ctx.error(c.at("members"), "the council must have at least 1 member, was " + members,
                    "write the number of council members");
            members = null;
        }
        Integer present = c.integer("present", true);
        if (present != null && (present < 0 || (members != null && present > members))) {
            ctx.error(c.at("present"), "members present (" + present + ") must lie between 0 and the members ("
                    + members + ")", "check \"present\" and \"members\"");
            present = null;
        }
        String minutes = c.string("minutes", false);
        Set<String> units = new HashSet<>();
        blocs.forEach(b -> b.bloc().members().forEach(u -> units.add(u.id().value())));
        List<Ballot> ballots = new ArrayList<>();
        List<JsonNode> elements = c.array("ballots", false);
        if (elements != null) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                String path = JsonPath.index(c.at("ballots"), i);
                Fields b = Fields.of(ctx, elements.get(i), path, "ballot", Format.BALLOT_FIELDS);
                if (b == null) {
                    continue;
                }
                String unit = b.unitId("unit", true);
                if (unit != null && !units.contains(unit)) {
                    ctx.error(b.at("unit"), "ballot unit '" + unit + "' is not a member of any of the province's blocs",
                            Suggestions.didYouMean(unit, units) + "use the id of a member of one of the blocs");
                    unit = null;
                }
                AwardType award = b.enumValue("award", true, AwardType.class, "award code");
                if (unit != null && award != null) {
                    String first = seen.putIfAbsent(unit + "/" + award, path);
                    if (first != null) {
                        ctx.error(path, "duplicate ballot on " + award + " for unit '" + unit + "' (first at " + first
                                + ")", "record one ballot per unit and award");
                        continue;
                    }
                }
                Boolean chosen = b.has("chosen") ? b.bool("chosen", false) : null;
                Tally tally = members == null || present == null ? null
                        : BlocReviewReader.tally(ctx, b, present, members);
                if (unit != null && award != null && tally != null && (chosen != null || !b.has("chosen"))) {
                    UnitId id = UnitId.of(unit);
                    Ballot ballot = ctx.build(path, () -> new Ballot(id, award, tally, chosen));
                    if (ballot != null) {
                        ballots.add(ballot);
                    }
                }
            }
        }
        if (ctx.errorCount() > before || members == null || present == null) {
            return null;
        }
        int m = members;
        int p = present;
        return ctx.build(c.path(), () -> new CouncilSession(date, m, p, ballots, minutes));
    }
}
