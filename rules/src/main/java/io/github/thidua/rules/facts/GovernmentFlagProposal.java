package io.github.thidua.rules.facts;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.UnitId;

/**
 * A bloc's Government-flag proposal before the provincial council, with its province-wide rank (computed in
 * Java: normalised score, then bloc and unit id).
 */
public final class GovernmentFlagProposal {
    private final BlocId bloc;
    private final UnitId unit;
    private final int provinceRank;
    private final double normalisedScore;

    public GovernmentFlagProposal(BlocId bloc, UnitId unit, int provinceRank, double normalisedScore) {
        this.bloc = bloc;
        this.unit = unit;
        this.provinceRank = provinceRank;
        this.normalisedScore = normalisedScore;
    }

    public BlocId getBloc() {
        return bloc;
    }

    public UnitId getUnitId() {
        return unit;
    }

    public int getProvinceRank() {
        return provinceRank;
    }

    public double getNormalisedScore() {
        return normalisedScore;
    }
}
