package io.github.thidua.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.people.CollectiveFacts;
import io.github.thidua.core.people.CouncilBallot;
import io.github.thidua.core.people.Discipline;
import io.github.thidua.core.people.Initiative;
import io.github.thidua.core.people.Person;
import io.github.thidua.core.people.PersonAward;
import io.github.thidua.core.people.PersonRating;
import io.github.thidua.core.people.UnitReview;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;

/** Writes unit reviews in the documented field order; null optional values are omitted, flags always written. */
final class UnitReviewWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UnitReviewWriter() {
    }

    static String write(UnitReview r) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", UnitReviewFormat.UNIT_REVIEW);
        o.put("illustrative", r.illustrative());
        text(o, "note", r.note());
        o.put("year", r.year());
        date(o, "reviewDate", r.reviewDate());
        date(o, "decisionDate", r.decisionDate());
        text(o, "province", r.province());
        text(o, "profile", r.profile());
        ObjectNode u = o.putObject("unit");
        u.put("id", r.unit().id().value());
        text(u, "name", r.unit().name());
        u.put("kind", r.unit().kind().name());
        if (r.unitRating() != null) {
            o.put("unitRating", r.unitRating().name());
        }
        o.put("outstandingUnit", r.outstandingUnit());
        if (r.facts() != null) {
            CollectiveFacts c = r.facts();
            ObjectNode f = o.putObject("facts");
            f.put("targetsExceeded", c.targetsExceeded());
            f.put("partyCleanStrong", c.partyCleanStrong());
            f.put("solidarity", c.solidarity());
            f.put("underDisciplineReview", c.underDisciplineReview());
            f.put("underInvestigation", c.underInvestigation());
            f.put("pendingComplaint", c.pendingComplaint());
            f.put("pressIssueUnderVerification", c.pressIssueUnderVerification());
            date(f, "disciplineEndedOn", c.disciplineEndedOn());
            if (!c.attested().isEmpty()) {
                ArrayNode a = f.putArray("attested");
                c.attested().forEach(x -> a.add(x.name()));
            }
            if (c.partyOrganisationExcellent() != null) {
                f.put("partyOrganisationExcellent", c.partyOrganisationExcellent());
            }
        }
        if (r.councilMembers() != null) {
            o.put("councilMembers", r.councilMembers());
        }
        ArrayNode people = o.putArray("people");
        for (Person p : r.people()) {
            person(people.addObject(), p);
        }
        ArrayNode ballots = o.putArray("ballots");
        for (CouncilBallot b : r.ballots()) {
            ObjectNode n = ballots.addObject();
            n.put("person", b.person());
            n.put("award", b.award().name());
            n.put("for", b.votesFor());
        }
        try {
            return Json.WRITER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void person(ObjectNode n, Person p) {
        n.put("id", p.id());
        text(n, "name", p.name());
        text(n, "position", p.position());
        n.put("category", p.category().name());
        n.put("gender", p.gender().name());
        ArrayNode ratings = n.putArray("ratings");
        for (PersonRating r : p.ratings()) {
            ObjectNode x = ratings.addObject();
            x.put("year", r.year());
            x.put("rating", r.rating().name());
        }
        ArrayNode discipline = n.putArray("discipline");
        for (Discipline d : p.discipline()) {
            ObjectNode x = discipline.addObject();
            x.put("level", d.level().name());
            date(x, "decided", d.decided());
            date(x, "servedUntil", d.servedUntil());
        }
        ArrayNode initiatives = n.putArray("initiatives");
        for (Initiative i : p.initiatives()) {
            ObjectNode x = initiatives.addObject();
            x.put("id", i.id());
            text(x, "title", i.title());
            x.put("level", i.level().name());
            text(x, "recognisedBy", i.recognisedBy());
            date(x, "recognisedOn", i.recognisedOn());
            x.put("scienceTopic", i.scienceTopic());
        }
        ArrayNode attested = n.putArray("attested");
        p.attested().forEach(a -> attested.add(a.name()));
        ArrayNode history = n.putArray("history");
        for (PersonAward h : p.history()) {
            ObjectNode x = history.addObject();
            x.put("award", h.award().name());
            x.put("year", h.year());
            if (h.decision() != null) {
                ObjectNode d = x.putObject("decision");
                text(d, "number", h.decision().number());
                date(d, "date", h.decision().date());
            }
            x.put("status", h.status().name());
            ArrayNode used = x.putArray("initiatives");
            h.initiatives().forEach(used::add);
        }
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, Normalizer.normalize(value, Normalizer.Form.NFC));
        }
    }

    private static void date(ObjectNode o, String name, LocalDate value) {
        if (value != null) {
            o.put(name, value.toString());
        }
    }
}
