package io.github.thidua.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The provincial emulation council's session (Hội đồng Thi đua – Khen thưởng tỉnh) that consolidates the
 * proposals of all the province's blocs for one achievement year under province-wide quotas.
 *
 * @param province   the province
 * @param year       the achievement year
 * @param reviewDate the council's session date, or null: then 31/12 of the year
 * @param profile    the parameter profile
 * @param blocs      the blocs' year-end reviews, unique bloc ids, all of {@code year}
 * @param illustrative whether the data is (partly) invented for illustration
 * @param note       free text, or null
 * @param council    the council's session with its ballots, or null: then the engine suggests the council's
 *                   choices and says so
 */
public record ProvinceReview(String province, int year, LocalDate reviewDate, String profile, List<BlocReview> blocs,
                             boolean illustrative, String note, CouncilSession council) {
    public ProvinceReview {
        Checks.notBlank(province, "province");
        Checks.year(year, "year");
        Checks.notBlank(profile, "profile");
        blocs = Checks.list(blocs, "blocs");
        if (blocs.isEmpty()) {
            throw new IllegalArgumentException("province review has no blocs");
        }
        Checks.unique(blocs, b -> b.bloc().id(), "bloc id");
        // A unit is a member of one bloc of the province; the council's quotas count it once.
        Checks.unique(blocs.stream().flatMap(b -> b.bloc().members().stream()).toList(), Unit::id,
                "unit id across the province's blocs");
        for (BlocReview b : blocs) {
            if (b.year() != year) {
                throw new IllegalArgumentException("bloc " + b.bloc().id() + " is for year " + b.year()
                        + ", the province review for " + year);
            }
        }
        if (council != null) {
            java.util.Set<UnitId> units = new java.util.HashSet<>();
            blocs.forEach(b -> units.addAll(b.bloc().memberIds()));
            for (Ballot ballot : council.ballots()) {
                if (!units.contains(ballot.unit())) {
                    throw new IllegalArgumentException("ballot unit " + ballot.unit()
                            + " is not a member of any of the province's blocs");
                }
            }
        }
    }

    /** A province review without a recorded council session. */
    public ProvinceReview(String province, int year, LocalDate reviewDate, String profile, List<BlocReview> blocs,
                          boolean illustrative, String note) {
        this(province, year, reviewDate, profile, blocs, illustrative, note, null);
    }

    /** The date decisions are taken: the council's session date, or 31 December of the year. */
    public LocalDate decisionDate() {
        return reviewDate != null ? reviewDate : LocalDate.of(year, 12, 31);
    }
}
