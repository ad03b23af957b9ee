package io.github.thidua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Checks;
import io.github.thidua.core.DecisionRef;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.people.Attestation;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.CouncilBallot;
import io.github.thidua.core.people.Discipline;
import io.github.thidua.core.people.DisciplineLevel;
import io.github.thidua.core.people.Gender;
import io.github.thidua.core.people.IndividualAward;
import io.github.thidua.core.people.Initiative;
import io.github.thidua.core.people.Person;
import io.github.thidua.core.people.PersonAward;
import io.github.thidua.core.people.PersonCategory;
import io.github.thidua.core.people.PersonRating;
import io.github.thidua.core.people.RecognitionLevel;
import io.github.thidua.core.people.UnitReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one unit review document, checking everything the format promises and reporting every problem found
 * (file, JSON path, message, hint with "did you mean"); builds the records only when there was none.
 */
final class UnitReviewReader {
    private static final int YEAR_MIN = Checks.Years.MIN;
    private static final int YEAR_MAX = Checks.Years.MAX;

    private final Context ctx;
    private final JsonNode node;
    private final String root;
    private final Set<String> personIds = new LinkedHashSet<>();
    private final Map<String, String> initiativeSeen = new HashMap<>();
    private boolean peopleKnown;
    private Integer year;

    UnitReviewReader(Context ctx, JsonNode node, String root) {
        this.ctx = ctx;
        this.node = node;
        this.root = root;
    }

    /** The review, or null when any problem was reported. */
    UnitReview read() {
        int errorsBefore = ctx.errorCount();
        JsonNode kindNode = node == null ? null : node.get("kind");
        if (kindNode != null && kindNode.isTextual()
                && (kindNode.textValue().equals(Format.BLOC_REVIEW) || kindNode.textValue().equals(Format.PROVINCE_REVIEW))) {
            ctx.error(JsonPath.child(root, "kind"), "expected kind '" + UnitReviewFormat.UNIT_REVIEW + "', found '"
                    + kindNode.textValue() + "'", "this is a " + kindNode.textValue() + "; read it as one");
            return null;
        }
        Fields f = Fields.of(ctx, node, root, "unit review", UnitReviewFormat.UNIT_REVIEW_FIELDS);
        if (f == null) {
            return null;
        }
        BlocReviewReader.checkKind(ctx, f, UnitReviewFormat.UNIT_REVIEW);
        boolean illustrative = f.flag("illustrative");
        String note = f.string("note", false);
        year = f.integer("year", true, Format.REVIEW_YEAR_MIN, Format.REVIEW_YEAR_MAX,
                "the review year is the achievement year, between " + Format.REVIEW_YEAR_MIN + " and "
                        + Format.REVIEW_YEAR_MAX);
        LocalDate reviewDate = BlocReviewReader.reviewDate(ctx, f, year);
        LocalDate decisionDate = f.date("decisionDate", false);
        if (decisionDate != null && reviewDate != null && decisionDate.isBefore(reviewDate)) {
            ctx.error(f.at("decisionDate"), "decisionDate " + decisionDate + " is before reviewDate " + reviewDate,
                    "the award decisions follow the council's review; check both dates");
            decisionDate = null;
        }
        String province = f.string("province", true);
        String profile = BlocReviewReader.profile(ctx, f);
        Unit unit = unit(f);
        TaskRating unitRating = f.enumValue("unitRating", false, TaskRating.class, "task rating");
        boolean outstanding = f.flag("outstandingUnit");
        CollectiveFacts facts = facts(f);
        Integer council = f.integer("councilMembers", false, 1, 1000,
                "the unit's emulation council has between 1 and 1000 members");
        List<Person> people = people(f);
        List<CouncilBallot> ballots = ballots(f, council);
        if (ctx.errorCount() > errorsBefore) {
            return null;
        }
        LocalDate decided = decisionDate;
        return ctx.build(root, () -> new UnitReview(year, reviewDate, decided, province, profile, unit, unitRating,
                outstanding, facts, council, people, ballots, illustrative, note));
    }

