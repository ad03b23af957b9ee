package io.github.thidua.rules.facts;

import io.github.thidua.core.law.Regime;
import java.time.LocalDate;

/** The provincial council's session: regime, decision date and the number of bloc leaders in the province. */
public final class ProvinceContext {
    private final Regime regime;
    private final int year;
    private final LocalDate decisionDate;
    private final int leaders;

    public ProvinceContext(Regime regime, int year, LocalDate decisionDate, int leaders) {
        this.regime = regime;
        this.year = year;
        this.decisionDate = decisionDate;
        this.leaders = leaders;
    }

    public Regime getRegime() {
        return regime;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** Bloc leaders in the province: the Government-flag quota's base. */
    public int getLeaders() {
        return leaders;
    }
}
