package io.github.thidua.core.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * The province a profile describes and where it sits in the 2025 restructuring (Resolution 202/2025/QH15: 63
 * provinces became 34 on 01/07/2025): the dates the profile applies, the profile that succeeds it and the
 * provinces it was formed from.
 *
 * @param name         the province's name ("Bắc Ninh")
 * @param validFrom    first decision date the profile applies to, or null
 * @param validUntil   last decision date the profile applies to, or null
 * @param successor    the profile name of the province that succeeded it, or null
 * @param predecessors names (profile names where one exists) of the provinces it was formed from
 * @param note         what the lineage rests on, in Vietnamese, or null
 */
public record ProvinceLineage(String name, LocalDate validFrom, LocalDate validUntil, String successor,
                              List<String> predecessors, String note) {
    public ProvinceLineage {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("province " + name + ": validUntil before validFrom");
        }
    }

    /** Whether the profile applies to a decision on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
