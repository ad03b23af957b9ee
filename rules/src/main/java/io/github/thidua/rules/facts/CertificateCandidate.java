package io.github.thidua.rules.facts;

import io.github.thidua.core.UnitId;

/** A unit eligible for the provincial certificate and selected for nothing higher: it competes for the quota. */
public final class CertificateCandidate {
    private final UnitId unitId;
    private final int rank;

    public CertificateCandidate(UnitId unitId, int rank) {
        this.unitId = unitId;
        this.rank = rank;
    }

    public UnitId getUnitId() {
        return unitId;
    }

    public int getRank() {
        return rank;
    }
}
