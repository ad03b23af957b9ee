package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.AgencyKind;
import io.github.thidua.core.Attestation;
import io.github.thidua.core.AttestedCondition;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocDecisions;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Checks;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.DecisionRef;
import io.github.thidua.core.Election;
import io.github.thidua.core.ExclusionFact;
import io.github.thidua.core.ExclusionKind;
import io.github.thidua.core.ManagingAgency;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Pact;
import io.github.thidua.core.Proposal;
import io.github.thidua.core.PactTarget;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.Tally;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.TermMethod;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.people.UnitReview;
import io.github.thidua.core.people.UnitReviewRef;
import io.github.thidua.core.profile.Profiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one bloc review object (a whole file, or a bloc inlined in a province review), checking everything the
 * format promises and reporting every problem found; builds the records only when there was none.
 */
final class BlocReviewReader {
    private static final int YEAR_MIN = Checks.Years.MIN;
    private static final int YEAR_MAX = Checks.Years.MAX;

    private final Context ctx;
    private final JsonNode node;
    private final String root;

    /** Member ids as written (those that are strings of valid form), in order. */
    private final Set<String> memberIds = new LinkedHashSet<>();
    /** Whether the member list could be read at all; if not, membership checks would only add noise. */
    private boolean membersKnown;
    /** Members whose statistics come from a unit review ({@code members[].unitReview}), in order. */
    private final List<PendingUnitReview> unitReviewRefs = new ArrayList<>();
    private String province;

    /** A member's unit review reference as written, read once the bloc review's own fields are known. */
    private record PendingUnitReview(String member, String file, String path) {
    }
    private Integer year;
    private Stage stage;

    BlocReviewReader(Context ctx, JsonNode node, String root) {
        this.ctx = ctx;
        this.node = node;
        this.root = root;
    }

    /** The review, or null when any problem was reported. */
    BlocReview read() {
        int errorsBefore = ctx.errorCount();
        if (isOtherKind(ctx, node, root, Format.BLOC_REVIEW)) {
            return null;
        }
        Fields f = Fields.of(ctx, node, root, "bloc review", Format.BLOC_REVIEW_FIELDS);
        if (f == null) {
            return null;
        }
        checkKind(ctx, f, Format.BLOC_REVIEW);
        boolean illustrative = f.flag("illustrative");
        String note = f.string("note", false);
        stage = f.enumValue("stage", true, Stage.class, "stage");
        year = f.integer("year", true, Format.REVIEW_YEAR_MIN, Format.REVIEW_YEAR_MAX,
                "the review year is the achievement year, between " + Format.REVIEW_YEAR_MIN + " and "
                        + Format.REVIEW_YEAR_MAX);
        LocalDate reviewDate = reviewDate(ctx, f, year);
        LocalDate dossierReceived = dossierReceivedDate(ctx, f, year);
        province = f.string("province", true);
        String profile = profile(ctx, f);
        Fields blocFields = f.object("bloc", true, "bloc", Format.BLOC_FIELDS);
        List<Unit> members = members(f);
        BlocTerm term = term(f);
        Pact pact = pact(f);
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        boolean schemeGiven = f.has("scheme");
        ScoringScheme scheme = scheme(f, criteria);
        List<Scorecard> scorecards = scorecards(f, schemeGiven, scheme != null, criteria);
        List<YearRating> ratings = ratings(f);
        List<UnitYearFacts> facts = facts(f);
        List<AwardRecord> history = history(f);
        List<NominationVote> votes = votes(f);
        Election election = election(f);
        BlocDecisions decisions = decisions(f);
        boolean decisionsOk = !f.has("decisions") || decisions != null;
        List<ExclusionFact> exclusions = exclusions(f);
        List<Attestation> attestations = attestations(f);
        List<UnitReviewRef> unitReviews = unitReviews(facts);

        BlocId blocId = null;
        String blocName = null;
        BlocKind blocKind = null;
        String organiser = null;
        if (blocFields != null) {
            blocId = blocId(blocFields);
            blocName = blocFields.string("name", true);
            blocKind = blocFields.enumValue("kind", true, BlocKind.class, "bloc kind");
            organiser = blocFields.string("organiser", false);
        }
        if (ctx.errorCount() > errorsBefore) {
            return null;
        }
        BlocId id = blocId;
        String name = blocName;
        BlocKind kind = blocKind;
        String org = organiser;
        Bloc bloc = ctx.build(f.at("bloc"), () -> new Bloc(id, name, kind, province, org, members));
        if (bloc == null) {
            return null;
        }
        if (!decisionsOk) {
            return null;
        }
        return ctx.build(root, () -> new BlocReview(stage, year, reviewDate, bloc, term, pact, scheme, scorecards,
                ratings, facts, history, votes, election, profile, illustrative, note, dossierReceived, decisions,
                exclusions, attestations, unitReviews));
    }

