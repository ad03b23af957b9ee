package io.github.thidua.rules.people;

import io.github.thidua.core.AgencyKind;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.law.AuthorityCatalogue;
import io.github.thidua.core.law.AuthorityEntry;
import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Regime;
import io.github.thidua.core.people.IndividualAward;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who gives an individual award, for the unit's kind and the decision date, with the provision that says so.
 *
 * <p>From 2024 the individual titles the authority catalogue lists (Lao động tiên tiến, Chiến sĩ thi đua cơ sở,
 * cấp tỉnh, toàn quốc: {@link AuthorityCatalogue}, lines {@code auth.ADVANCED_LABOURER.*},
 * {@code auth.GRASSROOTS_EMULATION_FIGHTER.*}, {@code auth.PROVINCIAL_EMULATION_FIGHTER.2024},
 * {@code auth.NATIONAL_EMULATION_FIGHTER.2024}) take their authority from it, looked up by the decision date and
 * the kind of agency the unit is (its head decides its people's lower titles: Luật 2022, Điều 80). The catalogue has
 * no individual lines for Giấy khen and the Bằng khen, nor for the periods before 2024; those keep the provisions
 * below, {@code catalogueId} null.
 *
 * @param vi          the authority in Vietnamese
 * @param en          the authority in English
 * @param basis       the provision
 * @param certainty   how sure the project is of it
 * @param catalogueId the authority catalogue line it comes from, or null
 */
public record DecidingAuthority(String vi, String en, String basis, Certainty certainty, String catalogueId) {
    /** An authority not taken from the catalogue. */
    public DecidingAuthority(String vi, String en, String basis, Certainty certainty) {
        this(vi, en, basis, certainty, null);
    }

    /** The date from which commune chairs hold the former district chairs' powers (Nghị định 129/2025/NĐ-CP). */
    public static final LocalDate COMMUNE_POWERS_FROM = LocalDate.of(2025, 7, 1);

    /**
     * The authority for {@code award} given to a person of a unit of {@code kind}, decided on {@code date}, for an
     * achievement year of {@code regime}.
     */
    public static DecidingAuthority of(IndividualAward award, UnitKind kind, LocalDate date, Regime regime) {
        boolean b = regime == Regime.REGIME_2024;
        String code = switch (award) {
            case ADVANCED_LABOUR -> "ADVANCED_LABOURER";
            case GRASSROOTS_FIGHTER -> "GRASSROOTS_EMULATION_FIGHTER";
            case PROVINCIAL_FIGHTER -> "PROVINCIAL_EMULATION_FIGHTER";
            case NATIONAL_FIGHTER -> "NATIONAL_EMULATION_FIGHTER";
            default -> null;
        };
        if (b && code != null) {
            Optional<AuthorityEntry> line = AuthorityCatalogue.lookup(code, date, agencyKind(kind));
            if (line.isPresent()) {
                AuthorityEntry e = line.get();
                return new DecidingAuthority(e.decides().vi(), e.decides().en(), e.citation(), e.certainty(), e.id());
            }
        }
        return switch (award) {
            case NATIONAL_FIGHTER, PRIME_MINISTER_CERTIFICATE -> new DecidingAuthority("Thủ tướng Chính phủ",
                    "the Prime Minister", b ? "Luật Thi đua, khen thưởng 06/2022/QH15 (thẩm quyền của Thủ tướng Chính phủ)"
                    : "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) (thẩm quyền của Thủ tướng Chính phủ)",
                    Certainty.SECONDARY);
            case PROVINCIAL_FIGHTER, PROVINCIAL_CERTIFICATE -> new DecidingAuthority("Chủ tịch Ủy ban nhân dân tỉnh",
                    "the Chairman of the provincial People's Committee",
                    b ? "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74 (Bằng khen cấp tỉnh); Điều 22 (Chiến sĩ thi đua cấp tỉnh)"
                            : "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) (thẩm quyền của Chủ tịch UBND tỉnh)",
                    b ? Certainty.CONFIRMED : Certainty.SECONDARY);
            case ADVANCED_LABOUR, GRASSROOTS_FIGHTER, CERTIFICATE_OF_COMMENDATION -> lower(award, kind, date, b);
        };
    }

    private static DecidingAuthority lower(IndividualAward award, UnitKind kind, LocalDate date, boolean b) {
        if (!b) {
            return new DecidingAuthority("Thủ trưởng cơ quan, đơn vị", "the head of the agency",
                    "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) (thẩm quyền của thủ trưởng cơ quan, đơn vị)",
                    Certainty.SECONDARY);
        }
        boolean local = kind == UnitKind.COMMUNE || kind == UnitKind.DISTRICT;
        if (local && !date.isBefore(COMMUNE_POWERS_FROM)) {
            return new DecidingAuthority("Chủ tịch Ủy ban nhân dân cấp xã", "the commune chairman",
                    "Nghị định 129/2025/NĐ-CP, Điều 59 (quyền của Chủ tịch UBND cấp huyện theo Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 2–3)",
                    Certainty.CONFIRMED);
        }
        if (kind == UnitKind.DISTRICT) {
            return new DecidingAuthority("Chủ tịch Ủy ban nhân dân cấp huyện", "the district chairman",
                    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 2", Certainty.CONFIRMED);
        }
        if (kind == UnitKind.COMMUNE) {
            if (award == IndividualAward.GRASSROOTS_FIGHTER) {
                return new DecidingAuthority("Chủ tịch Ủy ban nhân dân cấp huyện", "the district chairman",
                        "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 2", Certainty.CONFIRMED);
            }
            return new DecidingAuthority("Chủ tịch Ủy ban nhân dân cấp xã", "the commune chairman",
                    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 3", Certainty.CONFIRMED);
        }
        return new DecidingAuthority("Thủ trưởng cơ quan, đơn vị", "the head of the agency",
                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80, khoản 1", Certainty.CONFIRMED);
    }

    /**
     * The kind of agency whose head decides the lower titles of a unit's people: the unit itself (a provincial
     * department, a commune or district, an enterprise, a central body); null for the catalogue's general line.
     */
    static AgencyKind agencyKind(UnitKind kind) {
        return switch (kind) {
            case STATE_AGENCY -> AgencyKind.PROVINCIAL_DEPARTMENT;
            case COMMUNE -> AgencyKind.COMMUNE;
            case DISTRICT -> AgencyKind.DISTRICT;
            case ENTERPRISE -> AgencyKind.ENTERPRISE;
            case CENTRAL_AGENCY -> AgencyKind.CENTRAL_AGENCY;
            default -> null;
        };
    }

    public String name(String lang) {
        return "en".equals(lang) ? en : vi;
    }
}
