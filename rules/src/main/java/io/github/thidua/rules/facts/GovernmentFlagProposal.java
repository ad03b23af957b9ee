package io.github.thidua.rules.facts;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;

/**
 * A bloc's Government-flag proposal before the provincial council, with its province-wide rank (computed in
 * Java: normalised score, then bloc and unit id).
 */
public final class GovernmentFlagProposal {
    private final BlocId bloc;
    private final UnitId unit;
    private final int provinceRank;
    private final double normalisedScore;
    private final AwardType fallback;
    private final boolean fallbackPending;

    /**
     * @param fallback        the highest award the unit was selected for below the Government flag (its provincial
     *                        flag as a leader, or a PM certificate that outranks it), given if the cap cuts it
     * @param fallbackPending whether that award is only for the council to propose (PM certificate)
     */
    public GovernmentFlagProposal(BlocId bloc, UnitId unit, int provinceRank, double normalisedScore,
                                  AwardType fallback, boolean fallbackPending) {
        this.fallback = fallback;
        this.fallbackPending = fallbackPending;
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

    public AwardType getFallback() {
        return fallback;
    }

    public boolean isFallbackPending() {
        return fallbackPending;
    }
}