    /**
     * Reads each member's unit review file (relative to this document's directory; refused without one, e.g. for
     * text from a stranger) and checks it fits the bloc review: of that member, the same year and province, a
     * year-end review, and with the unit's collective facts when this review gives none for the member.
     */
    private List<UnitReviewRef> unitReviews(List<UnitYearFacts> facts) {
        List<UnitReviewRef> refs = new ArrayList<>();
        for (PendingUnitReview pending : unitReviewRefs) {
            UnitReview review = unitReviewFile(pending);
            if (review == null) {
                continue;
            }
            String label = "unit review '" + pending.file() + "'";
            boolean ok = true;
            if (!review.unit().id().value().equals(pending.member())) {
                ctx.error(pending.path(), label + " is of unit '" + review.unit().id() + "', not of member '"
                        + pending.member() + "'", "reference each member's own unit review, or correct the unit id in "
                        + pending.file());
                ok = false;
            }
            if (year != null && review.year() != year) {
                ctx.error(pending.path(), label + " is of " + review.year() + ", the bloc review of " + year,
                        "reference the member's unit review of " + year);
                ok = false;
            }
            if (province != null && !review.province().equals(java.text.Normalizer.normalize(province,
                    java.text.Normalizer.Form.NFC))) {
                ctx.error(pending.path(), label + " belongs to province '" + Fields.abbreviate(review.province())
                        + "', not '" + Fields.abbreviate(province) + "'", "check \"province\" in both files");
                ok = false;
            }
            if (stage != null && stage != Stage.YEAR_END) {
                ctx.error(pending.path(), label + " is referenced from a " + stage + " review",
                        "a unit review is the year-end review of the unit's people: reference it from a YEAR_END"
                                + " bloc review, or remove \"unitReview\"");
                ok = false;
            }
            boolean typedFacts = year != null && facts.stream().anyMatch(x -> x.unit().value().equals(pending.member())
                    && x.year() == year);
            if (!typedFacts && review.facts() == null) {
                ctx.error(pending.path(), label + " has no \"facts\" and the bloc review none for '" + pending.member()
                        + "' for " + year, "add the unit's \"facts\" to " + pending.file() + ", or a facts entry for"
                        + " the member to the bloc review");
                ok = false;
            }
            if (ok) {
                UnitReviewRef ref = ctx.build(pending.path(), () -> new UnitReviewRef(UnitId.of(pending.member()),
                        pending.file(), ctx.file(), pending.path(), review));
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    /** Reads a referenced unit review file; errors inside it name that file. Null after reporting a problem. */
    private UnitReview unitReviewFile(PendingUnitReview pending) {
        String file = pending.file();
        String refPath = pending.path();
        if (ctx.baseDir() == null) {
            ctx.error(refPath, "unit review file '" + Fields.abbreviate(file) + "' cannot be resolved: no base"
                    + " directory was given", "read the bloc review from a file, or type the member's statistics in"
                    + " \"facts\" instead");
            return null;
        }
        java.nio.file.Path relative;
        try {
            relative = java.nio.file.Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            ctx.error(refPath, "invalid unit review file path '" + Fields.abbreviate(file) + "'",
                    "write a relative path");
            return null;
        }
        if (relative.isAbsolute() || !file.endsWith(".json")) {
            ctx.error(refPath, "unit review file '" + Fields.abbreviate(file) + "' must be a relative path ending"
                    + " .json", "write the path relative to this file, e.g. \"unit-so-noi-vu-2025.json\"");
            return null;
        }
        java.nio.file.Path resolved = ctx.baseDir().resolve(relative).normalize();
        java.nio.file.Path shown = ctx.displayDir() == null ? relative : ctx.displayDir().resolve(relative);
        String display = shown.normalize().toString();
        Context fileCtx = ctx.forFile(display, resolved.getParent(), shown.getParent());
        int before = ctx.errorCount();
        String text = Json.readFile(fileCtx, resolved);
        JsonNode unitRoot = text == null ? null : Json.parse(fileCtx, text);
        UnitReview review = unitRoot == null ? null : new UnitReviewReader(fileCtx, unitRoot, JsonPath.ROOT).read();
        if (review == null && ctx.errorCount() > before) {
            // The file's own errors name the file; say here which reference led to them.
            ctx.error(refPath, "unit review file '" + Fields.abbreviate(file) + "' could not be read",
                    "see the errors reported for " + display);
        }
        return review;
    }

    // ---- shared with the province reader ----

    /**
     * Whether the document is of the other known kind (a province review where a bloc review is expected, or the
     * reverse); that is then the only error reported, as every field would otherwise be "unknown".
     */
    static boolean isOtherKind(Context ctx, JsonNode node, String path, String expected) {
        String other = expected.equals(Format.BLOC_REVIEW) ? Format.PROVINCE_REVIEW : Format.BLOC_REVIEW;
        JsonNode kind = node == null ? null : node.get("kind");
        if (kind == null || !kind.isTextual() || !kind.textValue().equals(other)) {
            return false;
        }
        ctx.error(JsonPath.child(path, "kind"), "expected kind '" + expected + "', found '" + other + "'",
                "this is a " + other + "; read it as one");
        return true;
    }

    /**
     * Checks the root's {@code kind} and its optional {@code "$schema"}: an editor's pointer to the JSON Schema,
     * accepted when it is a string and otherwise ignored (never opened or fetched).
     */
    static void checkKind(Context ctx, Fields f, String expected) {
        f.string(Format.SCHEMA_FIELD, false);
        String kind = f.string("kind", true);
        if (kind != null && !kind.equals(expected)) {
            ctx.error(f.at("kind"), "expected kind '" + expected + "', found '" + Fields.abbreviate(kind) + "'",
                    Suggestions.didYouMean(kind, List.of(expected)) + "write \"kind\": \"" + expected + "\"");
        }
    }

    static LocalDate reviewDate(Context ctx, Fields f, Integer year) {
        LocalDate date = f.date("reviewDate", false);
        // A year's meetings run from its pact signing to the final review early the next year.
        if (date != null && year != null && (date.getYear() < year || date.getYear() > year + 1)) {
            ctx.error(f.at("reviewDate"), "reviewDate " + date + " is not in " + year + " or " + (year + 1),
                    "the meetings of year " + year + " take place during " + year + " or early " + (year + 1)
                            + "; check the year of the date and of \"year\"");
            return null;
        }
        return date;
    }

    /** The optional date the competent body received the dossier: in the achievement year or the two after. */
    static LocalDate dossierReceivedDate(Context ctx, Fields f, Integer year) {
        LocalDate date = f.date("dossierReceivedDate", false);
        if (date != null && year != null && (date.getYear() < year || date.getYear() > year + 2)) {
            ctx.error(f.at("dossierReceivedDate"), "dossierReceivedDate " + date + " is not between " + year + " and "
                            + (year + 2),
                    "the dossier of year " + year + " reaches the competent body after the year's review, in " + year
                            + " or the following year; check the date, or leave the field out");
            return null;
        }
        return date;
    }

    static String profile(Context ctx, Fields f) {
        String profile = f.string("profile", true);
        if (profile == null || Profiles.BUNDLED.contains(profile)) {
            return profile;
        }
        if (!profile.endsWith(".json")) {
            ctx.error(f.at("profile"), "unknown profile '" + Fields.abbreviate(profile) + "'",
                    Suggestions.didYouMean(profile, Profiles.BUNDLED) + "use a bundled profile ("
                            + String.join(", ", new TreeSet<>(Profiles.BUNDLED))
                            + ") or the path of a profile file ending .json, relative to the scenario file");
            return null;
        }
        if (ctx.baseDir() != null) {
            Path file;
            try {
                file = ctx.baseDir().resolve(profile);
            } catch (InvalidPathException e) {
                ctx.error(f.at("profile"), "invalid profile path '" + profile + "'", "write a relative file path");
                return null;
            }
            if (!Files.isRegularFile(file)) {
                ctx.error(f.at("profile"), "profile file '" + profile + "' not found (looked for " + file + ")",
                        "profile paths are relative to the scenario file; check the name or use a bundled profile");
                return null;
            }
        }
        return profile;
    }

    // ---- sections ----

    private BlocId blocId(Fields b) {
        String id = b.string("id", true);
        if (id == null) {
            return null;
        }
        if (!UnitId.isValid(id)) {
            ctx.error(b.at("id"), "invalid bloc id '" + Fields.abbreviate(id) + "'", Fields.UNIT_ID_HINT);
            return null;
        }
        return BlocId.of(id);
    }

    private List<Unit> members(Fields f) {
        List<Unit> units = new ArrayList<>();
        List<JsonNode> elements = f.array("members", true);
        if (elements == null) {
            return units;
        }
        membersKnown = true;
        String path = f.at("members");
        if (elements.isEmpty()) {
            ctx.error(path, "the bloc has no members", "list the member units: [{\"id\": ..., \"name\": ..., \"kind\": ...}]");
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(path, i);
            Fields m = Fields.of(ctx, elements.get(i), p, "member", Format.MEMBER_FIELDS);
            if (m == null) {
                continue;
            }
            String id = m.unitId("id", true);
            if (id != null) {
                String first = firstSeen.putIfAbsent(id, m.at("id"));
                if (first != null) {
                    ctx.error(m.at("id"), "duplicate member id '" + id + "' (first at " + first + ")",
                            "every member needs its own id; rename or remove one of them");
                    id = null;
                } else {
                    memberIds.add(id);
                }
            }
            String name = m.string("name", true);
            UnitKind kind = m.enumValue("kind", true, UnitKind.class, "unit kind");
            ManagingAgency agency = null;
            boolean agencyOk = true;
            Fields a = m.object("managingAgency", false, "managing agency", Format.AGENCY_FIELDS);
            if (a != null) {
                AgencyKind agencyKind = a.enumValue("kind", true, AgencyKind.class, "managing agency kind");
                String agencyName = a.string("name", false);
                agency = agencyKind == null ? null : ctx.build(a.path(), () -> new ManagingAgency(agencyKind,
                        agencyName));
                agencyOk = agency != null;
            } else if (m.has("managingAgency")) {
                agencyOk = false;
            }
            Fields ur = m.object("unitReview", false, "unit review reference", Format.UNIT_REVIEW_REF_FIELDS);
            if (ur != null) {
                String urFile = ur.string("file", true);
                if (urFile != null && id != null) {
                    unitReviewRefs.add(new PendingUnitReview(id, urFile, ur.at("file")));
                }
            }
            if (id != null && name != null && kind != null && agencyOk) {
                String unitId = id;
                ManagingAgency managing = agency;
                Unit u = ctx.build(p, () -> new Unit(UnitId.of(unitId), name, kind, managing));
                if (u != null) {
                    units.add(u);
                }
            }
        }
        return units;
    }

    /** A reference to a member by id, checked for form and membership; null when absent or reported. */
    private UnitId member(Fields f, String name, boolean required, String role) {
        String id = f.unitId(name, required);
        return id == null ? null : member(id, f.at(name), role);
    }

    private UnitId member(String id, String path, String role) {
        if (membersKnown && !memberIds.contains(id)) {
            ctx.error(path, role + " '" + id + "' is not a member of the bloc",
                    Suggestions.didYouMean(id, memberIds) + "use the id of a unit listed in "
                            + JsonPath.child(root, "members") + ", or add the unit there");
            return null;
        }
        return UnitId.of(id);
    }

    private Integer historicYear(Fields f, String name, String what) {
        Integer y = f.integer(name, true, YEAR_MIN, YEAR_MAX,
                what + " years lie between " + YEAR_MIN + " and " + YEAR_MAX);
        if (y != null && year != null && y > year) {
            ctx.error(f.at(name), what + " year " + y + " is after the review year " + year,
                    "only this and earlier years can be known at a " + year + " review");
            return null;
        }
        return y;
    }

    private Integer sameYear(Fields f, String what) {
        Integer y = f.integer("year", true, YEAR_MIN, YEAR_MAX, what + " years lie between " + YEAR_MIN + " and " + YEAR_MAX);
        if (y != null && year != null && !y.equals(year)) {
            ctx.error(f.at("year"), what + " year " + y + " differs from the review year " + year,
                    "a review carries the " + what + " of its own year; write \"year\": " + year);
            return null;
        }
        return y;
    }

    private BlocTerm term(Fields f) {
        Fields t = f.object("term", false, "term", Format.TERM_FIELDS);
        if (t == null) {
            return null;
        }
        Integer termYear = sameYear(t, "term");
        UnitId head = member(t, "head", true, "term head");
        UnitId deputy = member(t, "deputy", false, "term deputy");
        TermMethod method = t.enumValue("method", true, TermMethod.class, "term method");
        if (head != null && head.equals(deputy)) {
            ctx.error(t.at("deputy"), "the deputy '" + deputy + "' is also the head",
                    "the head and the deputy must be different units; omit \"deputy\" when the bloc has none");
            return null;
        }
        if (termYear == null || head == null || method == null) {
            return null;
        }
        return ctx.build(t.path(), () -> new BlocTerm(termYear, head, deputy, method));
    }

    private Pact pact(Fields f) {
        Fields p = f.object("pact", false, "pact", Format.PACT_FIELDS);
        if (p == null) {
            return null;
        }
        Integer pactYear = sameYear(p, "pact");
        LocalDate signedOn = p.date("signedOn", false);
        List<UnitId> signatories = new ArrayList<>();
        List<JsonNode> sig = p.array("signatories", true);
        if (sig != null) {
            Map<String, String> firstSeen = new HashMap<>();
            for (int i = 0; i < sig.size(); i++) {
                String path = JsonPath.index(p.at("signatories"), i);
                String id = Fields.unitId(ctx, sig.get(i), path, "signatory");
                if (id == null) {
                    continue;
                }
                String first = firstSeen.putIfAbsent(id, path);
                if (first != null) {
                    ctx.error(path, "duplicate signatory '" + id + "' (first at " + first + ")", "list each unit once");
                    continue;
                }
                UnitId u = member(id, path, "pact signatory");
                if (u != null) {
                    signatories.add(u);
                }
            }
        }
        List<PactTarget> targets = new ArrayList<>();
        List<JsonNode> tgt = p.array("targets", false);
        if (tgt != null) {
            for (int i = 0; i < tgt.size(); i++) {
                String path = JsonPath.index(p.at("targets"), i);
                Fields t = Fields.of(ctx, tgt.get(i), path, "pact target", Format.TARGET_FIELDS);
                if (t == null) {
                    continue;
                }
                UnitId unit = member(t, "unit", true, "pact target unit");
                String description = t.string("description", true);
                if (unit != null && description != null) {
                    PactTarget target = ctx.build(path, () -> new PactTarget(unit, description));
                    if (target != null) {
                        targets.add(target);
                    }
                }
            }
        }
        if (pactYear == null || sig == null) {
            return null;
        }
        return ctx.build(p.path(), () -> new Pact(pactYear, signedOn, signatories, targets));
    }

    private ScoringScheme scheme(Fields f, Map<String, Criterion> criteria) {
        Fields s = f.object("scheme", false, "scoring scheme", Format.SCHEME_FIELDS);
        if (s == null) {
            return null;
        }
        BigDecimal maxBase = positive(s, "maxBase");
        BigDecimal bonusCap = notNegative(s, "bonusCap");
        BigDecimal penaltyCap = notNegative(s, "penaltyCap");
        List<JsonNode> elements = s.array("criteria", true);
        boolean criteriaOk = elements != null;
        if (elements != null) {
            if (elements.isEmpty()) {
                ctx.error(s.at("criteria"), "the scoring scheme has no criteria",
                        "list the criteria: [{\"id\": \"C1\", \"group\": ..., \"name\": ..., \"kind\": \"REGULAR\", \"max\": 40}]");
                criteriaOk = false;
            }
            Map<String, String> firstSeen = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                String path = JsonPath.index(s.at("criteria"), i);
                Fields c = Fields.of(ctx, elements.get(i), path, "criterion", Format.CRITERION_FIELDS);
                if (c == null) {
                    criteriaOk = false;
                    continue;
                }
                String id = c.string("id", true);
                String group = c.string("group", true);
                String name = c.string("name", true);
                CriterionKind kind = c.enumValue("kind", true, CriterionKind.class, "criterion kind");
                BigDecimal max = positive(c, "max");
                if (id != null) {
                    String first = firstSeen.putIfAbsent(id, c.at("id"));
                    if (first != null) {
                        ctx.error(c.at("id"), "duplicate criterion id '" + id + "' (first at " + first + ")",
                                "every criterion needs its own id");
                        id = null;
                    }
                }
                if (id == null || group == null || name == null || kind == null || max == null) {
                    criteriaOk = false;
                    continue;
                }
                String cid = id;
                Criterion criterion = ctx.build(path, () -> new Criterion(cid, group, name, kind, max));
                if (criterion != null) {
                    criteria.put(id, criterion);
                } else {
                    criteriaOk = false;
                }
            }
        }
        if (maxBase == null || bonusCap == null || penaltyCap == null || !criteriaOk) {
            return null;
        }
        List<Criterion> list = List.copyOf(criteria.values());
        return ctx.build(s.path(), () -> new ScoringScheme(maxBase, list, bonusCap, penaltyCap));
    }

    private BigDecimal positive(Fields f, String name) {
        BigDecimal v = f.decimal(name, true);
        if (v != null && v.signum() <= 0) {
            ctx.error(f.at(name), "'" + name + "' must be positive, was " + v, "write a number greater than 0");
            return null;
        }
        return v;
    }

    private BigDecimal notNegative(Fields f, String name) {
        BigDecimal v = f.decimal(name, true);
        if (v != null && v.signum() < 0) {
            ctx.error(f.at(name), "'" + name + "' must not be negative, was " + v, "write 0 or a positive number");
            return null;
        }
        return v;
    }

    private List<Scorecard> scorecards(Fields f, boolean schemeGiven, boolean schemeOk, Map<String, Criterion> criteria) {
        List<Scorecard> cards = new ArrayList<>();
        List<JsonNode> elements = f.array("scorecards", false);
        if (elements == null) {
            return cards;
        }
        if (!elements.isEmpty() && !schemeGiven) {
            ctx.error(f.at("scorecards"), "scorecards are given but there is no scoring scheme",
                    "add \"scheme\" with the criteria the scores refer to");
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("scorecards"), i);
            Fields c = Fields.of(ctx, elements.get(i), path, "scorecard", Format.SCORECARD_FIELDS);
            if (c == null) {
                continue;
            }
            UnitId unit = member(c, "unit", true, "scorecard unit");
            if (unit != null) {
                String first = firstSeen.putIfAbsent(unit.value(), c.at("unit"));
                if (first != null) {
                    ctx.error(c.at("unit"), "duplicate scorecard for unit '" + unit + "' (first at " + first + ")",
                            "give each unit one scorecard holding all its scores");
                }
            }
            List<Score> scores = new ArrayList<>();
            List<JsonNode> scoreNodes = c.array("scores", true);
            if (scoreNodes != null) {
                Map<String, String> seenCriteria = new HashMap<>();
                for (int j = 0; j < scoreNodes.size(); j++) {
                    Score s = score(scoreNodes.get(j), JsonPath.index(c.at("scores"), j), schemeOk, criteria,
                            seenCriteria);
                    if (s != null) {
                        scores.add(s);
                    }
                }
            }
            if (unit != null && scoreNodes != null) {
                Scorecard card = ctx.build(path, () -> new Scorecard(unit, scores));
                if (card != null) {
                    cards.add(card);
                }
            }
        }
        return cards;
    }

    private Score score(JsonNode element, String path, boolean schemeOk, Map<String, Criterion> criteria,
                        Map<String, String> seenCriteria) {
        Fields s = Fields.of(ctx, element, path, "score", Format.SCORE_FIELDS);
        if (s == null) {
            return null;
        }
        String criterionId = s.string("criterion", true);
        Criterion criterion = null;
        boolean duplicate = false;
        if (criterionId != null) {
            String first = seenCriteria.putIfAbsent(criterionId, s.at("criterion"));
            if (first != null) {
                ctx.error(s.at("criterion"), "duplicate score for criterion '" + criterionId + "' (first at "
                        + first + ")", "score each criterion once per unit");
                duplicate = true;
            }
            if (schemeOk) {
                criterion = criteria.get(criterionId);
                if (criterion == null) {
                    ctx.error(s.at("criterion"), "unknown criterion '" + Fields.abbreviate(criterionId) + "'",
                            Suggestions.didYouMean(criterionId, criteria.keySet()) + "criteria of the scheme: "
                                    + Suggestions.abbreviatedList(criteria.keySet()));
                }
            }
        }
        BigDecimal self = scoreValue(s, "self", true, criterion);
        BigDecimal assessed = scoreValue(s, "assessed", false, criterion);
        if (criterionId == null || duplicate || self == null || (s.has("assessed") && assessed == null)) {
            return null;
        }
        return ctx.build(path, () -> new Score(criterionId, self, assessed));
    }

    private BigDecimal scoreValue(Fields s, String name, boolean required, Criterion criterion) {
        BigDecimal v = s.decimal(name, required);
        if (v == null) {
            return null;
        }
        String range = criterion == null ? "0 or more" : "between 0 and " + criterion.max();
        if (v.signum() < 0) {
            ctx.error(s.at(name), name + " score " + v + " is negative",
                    "scores are " + range + "; a penalty criterion holds the points deducted, as a positive number");
            return null;
        }
        if (criterion != null && v.compareTo(criterion.max()) > 0) {
            ctx.error(s.at(name), name + " score " + v + " is above the maximum " + criterion.max()
                    + " of criterion '" + criterion.id() + "'", "scores are " + range);
            return null;
        }
        return v;
    }

    private List<YearRating> ratings(Fields f) {
        List<YearRating> ratings = new ArrayList<>();
        List<JsonNode> elements = f.array("ratings", false);
        if (elements == null) {
            return ratings;
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("ratings"), i);
            Fields r = Fields.of(ctx, elements.get(i), path, "rating", Format.RATING_FIELDS);
            if (r == null) {
                continue;
            }
            UnitId unit = member(r, "unit", true, "rating unit");
            Integer ratingYear = historicYear(r, "year", "rating");
            TaskRating rating = r.enumValue("rating", true, TaskRating.class, "task rating");
            if (unit != null && ratingYear != null) {
                String first = firstSeen.putIfAbsent(unit + "@" + ratingYear, path);
                if (first != null) {
                    ctx.error(path, "duplicate rating of unit '" + unit + "' for " + ratingYear + " (first at "
                            + first + ")", "rate each unit once per year");
                    continue;
                }
            }
            if (unit != null && ratingYear != null && rating != null) {
                YearRating y = ctx.build(path, () -> new YearRating(unit, ratingYear, rating));
                if (y != null) {
                    ratings.add(y);
                }
            }
        }
        return ratings;
    }

