package io.github.thidua.rules;

import io.github.thidua.core.UnitId;
import java.util.List;

/**
 * Next year's head and deputy of the bloc, with how they were determined.
 *
 * @param year    the year of office
 * @param head    the head, or null if none could be determined
 * @param deputy  the deputy, or null if none was elected or could be determined
 * @param elected whether it is the members' election result (else the profile's rotation policy)
 * @param reasons why
 */
public record NextTerm(int year, UnitId head, UnitId deputy, boolean elected, List<Reason> reasons) {
    public NextTerm {
        reasons = List.copyOf(reasons);
    }
}