    private Unit unit(Fields f) {
        Fields u = f.object("unit", true, "unit", UnitReviewFormat.UNIT_FIELDS);
        if (u == null) {
            return null;
        }
        String id = u.unitId("id", true);
        String name = u.string("name", true);
        UnitKind kind = u.enumValue("kind", true, UnitKind.class, "unit kind");
        if (id == null || name == null || kind == null) {
            return null;
        }
        return ctx.build(u.path(), () -> new Unit(UnitId.of(id), name, kind));
    }

    private CollectiveFacts facts(Fields f) {
        Fields c = f.object("facts", false, "collective facts", UnitReviewFormat.FACTS_FIELDS);
        if (c == null) {
            return null;
        }
        Set<io.github.thidua.core.AttestedCondition> attested =
                EnumSet.noneOf(io.github.thidua.core.AttestedCondition.class);
        List<JsonNode> elements = c.array("attested", false);
        if (elements != null) {
            for (int i = 0; i < elements.size(); i++) {
                String p = JsonPath.index(c.at("attested"), i);
                var a = Fields.enumValue(ctx, elements.get(i), p, "attested",
                        io.github.thidua.core.AttestedCondition.class, "attested condition");
                if (a != null && !attested.add(a)) {
                    ctx.error(p, "attested condition " + a + " is listed twice", "list each condition once");
                }
            }
        }
        return new CollectiveFacts(c.flag("targetsExceeded"), c.flag("partyCleanStrong"), c.flag("solidarity"),
                c.flag("underDisciplineReview"), c.flag("underInvestigation"), c.flag("pendingComplaint"),
                c.flag("pressIssueUnderVerification"), c.date("disciplineEndedOn", false), attested,
                c.has("partyOrganisationExcellent") ? c.bool("partyOrganisationExcellent", false) : null);
    }

    private List<Person> people(Fields f) {
        List<Person> people = new ArrayList<>();
        List<JsonNode> elements = f.array("people", true);
        if (elements == null) {
            return people;
        }
        peopleKnown = true;
        String path = f.at("people");
        if (elements.isEmpty()) {
            ctx.error(path, "the review lists no people",
                    "list the agency's people: [{\"id\": ..., \"name\": ..., \"category\": ..., \"gender\": ...}]");
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(path, i);
            Fields m = Fields.of(ctx, elements.get(i), p, "person", UnitReviewFormat.PERSON_FIELDS);
            if (m == null) {
                continue;
            }
            int before = ctx.errorCount();
            String id = id(m, "id", true, "person");
            if (id != null) {
                String first = firstSeen.putIfAbsent(id, m.at("id"));
                if (first != null) {
                    ctx.error(m.at("id"), "duplicate person id '" + id + "' (first at " + first + ")",
                            "every person needs their own id; rename or remove one of them");
                } else {
                    personIds.add(id);
                }
            }
            String name = m.string("name", true);
            String position = m.string("position", false);
            PersonCategory category = m.enumValue("category", true, PersonCategory.class, "person category");
            Gender gender = m.enumValue("gender", true, Gender.class, "gender");
            List<PersonRating> ratings = ratings(m);
            List<Discipline> discipline = discipline(m);
            List<Initiative> initiatives = initiatives(m);
            Set<Attestation> attested = attested(m);
            List<PersonAward> history = history(m, initiatives);
            if (ctx.errorCount() == before) {
                Person person = ctx.build(p, () -> new Person(id, name, position, category, gender, ratings,
                        discipline, initiatives, attested, history));
                if (person != null) {
                    people.add(person);
                }
            }
        }
        return people;
    }

    private String id(Fields f, String name, boolean required, String what) {
        String s = f.string(name, required);
        if (s != null && !UnitId.isValid(s)) {
            ctx.error(f.at(name), "invalid " + what + " id '" + Fields.abbreviate(s) + "'", Fields.UNIT_ID_HINT);
            return null;
        }
        return s;
    }

    private Integer pastYear(Fields f, String name, String what) {
        Integer y = f.integer(name, true, YEAR_MIN, YEAR_MAX, what + " years lie between " + YEAR_MIN + " and " + YEAR_MAX);
        if (y != null && year != null && y > year) {
            ctx.error(f.at(name), what + " year " + y + " is after the review year " + year,
                    "only this and earlier years can be known at a " + year + " review");
            return null;
        }
        return y;
    }