    private List<UnitYearFacts> facts(Fields f) {
        List<UnitYearFacts> facts = new ArrayList<>();
        List<JsonNode> elements = f.array("facts", false);
        Set<String> coveredThisYear = new LinkedHashSet<>();
        if (elements != null) {
            Map<String, String> firstSeen = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                String path = JsonPath.index(f.at("facts"), i);
                Fields x = Fields.of(ctx, elements.get(i), path, "facts", Format.FACTS_FIELDS);
                if (x == null) {
                    continue;
                }
                UnitYearFacts facts1 = oneFacts(x, path, firstSeen, coveredThisYear);
                if (facts1 != null) {
                    facts.add(facts1);
                }
            }
        }
        if (stage == Stage.YEAR_END && year != null && membersKnown) {
            // a member whose unit review is referenced gets its facts from it (checked in unitReviews)
            Set<String> fromUnitReviews = new java.util.HashSet<>();
            unitReviewRefs.forEach(r -> fromUnitReviews.add(r.member()));
            List<String> missing = memberIds.stream().filter(id -> !coveredThisYear.contains(id)
                    && !fromUnitReviews.contains(id)).toList();
            if (elements == null && !missing.isEmpty() && fromUnitReviews.isEmpty()) {
                ctx.error(f.path(), "a YEAR_END review needs \"facts\" for every member for " + year
                                + "; there are none",
                        "add \"facts\": [{\"unit\": \"" + missing.get(0) + "\", \"year\": " + year
                                + ", ...}, ...] with one entry per member");
            } else {
                for (String id : missing) {
                    ctx.error(f.at("facts"), "no facts for member '" + id + "' for " + year,
                            "a YEAR_END review needs every member's facts for the review year; add {\"unit\": \""
                                    + id + "\", \"year\": " + year + ", ...}");
                }
            }
        }
        return facts;
    }

    private UnitYearFacts oneFacts(Fields x, String path, Map<String, String> firstSeen, Set<String> coveredThisYear) {
        // The unit may be flagged as not a member; it still counts as covered so that it is not reported twice.
        String rawUnit = x.unitId("unit", true);
        UnitId unit = rawUnit == null ? null : member(rawUnit, x.at("unit"), "facts unit");
        Integer factsYear = historicYear(x, "year", "facts");
        if (rawUnit != null && factsYear != null) {
            String first = firstSeen.putIfAbsent(rawUnit + "@" + factsYear, path);
            if (first != null) {
                ctx.error(path, "duplicate facts for unit '" + rawUnit + "' for " + factsYear + " (first at "
                        + first + ")", "give one facts entry per unit and year");
            }
            if (factsYear.equals(year)) {
                coveredThisYear.add(rawUnit);
            }
        }
        Boolean targetsExceeded = x.bool("targetsExceeded", true);
        Boolean partyCleanStrong = x.bool("partyCleanStrong", true);
        Boolean solidarity = x.bool("solidarity", true);
        boolean underDisciplineReview = x.flag("underDisciplineReview");
        boolean underInvestigation = x.flag("underInvestigation");
        boolean pendingComplaint = x.flag("pendingComplaint");
        boolean pressIssue = x.flag("pressIssueUnderVerification");
        LocalDate disciplineEndedOn = x.date("disciplineEndedOn", false);
        Boolean partyOrganisationExcellent = x.bool("partyOrganisationExcellent", false);
        MemberStatistics stats = statistics(x);
        if (unit == null || factsYear == null || targetsExceeded == null || partyCleanStrong == null
                || solidarity == null || stats == null) {
            return null;
        }
        return ctx.build(path, () -> new UnitYearFacts(unit, factsYear, targetsExceeded, partyCleanStrong,
                solidarity, underDisciplineReview, underInvestigation, pendingComplaint, pressIssue,
                disciplineEndedOn, stats, partyOrganisationExcellent));
    }

    private MemberStatistics statistics(Fields x) {
        Fields m = x.object("members", true, "member statistics", Format.STATISTICS_FIELDS);
        if (m == null) {
            return null;
        }
        Integer headcount = m.integer("headcount", true);
        if (headcount != null && headcount < 1) {
            ctx.error(m.at("headcount"), "headcount must be at least 1, was " + headcount,
                    "write the number of individual members of the unit");
            headcount = null;
        }
        List<String> counts = Format.STATISTICS_FIELDS.subList(1, Format.STATISTICS_FIELDS.size());
        int[] values = new int[counts.size()];
        boolean ok = headcount != null;
        for (int i = 0; i < counts.size(); i++) {
            String name = counts.get(i);
            Integer v = m.integer(name, true);
            if (v == null) {
                ok = false;
            } else if (v < 0) {
                ctx.error(m.at(name), "'" + name + "' must not be negative, was " + v, "write a count of 0 or more");
                ok = false;
            } else if (headcount != null && v > headcount) {
                ctx.error(m.at(name), "'" + name + "' (" + v + ") exceeds the headcount (" + headcount + ")",
                        "a count of members cannot exceed \"headcount\"; correct one of them");
                ok = false;
            } else {
                values[i] = v;
            }
        }
        if (!ok) {
            return null;
        }
        int h = headcount;
        return ctx.build(m.path(), () -> new MemberStatistics(h, values[0], values[1], values[2], values[3],
                values[4]));
    }

    private List<AwardRecord> history(Fields f) {
        List<AwardRecord> history = new ArrayList<>();
        List<JsonNode> elements = f.array("history", false);
        if (elements == null) {
            return history;
        }
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("history"), i);
            Fields h = Fields.of(ctx, elements.get(i), path, "award record", Format.HISTORY_FIELDS);
            if (h == null) {
                continue;
            }
            UnitId unit = member(h, "unit", true, "history unit");
            AwardType award = h.enumValue("award", true, AwardType.class, "award code");
            Integer achievementYear = historicYear(h, "achievementYear", "achievement");
            DecisionRef decision = decision(h);
            boolean decisionOk = !h.has("decision") || decision != null;
            AwardKind kind = h.enumValue("kind", true, AwardKind.class, "award kind");
            AwardStatus status = h.enumValue("status", true, AwardStatus.class, "award status");
            Integer periodFrom = h.has("periodFrom") ? historicYear(h, "periodFrom", "achievement period start")
                    : null;
            boolean periodOk = !h.has("periodFrom") || periodFrom != null;
            if (periodOk && periodFrom != null && achievementYear != null && periodFrom > achievementYear) {
                ctx.error(h.at("periodFrom"), "the achievement period starts in " + periodFrom
                        + ", after its last year " + achievementYear,
                        "write the period's first year in \"periodFrom\" and its last year in \"achievementYear\"");
                periodOk = false;
            }
            if (unit != null && award != null && achievementYear != null && decisionOk && kind != null
                    && status != null && periodOk) {
                AwardRecord r = ctx.build(path, () -> new AwardRecord(unit, award, achievementYear, decision, kind,
                        status, periodFrom));
                if (r != null) {
                    history.add(r);
                }
            }
        }
        return history;
    }

    private DecisionRef decision(Fields h) {
        Fields d = h.object("decision", false, "decision", Format.DECISION_FIELDS);
        if (d == null) {
            return null;
        }
        String number = d.string("number", true);
        LocalDate date = d.date("date", true);
        if (number == null || date == null) {
            return null;
        }
        return ctx.build(d.path(), () -> new DecisionRef(number, date));
    }

    private List<NominationVote> votes(Fields f) {
        List<NominationVote> votes = new ArrayList<>();
        List<JsonNode> elements = f.array("votes", false);
        if (elements == null) {
            return votes;
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("votes"), i);
            Fields v = Fields.of(ctx, elements.get(i), path, "vote", Format.VOTE_FIELDS);
            if (v == null) {
                continue;
            }
            UnitId unit = member(v, "unit", true, "vote unit");
            AwardType award = v.enumValue("award", true, AwardType.class, "award code");
            if (unit != null && award != null) {
                String first = firstSeen.putIfAbsent(unit + "/" + award, path);
                if (first != null) {
                    ctx.error(path, "duplicate vote on " + award + " for unit '" + unit + "' (first at " + first + ")",
                            "record one vote per unit and award");
                    continue;
                }
            }
            Integer votesFor = count(v, "for");
            Integer against = count(v, "against");
            Integer present = count(v, "present");
            Integer members = v.integer("members", true);
            if (members != null && members < 1) {
                ctx.error(v.at("members"), "members entitled to vote must be at least 1, was " + members,
                        "write the number of member units entitled to vote");
                members = null;
            }
            boolean sumsOk = true;
            if (votesFor != null && against != null && present != null && votesFor + against > present) {
                ctx.error(v.at("for"), "votes for and against (" + votesFor + " + " + against + " = "
                                + (votesFor + against) + ") exceed the members present (" + present + ")",
                        "each member present casts at most one vote; check \"for\", \"against\" and \"present\"");
                sumsOk = false;
            }
            if (present != null && members != null && present > members) {
                ctx.error(v.at("present"), "members present (" + present + ") exceed the members entitled to vote ("
                        + members + ")", "check \"present\" and \"members\"");
                sumsOk = false;
            }
            if (unit != null && award != null && votesFor != null && against != null && present != null
                    && members != null && sumsOk) {
                int m = members;
                NominationVote vote = ctx.build(path, () -> new NominationVote(unit, award, votesFor, against,
                        present, m));
                if (vote != null) {
                    votes.add(vote);
                }
            }
        }
        return votes;
    }

    private Integer count(Fields v, String name) {
        Integer c = v.integer(name, true);
        if (c != null && c < 0) {
            ctx.error(v.at(name), "'" + name + "' must not be negative, was " + c, "write a count of 0 or more");
            return null;
        }
        return c;
    }

    private Election election(Fields f) {
        Fields e = f.object("election", false, "election", Format.ELECTION_FIELDS);
        if (e == null) {
            return null;
        }
        UnitId head = member(e, "head", true, "elected head");
        UnitId deputy = member(e, "deputy", false, "elected deputy");
        if (head != null && head.equals(deputy)) {
            ctx.error(e.at("deputy"), "the elected deputy '" + deputy + "' is also the elected head",
                    "the head and the deputy must be different units; omit \"deputy\" when none was elected");
            return null;
        }
        if (head == null) {
            return null;
        }
        return ctx.build(e.path(), () -> new Election(head, deputy));
    }

    // ---- recorded decisions, dated exclusions, attestations ----

    private BlocDecisions decisions(Fields f) {
        Fields d = f.object("decisions", false, "bloc decisions", Format.DECISIONS_FIELDS);
        if (d == null) {
            return null;
        }
        int before = ctx.errorCount();
        String source = d.string("source", false);
        List<UnitId> leaders = new ArrayList<>();
        List<JsonNode> ls = d.array("leaders", true);
        if (ls != null) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < ls.size(); i++) {
                String path = JsonPath.index(d.at("leaders"), i);
                String id = Fields.unitId(ctx, ls.get(i), path, "leaders");
                if (id == null) {
                    continue;
                }
                String first = seen.putIfAbsent(id, path);
                if (first != null) {
                    ctx.error(path, "leader '" + id + "' is listed twice (first at " + first + ")",
                            "list each chosen leader once");
                    continue;
                }
                UnitId u = member(id, path, "chosen leader");
                if (u != null) {
                    leaders.add(u);
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        List<JsonNode> ps = d.array("proposals", true);
        if (ps != null) {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < ps.size(); i++) {
                String path = JsonPath.index(d.at("proposals"), i);
                Fields p = Fields.of(ctx, ps.get(i), path, "proposal", Format.PROPOSAL_FIELDS);
                if (p == null) {
                    continue;
                }
                UnitId unit = member(p, "unit", true, "proposal unit");
                AwardType award = p.enumValue("award", true, AwardType.class, "award code");
                if (unit != null && award != null) {
                    String first = seen.putIfAbsent(unit + "/" + award, path);
                    if (first != null) {
                        ctx.error(path, "duplicate proposal of " + award + " for unit '" + unit + "' (first at "
                                + first + ")", "record one proposal per unit and award");
                        continue;
                    }
                }
                Tally vote = null;
                boolean voteOk = true;
                Fields v = p.object("vote", false, "vote", Format.TALLY_FIELDS);
                if (v != null) {
                    vote = tally(v, null, null);
                    voteOk = vote != null;
                } else if (p.has("vote")) {
                    voteOk = false;
                }
                String note = p.string("note", false);
                if (unit != null && award != null && voteOk) {
                    Tally t = vote;
                    Proposal proposal = ctx.build(path, () -> new Proposal(unit, award, t, note));
                    if (proposal != null) {
                        proposals.add(proposal);
                    }
                }
            }
        }
        if (ctx.errorCount() > before) {
            return null;
        }
        return ctx.build(d.path(), () -> new BlocDecisions(leaders, proposals, source));
    }

    /**
     * A vote count at {@code v}; {@code present} and {@code members} come from the object unless given (the
     * council's session gives them for its ballots). Null after reporting its errors.
     */
    static Tally tally(Context ctx, Fields v, Integer present, Integer members) {
        Integer votesFor = nonNegative(ctx, v, "for", true);
        Integer against = nonNegative(ctx, v, "against", true);
        Integer written = v.has("written") ? nonNegative(ctx, v, "written", false) : Integer.valueOf(0);
        Integer p = present != null ? present : nonNegative(ctx, v, "present", true);
        Integer m = members;
        if (m == null) {
            m = v.integer("members", true);
            if (m != null && m < 1) {
                ctx.error(v.at("members"), "members entitled to vote must be at least 1, was " + m,
                        "write the number of members entitled to vote");
                m = null;
            }
        }
        if (votesFor == null || against == null || written == null || p == null || m == null) {
            return null;
        }
        if (p > m) {
            ctx.error(v.at("present"), "members present (" + p + ") exceed the members entitled to vote (" + m + ")",
                    "check \"present\" and \"members\"");
            return null;
        }
        if (written > m - p) {
            ctx.error(v.at("written"), "written opinions (" + written + ") exceed the absent members (" + (m - p) + ")",
                    "only members absent from the session give written opinions");
            return null;
        }
        if (votesFor + against > p + written) {
            ctx.error(v.at("for"), "votes for and against (" + votesFor + " + " + against + " = "
                            + (votesFor + against) + ") exceed the members present plus written opinions ("
                            + (p + written) + ")",
                    "each member casts at most one vote; check \"for\", \"against\", \"present\" and \"written\"");
            return null;
        }
        int vf = votesFor;
        int va = against;
        int vp = p;
        int vm = m;
        int vw = written;
        return ctx.build(v.path(), () -> new Tally(vf, va, vp, vm, vw));
    }

    private Tally tally(Fields v, Integer present, Integer members) {
        return tally(ctx, v, present, members);
    }

    private static Integer nonNegative(Context ctx, Fields v, String name, boolean required) {
        Integer c = v.integer(name, required);
        if (c != null && c < 0) {
            ctx.error(v.at(name), "'" + name + "' must not be negative, was " + c, "write a count of 0 or more");
            return null;
        }
        return c;
    }

    private List<ExclusionFact> exclusions(Fields f) {
        List<ExclusionFact> result = new ArrayList<>();
        List<JsonNode> elements = f.array("exclusions", false);
        if (elements == null) {
            return result;
        }
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("exclusions"), i);
            Fields x = Fields.of(ctx, elements.get(i), path, "exclusion", Format.EXCLUSION_FIELDS);
            if (x == null) {
                continue;
            }
            UnitId unit = member(x, "unit", true, "exclusion unit");
            ExclusionKind kind = x.enumValue("kind", true, ExclusionKind.class, "exclusion kind");
            LocalDate from = x.date("from", true);
            LocalDate to = x.date("to", false);
            boolean violation = x.flag("violationFound");
            String note = x.string("note", false);
            if (from != null && to != null && to.isBefore(from)) {
                ctx.error(x.at("to"), "the procedure ends (" + to + ") before it starts (" + from + ")",
                        "check \"from\" and \"to\"; omit \"to\" while the procedure runs");
                continue;
            }
            if (violation && !x.has("to")) {
                ctx.error(x.at("violationFound"), "\"violationFound\" is given for a procedure that has not ended",
                        "write the end date in \"to\", or omit \"violationFound\"");
                continue;
            }
            if (unit != null && kind != null && from != null && (to != null || !x.has("to"))) {
                ExclusionFact e = ctx.build(path, () -> new ExclusionFact(unit, kind, from, to, violation, note));
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private List<Attestation> attestations(Fields f) {
        List<Attestation> result = new ArrayList<>();
        List<JsonNode> elements = f.array("attestations", false);
        if (elements == null) {
            return result;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.index(f.at("attestations"), i);
            Fields a = Fields.of(ctx, elements.get(i), path, "attestation", Format.ATTESTATION_FIELDS);
            if (a == null) {
                continue;
            }
            UnitId unit = member(a, "unit", true, "attestation unit");
            Integer y = historicYear(a, "year", "attestation");
            AttestedCondition condition = a.enumValue("condition", true, AttestedCondition.class, "attested condition");
            Boolean met = a.bool("met", true);
            String evidence = a.string("evidence", false);
            if (unit != null && y != null && condition != null) {
                String first = seen.putIfAbsent(unit + "@" + y + "/" + condition, path);
                if (first != null) {
                    ctx.error(path, "duplicate attestation of " + condition + " for unit '" + unit + "' in " + y
                            + " (first at " + first + ")", "attest each condition once per unit and year");
                    continue;
                }
            }
            if (unit != null && y != null && condition != null && met != null) {
                int year = y;
                boolean m = met;
                Attestation at = ctx.build(path, () -> new Attestation(unit, year, condition, m, evidence));
                if (at != null) {
                    result.add(at);
                }
            }
        }
        return result;
    }
}
