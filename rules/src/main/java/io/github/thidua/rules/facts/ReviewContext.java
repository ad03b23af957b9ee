package io.github.thidua.rules.facts;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.Stage;
import io.github.thidua.core.law.Regime;
import java.time.LocalDate;

/** The one fact that tells the rules which review this is: regime, stage, year, decision date, bloc size. */
public final class ReviewContext {
    private final Regime regime;
    private final Stage stage;
    private final int year;
    private final LocalDate decisionDate;
    private final BlocId bloc;
    private final int blocSize;
    private final String province;

    public ReviewContext(Regime regime, Stage stage, int year, LocalDate decisionDate, BlocId bloc, int blocSize,
                         String province) {
        this.regime = regime;
        this.stage = stage;
        this.year = year;
        this.decisionDate = decisionDate;
        this.bloc = bloc;
        this.blocSize = blocSize;
        this.province = province;
    }

    public Regime getRegime() {
        return regime;
    }

    public Stage getStage() {
        return stage;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public BlocId getBloc() {
        return bloc;
    }

    public int getBlocSize() {
        return blocSize;
    }

    public String getProvince() {
        return province;
    }

    /** Whether this is a year-end review, the only stage that decides awards. */
    public boolean isYearEnd() {
        return stage == Stage.YEAR_END;
    }
}
