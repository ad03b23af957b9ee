package io.github.thidua.core.json;

import java.util.List;

/**
 * The field names of every object of the unit review format, in the order they are written
 * (docs/scenario-format.md, "Unit review"). Reader, writer and the schema test share these lists.
 */
final class UnitReviewFormat {
    static final String UNIT_REVIEW = "unit-review";

    static final List<String> UNIT_REVIEW_FIELDS = List.of(Format.SCHEMA_FIELD, "kind", "illustrative", "note", "year",
            "reviewDate", "decisionDate", "province", "profile", "unit", "unitRating", "outstandingUnit", "facts",
            "councilMembers", "people", "ballots");
    static final List<String> UNIT_FIELDS = List.of("id", "name", "kind");
    static final List<String> FACTS_FIELDS = List.of("targetsExceeded", "partyCleanStrong", "solidarity",
            "underDisciplineReview", "underInvestigation", "pendingComplaint", "pressIssueUnderVerification",
            "disciplineEndedOn", "attested", "partyOrganisationExcellent");
    static final List<String> PERSON_FIELDS = List.of("id", "name", "position", "category", "gender", "ratings",
            "discipline", "initiatives", "attested", "history");
    static final List<String> RATING_FIELDS = List.of("year", "rating");
    static final List<String> DISCIPLINE_FIELDS = List.of("level", "decided", "servedUntil");
    static final List<String> INITIATIVE_FIELDS = List.of("id", "title", "level", "recognisedBy", "recognisedOn",
            "scienceTopic");
    static final List<String> AWARD_FIELDS = List.of("award", "year", "decision", "status", "initiatives");
    static final List<String> DECISION_FIELDS = List.of("number", "date");
    static final List<String> BALLOT_FIELDS = List.of("person", "award", "for");

    private UnitReviewFormat() {
    }
}
