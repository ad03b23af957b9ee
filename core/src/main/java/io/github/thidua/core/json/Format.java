package io.github.thidua.core.json;

import java.util.List;

/**
 * The field names of every object of the scenario format, in the order they are written
 * (docs/scenario-format.md). Reader, writer and the schema tests share these lists so they cannot drift apart.
 */
final class Format {
    /**
     * The optional root field naming the document's JSON Schema for editors ({@code "$schema"}). Its value must be
     * a string; the reader never opens or fetches it, and the writer does not write it.
     */
    static final String SCHEMA_FIELD = "$schema";

    static final String BLOC_REVIEW = "bloc-review";
    static final String PROVINCE_REVIEW = "province-review";

    static final int REVIEW_YEAR_MIN = 2017;
    static final int REVIEW_YEAR_MAX = 2100;

    static final List<String> BLOC_REVIEW_FIELDS = List.of(SCHEMA_FIELD, "kind", "illustrative", "note", "stage",
            "year", "reviewDate", "province", "profile", "bloc", "members", "term", "pact", "scheme", "scorecards",
            "ratings", "facts", "history", "votes", "election", "dossierReceivedDate", "decisions", "exclusions",
            "attestations");
    static final List<String> BLOC_FIELDS = List.of("id", "name", "kind", "organiser");
    static final List<String> MEMBER_FIELDS = List.of("id", "name", "kind", "managingAgency",
            "unitReview");
    /** A member's reference to its own unit review file ({@code members[].unitReview}). */
    static final List<String> UNIT_REVIEW_REF_FIELDS = List.of("file");
    static final List<String> AGENCY_FIELDS = List.of("kind", "name");
    static final List<String> TERM_FIELDS = List.of("year", "head", "deputy", "method");
    static final List<String> PACT_FIELDS = List.of("year", "signedOn", "signatories", "targets");
    static final List<String> TARGET_FIELDS = List.of("unit", "description");
    static final List<String> SCHEME_FIELDS = List.of("maxBase", "bonusCap", "penaltyCap", "criteria");
    static final List<String> CRITERION_FIELDS = List.of("id", "group", "name", "kind", "max");
    static final List<String> SCORECARD_FIELDS = List.of("unit", "scores");
    static final List<String> SCORE_FIELDS = List.of("criterion", "self", "assessed");
    static final List<String> RATING_FIELDS = List.of("unit", "year", "rating");
    static final List<String> FACTS_FIELDS = List.of("unit", "year", "targetsExceeded", "partyCleanStrong",
            "solidarity", "underDisciplineReview", "underInvestigation", "pendingComplaint",
            "pressIssueUnderVerification", "disciplineEndedOn", "partyOrganisationExcellent", "members");
    static final List<String> STATISTICS_FIELDS = List.of("headcount", "completedTasks", "advancedLabour",
            "emulationFighters", "disciplinedWarningOrAbove", "women");
    static final List<String> HISTORY_FIELDS = List.of("unit", "award", "achievementYear", "decision", "kind",
            "status", "periodFrom");
    static final List<String> DECISION_FIELDS = List.of("number", "date");
    static final List<String> VOTE_FIELDS = List.of("unit", "award", "for", "against", "present", "members");
    static final List<String> ELECTION_FIELDS = List.of("head", "deputy");
    static final List<String> DECISIONS_FIELDS = List.of("source", "leaders", "proposals");
    static final List<String> PROPOSAL_FIELDS = List.of("unit", "award", "vote", "note");
    static final List<String> TALLY_FIELDS = List.of("for", "against", "present", "members", "written");
    static final List<String> EXCLUSION_FIELDS = List.of("unit", "kind", "from", "to", "violationFound", "note");
    static final List<String> ATTESTATION_FIELDS = List.of("unit", "year", "condition", "met", "evidence");
    static final List<String> COUNCIL_FIELDS = List.of("date", "members", "present", "minutes", "ballots");
    static final List<String> BALLOT_FIELDS = List.of("unit", "award", "for", "against", "written", "chosen");

    static final List<String> PROVINCE_REVIEW_FIELDS = List.of(SCHEMA_FIELD, "kind", "illustrative", "note",
            "province", "year", "reviewDate", "profile", "blocs", "council");
    static final List<String> BLOC_FILE_FIELDS = List.of("file");

    private Format() {
    }
}
