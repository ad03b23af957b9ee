package io.github.thidua.core.law;

import static io.github.thidua.core.law.LegalDocuments.DECREE_91_2017;
import static io.github.thidua.core.law.LegalDocuments.LAW_2003;
import static io.github.thidua.core.law.LegalDocuments.LAW_2022;
import static io.github.thidua.core.law.LegalDocuments.OFFICIAL_LETTER_5007_2023;

import io.github.thidua.core.AgencyKind;
import io.github.thidua.core.ManagingAgency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who has the power to award what, per legal period: the deciding and proposing authority of each award, with
 * the provisions that give the power. A provincial bloc proposes only the awards whose line names
 * {@link Authority#BLOC} among the proposers; the others are decided elsewhere (for the lower titles, by the head
 * of the unit's managing agency: Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80; from 01/07/2025 the commune
 * chairman holds the former district powers, Nghị định 129/2025/NĐ-CP, Điều 59).
 *
 * <p>Lines are looked up by award code, decision date and the kind of the unit's managing agency; ids are stable
 * (see {@link AuthorityEntry#id()}). Periods follow the decision date.
 */
public final class AuthorityCatalogue {
    /** Nghị định 129/2025/NĐ-CP (two-tier division of authority in the Home Affairs sector), from 01/07/2025. */
    public static final LegalSource DECREE_129_2025 = LegalSource.of("Nghị định 129/2025/NĐ-CP", null, null,
            LocalDate.of(2025, 7, 1), null, Certainty.CONFIRMED);
    /** Thông tư 08/2017/TT-BNV, Điều 8 (the provincial flag for the leaders of the province's clusters and blocs). */
    private static final LegalSource TT_08_ART_8 = LegalDocuments.CIRCULAR_08_2017.at("Điều 8", null);

    private static final LocalDate REGIME_A_FROM = LocalDate.of(2017, 10, 1);
    private static final LocalDate REGIME_A_TO = LocalDate.of(2023, 12, 31);
    private static final LocalDate REGIME_B_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate DISTRICT_TO = LocalDate.of(2025, 6, 30);

    private static final Set<AgencyKind> ANY = Set.of();
    private static final Set<AgencyKind> PROVINCIAL = EnumSet.of(AgencyKind.PROVINCIAL_DEPARTMENT,
            AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE);
    private static final List<Authority> BLOC_THEN_COUNCIL = List.of(Authority.BLOC, Authority.PROVINCIAL_COUNCIL);
    private static final List<Authority> AGENCY = List.of(Authority.MANAGING_AGENCY);
    private static final List<Authority> AGENCY_THEN_COUNCIL = List.of(Authority.MANAGING_AGENCY,
            Authority.PROVINCIAL_COUNCIL);

    private static final List<AuthorityEntry> ENTRIES;
    private static final Map<String, AuthorityEntry> BY_ID;

    static {
        List<AuthorityEntry> e = new ArrayList<>();
        // ---- collective awards a bloc deals with ----
        String gf = AwardType.GOVERNMENT_FLAG.name();
        e.add(line("auth.GOVERNMENT_FLAG.2017", gf, false, REGIME_A_FROM, REGIME_A_TO, ANY, Authority.PRIME_MINISTER,
                BLOC_THEN_COUNCIL, Certainty.CONFIRMED, DECREE_91_2017.at("Điều 11", "khoản 1"),
                OFFICIAL_LETTER_5007_2023));
        e.add(line("auth.GOVERNMENT_FLAG.2024", gf, false, REGIME_B_FROM, null, ANY, Authority.PRIME_MINISTER,
                BLOC_THEN_COUNCIL, Certainty.SECONDARY, LAW_2022.at("Điều 25", "khoản 1")));
        String pf = AwardType.PROVINCIAL_FLAG.name();
        e.add(line("auth.PROVINCIAL_FLAG.2017", pf, false, REGIME_A_FROM, REGIME_A_TO, ANY,
                Authority.PROVINCIAL_CHAIRMAN, BLOC_THEN_COUNCIL, Certainty.CONFIRMED,
                DECREE_91_2017.at("Điều 12", null), TT_08_ART_8));
        e.add(line("auth.PROVINCIAL_FLAG.2024", pf, false, REGIME_B_FROM, null, ANY, Authority.PROVINCIAL_CHAIRMAN,
                BLOC_THEN_COUNCIL, Certainty.ASSUMPTION, LAW_2022.at("Điều 26", "khoản 1")));
        String pm = AwardType.PRIME_MINISTER_CERTIFICATE.name();
        e.add(line("auth.PRIME_MINISTER_CERTIFICATE.2017", pm, false, REGIME_A_FROM, REGIME_A_TO, ANY,
                Authority.PRIME_MINISTER, BLOC_THEN_COUNCIL, Certainty.SECONDARY, DECREE_91_2017.at("Điều 38", null)));
        e.add(line("auth.PRIME_MINISTER_CERTIFICATE.2024", pm, false, REGIME_B_FROM, null, ANY,
                Authority.PRIME_MINISTER, BLOC_THEN_COUNCIL, Certainty.SECONDARY, LAW_2022.at("Điều 73", null)));
        String pc = AwardType.PROVINCIAL_CERTIFICATE.name();
        e.add(line("auth.PROVINCIAL_CERTIFICATE.2017", pc, false, REGIME_A_FROM, REGIME_A_TO, ANY,
                Authority.PROVINCIAL_CHAIRMAN, BLOC_THEN_COUNCIL, Certainty.SECONDARY,
                DECREE_91_2017.at("Điều 39", null).withCertainty(Certainty.ASSUMPTION)));
        e.add(line("auth.PROVINCIAL_CERTIFICATE.2024", pc, false, REGIME_B_FROM, null, ANY,
                Authority.PROVINCIAL_CHAIRMAN, BLOC_THEN_COUNCIL, Certainty.CONFIRMED, LAW_2022.at("Điều 74", null)));
        // TTLĐXS: decided at provincial level, proposed by the unit's managing agency, not by the bloc's vote.
        String elc = AwardType.EXCELLENT_LABOUR_COLLECTIVE.name();
        e.add(line("auth.EXCELLENT_LABOUR_COLLECTIVE.2017", elc, false, REGIME_A_FROM, REGIME_A_TO, ANY,
                Authority.PROVINCIAL_CHAIRMAN, AGENCY_THEN_COUNCIL, Certainty.ASSUMPTION,
                LAW_2003.at("Điều 27", null).withCertainty(Certainty.SECONDARY)));
        e.add(line("auth.EXCELLENT_LABOUR_COLLECTIVE.2024", elc, false, REGIME_B_FROM, null, ANY,
                Authority.PROVINCIAL_CHAIRMAN, AGENCY_THEN_COUNCIL, Certainty.ASSUMPTION,
                LAW_2022.at("Điều 27", null)));
        // TTLĐTT and Giấy khen: the head of the managing agency (Luật 2022, Điều 80) [C].
        for (AwardType lower : List.of(AwardType.ADVANCED_LABOUR_COLLECTIVE, AwardType.CERTIFICATE_OF_COMMENDATION)) {
            lowerTitle(e, lower.name(), false, lower == AwardType.CERTIFICATE_OF_COMMENDATION);
        }
        // ---- individual titles (for the individual reviews) ----
        lowerTitle(e, "ADVANCED_LABOURER", true, true);
        lowerTitle(e, "GRASSROOTS_EMULATION_FIGHTER", true, false);
        e.add(line("auth.PROVINCIAL_EMULATION_FIGHTER.2024", "PROVINCIAL_EMULATION_FIGHTER", true, REGIME_B_FROM,
                null, ANY, Authority.PROVINCIAL_CHAIRMAN, AGENCY_THEN_COUNCIL, Certainty.ASSUMPTION,
                LAW_2022.at("Điều 22", null).withCertainty(Certainty.ASSUMPTION)));
        e.add(line("auth.NATIONAL_EMULATION_FIGHTER.2024", "NATIONAL_EMULATION_FIGHTER", true, REGIME_B_FROM,
                null, ANY, Authority.PRIME_MINISTER, AGENCY_THEN_COUNCIL, Certainty.ASSUMPTION,
                LAW_2022.at("Điều 21", null).withCertainty(Certainty.ASSUMPTION)));
        ENTRIES = List.copyOf(e);
        Map<String, AuthorityEntry> byId = new LinkedHashMap<>();
        for (AuthorityEntry x : ENTRIES) {
            if (byId.put(x.id(), x) != null) {
                throw new IllegalStateException("duplicate authority id " + x.id());
            }
        }
        BY_ID = Collections.unmodifiableMap(byId);
    }

    private AuthorityCatalogue() {
    }

    /**
     * The lower titles decided by the head of the managing agency: Luật 2022, Điều 80, khoản 1 (provincial
     * department heads), 2 (district chairman), 3 (commune chairman: LĐTT and Giấy khen only), 4 (enterprise
     * director); from 01/07/2025 the commune chairman takes the district powers (Nghị định 129/2025, Điều 59).
     * Before 2024 the deciding head is recorded only in general terms [U].
     */
    private static void lowerTitle(List<AuthorityEntry> e, String award, boolean individual, boolean communeDecides) {
        String p = "auth." + award + ".";
        if (!individual) {
            e.add(line(p + "2017", award, false, REGIME_A_FROM, REGIME_A_TO, ANY, Authority.HEAD_OF_AGENCY, AGENCY,
                    Certainty.ASSUMPTION, LAW_2003.withCertainty(Certainty.ASSUMPTION)));
        }
        e.add(line(p + "2024.department", award, individual, REGIME_B_FROM, null, PROVINCIAL,
                Authority.DEPARTMENT_HEAD, AGENCY, Certainty.CONFIRMED, LAW_2022.at("Điều 80", "khoản 1")));
        e.add(line(p + "2024.enterprise", award, individual, REGIME_B_FROM, null, EnumSet.of(AgencyKind.ENTERPRISE),
                Authority.ENTERPRISE_DIRECTOR, AGENCY, Certainty.CONFIRMED, LAW_2022.at("Điều 80", "khoản 4")));
        e.add(line(p + "2024.central", award, individual, REGIME_B_FROM, null, EnumSet.of(AgencyKind.CENTRAL_AGENCY),
                Authority.MINISTER, AGENCY, Certainty.SECONDARY, LAW_2022.at("Điều 80", "khoản 1")));
        e.add(line(p + "2024.district", award, individual, REGIME_B_FROM, DISTRICT_TO, EnumSet.of(AgencyKind.DISTRICT),
                Authority.DISTRICT_CHAIRMAN, AGENCY, Certainty.CONFIRMED, LAW_2022.at("Điều 80", "khoản 2")));
        if (communeDecides) {
            e.add(line(p + "2024.commune", award, individual, REGIME_B_FROM, DISTRICT_TO,
                    EnumSet.of(AgencyKind.COMMUNE), Authority.COMMUNE_CHAIRMAN, AGENCY, Certainty.CONFIRMED,
                    LAW_2022.at("Điều 80", "khoản 3")));
        } else {
            e.add(line(p + "2024.commune", award, individual, REGIME_B_FROM, DISTRICT_TO,
                    EnumSet.of(AgencyKind.COMMUNE), Authority.DISTRICT_CHAIRMAN, AGENCY, Certainty.CONFIRMED,
                    LAW_2022.at("Điều 80", "khoản 2")));
        }
        e.add(line(p + "2025-07.commune", award, individual, TWO_TIER_FROM, null,
                EnumSet.of(AgencyKind.DISTRICT, AgencyKind.COMMUNE), Authority.COMMUNE_CHAIRMAN, AGENCY,
                Certainty.CONFIRMED, DECREE_129_2025.at("Điều 59", null), LAW_2022.at("Điều 80", "khoản 2, 3")));
        e.add(line(p + "2024.any", award, individual, REGIME_B_FROM, null, ANY, Authority.HEAD_OF_AGENCY, AGENCY,
                Certainty.CONFIRMED, LAW_2022.at("Điều 80", null)));
    }

    private static AuthorityEntry line(String id, String award, boolean individual, LocalDate from, LocalDate to,
                                       Set<AgencyKind> kinds, Authority decides, List<Authority> proposers,
                                       Certainty certainty, LegalSource... sources) {
        return new AuthorityEntry(id, award, individual, from, to, kinds, decides, proposers, List.of(sources),
                certainty);
    }

    /** Every line, in a stable order. */
    public static List<AuthorityEntry> all() {
        return ENTRIES;
    }

    /** The line with this id. */
    public static Optional<AuthorityEntry> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * The line for an award (by code) decided on {@code date} for a unit managed by an agency of {@code kind}
     * (null: unknown). A line naming the kind wins over the line for any kind; empty when the catalogue has no
     * line for the award on that date.
     */
    public static Optional<AuthorityEntry> lookup(String award, LocalDate date, AgencyKind kind) {
        AuthorityEntry fallback = null;
        for (AuthorityEntry x : ENTRIES) {
            if (!x.award().equals(award) || !x.validOn(date)) {
                continue;
            }
            if (x.agencyKinds().isEmpty()) {
                if (fallback == null) {
                    fallback = x;
                }
            } else if (kind != null && x.agencyKinds().contains(kind)) {
                return Optional.of(x);
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** The line for a collective award decided on {@code date} for a unit with the given managing agency (or null). */
    public static Optional<AuthorityEntry> lookup(AwardType award, LocalDate date, ManagingAgency agency) {
        return lookup(award.name(), date, agency == null ? null : agency.kind());
    }

    /**
     * Whether a provincial bloc proposes {@code award} for decisions on {@code date}. Awards without a line (dates
     * before the catalogue) are treated as the bloc's, as before the catalogue existed.
     */
    public static boolean blocProposes(AwardType award, LocalDate date) {
        return lookup(award.name(), date, null).map(AuthorityEntry::blocProposes).orElse(true);
    }
}