    private List<PersonRating> ratings(Fields m) {
        List<PersonRating> out = new ArrayList<>();
        List<JsonNode> elements = m.array("ratings", false);
        if (elements == null) {
            return out;
        }
        Map<Integer, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(m.at("ratings"), i);
            Fields r = Fields.of(ctx, elements.get(i), p, "rating", UnitReviewFormat.RATING_FIELDS);
            if (r == null) {
                continue;
            }
            Integer y = pastYear(r, "year", "rating");
            TaskRating rating = r.enumValue("rating", true, TaskRating.class, "task rating");
            if (y != null) {
                String first = firstSeen.putIfAbsent(y, p);
                if (first != null) {
                    ctx.error(r.at("year"), "a second rating for " + y + " (first at " + first + ")",
                            "a person has one rating per year; remove one of them");
                    continue;
                }
            }
            if (y != null && rating != null) {
                out.add(new PersonRating(y, rating));
            }
        }
        return out;
    }

    private List<Discipline> discipline(Fields m) {
        List<Discipline> out = new ArrayList<>();
        List<JsonNode> elements = m.array("discipline", false);
        if (elements == null) {
            return out;
        }
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(m.at("discipline"), i);
            Fields d = Fields.of(ctx, elements.get(i), p, "discipline", UnitReviewFormat.DISCIPLINE_FIELDS);
            if (d == null) {
                continue;
            }
            DisciplineLevel level = d.enumValue("level", true, DisciplineLevel.class, "discipline level");
            LocalDate decided = d.date("decided", true);
            LocalDate until = d.date("servedUntil", false);
            if (decided != null && until != null && until.isBefore(decided)) {
                ctx.error(d.at("servedUntil"), "servedUntil " + until + " is before the decision date " + decided,
                        "servedUntil is the last day of the sanction's period; check both dates");
                continue;
            }
            if (decided != null && year != null && decided.getYear() > year + 1) {
                ctx.error(d.at("decided"), "a discipline decided on " + decided + " cannot be known at the "
                        + year + " review", "check the year of the date");
                continue;
            }
            if (level != null && decided != null) {
                out.add(new Discipline(level, decided, until));
            }
        }
        return out;
    }

    private List<Initiative> initiatives(Fields m) {
        List<Initiative> out = new ArrayList<>();
        List<JsonNode> elements = m.array("initiatives", false);
        if (elements == null) {
            return out;
        }
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(m.at("initiatives"), i);
            Fields s = Fields.of(ctx, elements.get(i), p, "initiative", UnitReviewFormat.INITIATIVE_FIELDS);
            if (s == null) {
                continue;
            }
            String id = id(s, "id", true, "initiative");
            if (id != null) {
                String first = initiativeSeen.putIfAbsent(id, s.at("id"));
                if (first != null) {
                    ctx.error(s.at("id"), "duplicate initiative id '" + id + "' (first at " + first + ")",
                            "an initiative belongs to one person and is listed once; give each its own id");
                    id = null;
                }
            }
            String title = s.string("title", true);
            RecognitionLevel level = s.enumValue("level", true, RecognitionLevel.class, "recognition level");
            String by = s.string("recognisedBy", true);
            LocalDate on = s.date("recognisedOn", true);
            if (on != null && year != null && on.getYear() > year + 1) {
                ctx.error(s.at("recognisedOn"), "an initiative recognised on " + on + " cannot count for " + year,
                        "check the year of the date");
                continue;
            }
            boolean topic = s.flag("scienceTopic");
            if (id != null && title != null && level != null && by != null && on != null) {
                String iid = id;
                Initiative in = ctx.build(p, () -> new Initiative(iid, title, level, by, on, topic));
                if (in != null) {
                    out.add(in);
                }
            }
        }
        return out;
    }

    private Set<Attestation> attested(Fields m) {
        Set<Attestation> out = EnumSet.noneOf(Attestation.class);
        List<JsonNode> elements = m.array("attested", false);
        if (elements == null) {
            return out;
        }
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(m.at("attested"), i);
            Attestation a = Fields.enumValue(ctx, elements.get(i), p, "attested", Attestation.class, "attestation");
            if (a != null && !out.add(a)) {
                ctx.error(p, "attestation " + a + " is listed twice", "list each attestation once");
            }
        }
        return out;
    }

    private List<PersonAward> history(Fields m, List<Initiative> initiatives) {
        List<PersonAward> out = new ArrayList<>();
        List<JsonNode> elements = m.array("history", false);
        if (elements == null) {
            return out;
        }
        List<String> own = initiatives.stream().map(Initiative::id).toList();
        Map<String, String> usedAt = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(m.at("history"), i);
            Fields h = Fields.of(ctx, elements.get(i), p, "award", UnitReviewFormat.AWARD_FIELDS);
            if (h == null) {
                continue;
            }
            int before = ctx.errorCount();
            IndividualAward award = h.enumValue("award", true, IndividualAward.class, "individual award");
            Integer y = pastYear(h, "year", "award");
            DecisionRef decision = decision(h);
            AwardStatus status = h.enumValue("status", true, AwardStatus.class, "award status");
            List<String> used = new ArrayList<>();
            List<JsonNode> ids = h.array("initiatives", false);
            if (ids != null) {
                for (int k = 0; k < ids.size(); k++) {
                    String ip = JsonPath.index(h.at("initiatives"), k);
                    String iid = Fields.text(ctx, ids.get(k), ip, "initiative");
                    if (iid == null) {
                        continue;
                    }
                    if (!own.contains(iid)) {
                        ctx.error(ip, "initiative '" + Fields.abbreviate(iid) + "' is not among this person's initiatives",
                                Suggestions.didYouMean(iid, own) + "list it under the person's \"initiatives\" first");
                        continue;
                    }
                    String first = usedAt.putIfAbsent(iid, ip);
                    if (first != null) {
                        ctx.error(ip, "initiative '" + iid + "' already supported another award (at " + first + ")",
                                "one initiative supports one award only (Công văn 5007/BNV-TĐKT); remove one use");
                        continue;
                    }
                    used.add(iid);
                }
            }
            if (ctx.errorCount() == before && award != null && y != null && status != null) {
                out.add(new PersonAward(award, y, decision, status, used));
            }
        }
        return out;
    }

    private DecisionRef decision(Fields h) {
        Fields d = h.object("decision", false, "decision", UnitReviewFormat.DECISION_FIELDS);
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

    private List<CouncilBallot> ballots(Fields f, Integer council) {
        List<CouncilBallot> out = new ArrayList<>();
        List<JsonNode> elements = f.array("ballots", false);
        if (elements == null) {
            return out;
        }
        if (!elements.isEmpty() && !f.has("councilMembers")) {
            ctx.error(f.path(), "ballots are given but not councilMembers",
                    "add \"councilMembers\": <number of members of the unit's emulation council>; the thresholds"
                            + " count all members");
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String p = JsonPath.index(f.at("ballots"), i);
            Fields b = Fields.of(ctx, elements.get(i), p, "ballot", UnitReviewFormat.BALLOT_FIELDS);
            if (b == null) {
                continue;
            }
            String person = id(b, "person", true, "person");
            if (person != null && peopleKnown && !personIds.contains(person)) {
                ctx.error(b.at("person"), "ballot person '" + person + "' is not in the review",
                        Suggestions.didYouMean(person, personIds) + "use the id of a person listed in "
                                + JsonPath.child(root, "people"));
                person = null;
            }
            IndividualAward award = b.enumValue("award", true, IndividualAward.class, "individual award");
            Integer votes = b.integer("for", true);
            if (votes != null && votes < 0) {
                ctx.error(b.at("for"), "'for' " + votes + " is negative", "count the votes in favour, 0 or more");
                votes = null;
            }
            if (votes != null && council != null && votes > council) {
                ctx.error(b.at("for"), votes + " votes for, but the council has " + council + " members",
                        "votes (with written opinions of absent members) cannot exceed councilMembers");
                votes = null;
            }
            if (person != null && award != null) {
                String first = firstSeen.putIfAbsent(person + "/" + award, p);
                if (first != null) {
                    ctx.error(p, "a second ballot for '" + person + "' on " + award + " (first at " + first + ")",
                            "record one ballot per person and award (the final round)");
                    continue;
                }
            }
            if (person != null && award != null && votes != null) {
                out.add(new CouncilBallot(person, award, votes));
            }
        }
        return out;
    }
}
